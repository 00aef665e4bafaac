package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * An analyst corrects the alignment of the seeds with an alignment.tsv beside the articles. The hints are the gold's
 * (facts.tsv): maliweb.net#5 and Ovajabmedia.com#7 both report F06, which the similarity misses (0.10), and
 * maliweb.net#9 (F11, maliweb only) is not Ovajabmedia.com#1 (F01), which the similarity joins.
 */
class AlignmentHintsTest {
  private static final String MW = "maliweb.net";
  private static final String OV = "Ovajabmedia.com";

  @TempDir
  Path dir;

  private Table facts;
  private AnalysisResult result;

  private void analyse(String hints) throws IOException {
    try (Stream<Path> articles = Files.list(Seeds.STORY)) {
      for (Path article : articles.toList()) {
        Files.copy(article, dir.resolve(article.getFileName()));
      }
    }
    Files.writeString(dir.resolve("alignment.tsv"), "relation\tsentence\tother\n" + hints);
    result = new FactsAnalyzer(Seeds.empty("attribution"), Seeds.empty("hedging")).analyze(Seeds.parse(dir));
    facts = result.sheets().stream().filter(s -> s.name().equals("Facts")).map(ResultSheet::table).findFirst()
        .orElseThrow();
  }

  private int row(String mwSentence, String ovSentence) {
    return IntStream.range(0, facts.rowCount())
        .filter(r -> facts.stringColumn(MW + " sentence").get(r).equals(mwSentence)
            && facts.stringColumn(OV + " sentence").get(r).equals(ovSentence))
        .findFirst().orElse(-1);
  }

  @Test
  void sameJoinsWhatTheSimilarityMissesAndDifferentSeparatesWhatItJoined() throws IOException {
    assertThat(new FactsAnalyzer(Seeds.empty("attribution"), Seeds.empty("hedging")).facts(Seeds.parse(Seeds.STORY)))
        .as("without hints: the similarity joins maliweb.net#9 and Ovajabmedia.com#1, and not #5 and #7")
        .anyMatch(f -> f.cluster().evidence(MW).map(Claim::sentenceId).orElse("").equals(MW + "#9")
            && f.cluster().evidence(OV).map(Claim::sentenceId).orElse("").equals(OV + "#1"));

    analyse("same\t" + MW + "#5\t" + OV + "#7\ndifferent\t" + MW + "#9\t" + OV + "#1\n"
        + "different\t" + MW + "#8\t" + OV + "#9\n");

    int joined = row(MW + "#5", OV + "#7");
    assertThat(joined).isNotNegative();
    assertThat(facts.stringColumn("Aligned by").get(joined)).isEqualTo("alignment.tsv line 2");
    assertThat(row(MW + "#9", OV + "#1")).isNegative();
    IntStream.range(0, facts.rowCount()).filter(r -> r != joined).forEach(r -> {
      boolean bothOutlets = !facts.stringColumn(MW + " sentence").get(r).isEmpty()
          && !facts.stringColumn(OV + " sentence").get(r).isEmpty();
      assertThat(facts.stringColumn("Aligned by").get(r)).isEqualTo(bothOutlets ? "similarity" : "");
    });
    // maliweb.net#8 (F10, the condemnation) has no counterpart; its closest Ovajabmedia sentence is #9 (0.19, above the
    // threshold, but already F04's evidence). Kept apart by the analyst, the note says so.
    String noteOfEight = IntStream.range(0, facts.rowCount())
        .filter(r -> facts.stringColumn(MW + " sentence").get(r).equals(MW + "#8"))
        .mapToObj(r -> facts.stringColumn(OV + " note").get(r)).findFirst().orElseThrow();
    assertThat(noteOfEight).startsWith("closest: " + OV + "#9 (similarity ")
        .endsWith(", kept apart by alignment.tsv line 4)");
    assertThat(result.methodNotes()).contains(
        "Facts: alignment.tsv line 2, same " + MW + "#5 " + OV + "#7: applied ("
            + facts.stringColumn("Fact").get(joined) + ")",
        "Facts: alignment.tsv line 3, different " + MW + "#9 " + OV + "#1: applied (kept apart)",
        "Facts: alignment.tsv line 4, different " + MW + "#8 " + OV + "#9: applied (kept apart)");
  }

  @Test
  void aHintThatBreaksTheOneSentencePerOutletRuleIsReportedNotDropped() throws IOException {
    // The gold gives maliweb.net#5 as the evidence of F05 (with Ovajabmedia.com#14) and F06 (with #7); a fact holds
    // one sentence per outlet, so the second hint cannot apply, and the About sheet says so.
    analyse("same\t" + MW + "#5\t" + OV + "#7\nsame\t" + MW + "#5\t" + OV + "#14\n");
    assertThat(row(MW + "#5", OV + "#7")).isNotNegative();
    assertThat(row(MW + "#5", OV + "#14")).isNegative();
    assertThat(result.methodNotes()).anySatisfy(note -> assertThat(note)
        .startsWith("Facts: alignment.tsv line 3, same " + MW + "#5 " + OV + "#14: NOT applied")
        .contains(MW + "#5 is already in"));
  }
}
