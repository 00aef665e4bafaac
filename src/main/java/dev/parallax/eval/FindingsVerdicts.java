package dev.parallax.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top findings of a run against an annotator's verdicts in {@code findings.tsv} (rank, finding, verdict, reason):
 * how many of the top {@value #TOP} are judged true, and which are not judged yet. A finding is known by its words,
 * so a finding whose wording changed with the analyzers is listed again, to judge.
 */
public record FindingsVerdicts(int judgedTrue, int judged, List<String> judgedFalse, List<String> notJudged) {
  public static final int TOP = 15;
  public static final String FILE = "findings.tsv";
  private static final Pattern QUOTED = Pattern.compile("“([^”]*)”");

  /** A finding of the run, in rank order, with where its evidence is (to show beside a finding to judge). */
  public record Ranked(String finding, String evidence) {
  }

  public FindingsVerdicts {
    judgedFalse = List.copyOf(judgedFalse);
    notJudged = List.copyOf(notJudged);
  }

  /** Every top finding is listed to judge when the gold folder has no findings.tsv yet. */
  public static FindingsVerdicts of(Path goldFolder, List<Ranked> ranked) {
    Optional<GoldFile> present = GoldFile.readIfPresent(goldFolder, FILE, List.of("rank", "finding", "verdict", "reason"));
    Map<String, GoldFile.Row> verdicts = new LinkedHashMap<>();
    for (GoldFile.Row row : present.map(GoldFile::rows).orElse(List.of())) {
      FoundRows.requireOneOf(present.get(), row, "verdict", Set.of("true", "false"));
      verdicts.put(key(row.get("finding")), row);
    }
    int judgedTrue = 0;
    int judged = 0;
    List<String> judgedFalse = new ArrayList<>();
    List<String> notJudged = new ArrayList<>();
    List<Ranked> top = ranked.subList(0, Math.min(TOP, ranked.size()));
    for (int rank = 1; rank <= top.size(); rank++) {
      String finding = top.get(rank - 1).finding();
      GoldFile.Row verdict = verdicts.get(key(finding));
      if (verdict == null) {
        notJudged.add(rank + "\t" + shortened(finding) + "\t" + top.get(rank - 1).evidence());
      } else {
        judged++;
        if (verdict.get("verdict").equals("true")) {
          judgedTrue++;
        } else {
          judgedFalse.add(rank + ". " + finding + " — " + verdict.get("reason"));
        }
      }
    }
    return new FindingsVerdicts(judgedTrue, judged, judgedFalse, notJudged);
  }

  /**
   * A finding as findings.tsv holds it: an article's words quoted in it (“…”) cut to their first five, so that a
   * committed verdict never quotes more of a third-party text than the gold rules allow.
   */
  public static String shortened(String finding) {
    Matcher quoted = QUOTED.matcher(finding);
    StringBuilder out = new StringBuilder();
    while (quoted.find()) {
      String[] words = quoted.group(1).strip().split("\\s+");
      String kept = String.join(" ", Arrays.asList(words).subList(0, Math.min(GoldText.START_WORDS, words.length)));
      quoted.appendReplacement(out, Matcher.quoteReplacement("“" + kept + (words.length > GoldText.START_WORDS
          ? "…" : "") + "”"));
    }
    quoted.appendTail(out);
    return out.toString();
  }

  private static String key(String finding) {
    return GoldText.normalise(shortened(finding));
  }

  public FindingsVerdicts plus(FindingsVerdicts other) {
    List<String> falses = new ArrayList<>(judgedFalse);
    falses.addAll(other.judgedFalse);
    List<String> open = new ArrayList<>(notJudged);
    open.addAll(other.notJudged);
    return new FindingsVerdicts(judgedTrue + other.judgedTrue, judged + other.judged, falses, open);
  }

  @Override
  public String toString() {
    return String.format("findings: %s of the top %d judged true (%d/%d judged)%s", judged == 0 ? "n/a"
            : String.format("%.2f", (double) judgedTrue / judged), TOP, judgedTrue, judged,
        notJudged.isEmpty() ? "" : ", " + notJudged.size() + " not judged yet");
  }
}
