package dev.parallax.analysis.findings;

import dev.parallax.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * From the Attribution sheet: whom each outlet quotes. A person only one outlet quotes, and whose name no other
 * outlet writes at all; and the source an outlet quotes most often, when it is named and quoted more than once and
 * no other outlet quotes it (one result, one finding: that only this outlet quotes the person says more). A
 * statement with no speaker is quoted by nobody: it never makes a finding.
 */
final class SourceFindings implements FindingRule {
  static final String SHEET = "Attribution";
  private static final double ONLY_QUOTES = 0.8;
  private static final double MOST_OFTEN = 0.75;
  private static final int MIN_TIMES = 2;
  private static final Set<String> NAMED_TYPES = Set.of("person", "institution");

  private record Source(String name, String type, List<Integer> rows) {
  }

  private static final String NO_SOURCE = "none";

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Outlet", "Sentence", "Speaker", "Source type"))
        .ifPresent(attribution -> {
          Map<String, List<Favourite>> mostQuoted = new LinkedHashMap<>();
          for (String outlet : evidence.outlets()) {
            Map<String, Source> sources = sources(attribution, outlet);
            int total = (int) attribution.stringColumn("Outlet").asList().stream().filter(outlet::equals).count();
            List<Source> quotedByNoOtherOutlet = new ArrayList<>();
            for (Source source : sources.values()) {
              if (source.type().equals("person") && nobodyElseNames(evidence, outlet, source.name())) {
                quotedByNoOtherOutlet.add(source);
              }
            }
            onlyThisOutletQuotes(outlet, quotedByNoOtherOutlet, attribution).ifPresent(findings::add);
            sources.values().stream().filter(s -> NAMED_TYPES.contains(s.type()))
                .max((a, b) -> Integer.compare(a.rows().size(), b.rows().size()))
                .filter(top -> top.rows().size() >= MIN_TIMES && sources.values().stream()
                    .noneMatch(s -> s != top && s.rows().size() >= top.rows().size())
                    && !quotedByNoOtherOutlet.contains(top))
                .ifPresent(top -> mostQuoted.computeIfAbsent(top.name().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(new Favourite(outlet, top, total, sentence(attribution, top))));
          }
          mostQuoted.values().forEach(favourites -> findings.add(mostOften(favourites)));
        });
    return findings;
  }

  /**
   * The people only this outlet quotes, as one finding: "Only X quotes P (2 times)", or with several, "X quotes 4
   * people no other outlet names: P (2 times), Q (once)…", most quoted first. One result, one finding: four lines
   * "Only X quotes …" would fill a briefing's top list with one outlet's sourcing.
   */
  private static Optional<Finding> onlyThisOutletQuotes(String outlet, List<Source> people, Table attribution) {
    if (people.isEmpty()) {
      return Optional.empty();
    }
    List<Source> ranked = people.stream()
        .sorted(Comparator.comparingInt((Source p) -> -p.rows().size())
            .thenComparingInt(p -> p.rows().get(0)))
        .toList();
    Source first = ranked.get(0);
    String text = ranked.size() == 1
        ? "Only " + outlet + " quotes " + first.name() + " (" + times(first) + ")"
        : outlet + " quotes " + ranked.size() + Findings.PEOPLE_NO_OTHER_OUTLET_NAMES + String.join(", ",
            ranked.stream().map(p -> p.name() + " (" + times(p) + ")").toList());
    return Optional.of(new Finding(text, ONLY_QUOTES, List.of(outlet), SHEET, sentence(attribution, first),
        sentence(attribution, first)));
  }

  /** An outlet whose most quoted source is the source named. */
  private record Favourite(String outlet, Source source, int total, String sentence) {
    double share() {
      return (double) source.rows().size() / total;
    }

    String counted() {
      return source.rows().size() + " of " + total;
    }
  }

  /**
   * One finding per source: "X quotes P most often (n of its m attributed statements)", or, when P is the most
   * quoted source of several outlets, one finding naming them all ("bfmtv.com (7 of its 7 attributed statements),
   * lapresse.ca (2 of 4) … quote P most often"): three findings "X quotes Lagarde most often" read as a contradiction.
   */
  private static Finding mostOften(List<Favourite> favourites) {
    List<Favourite> ranked = favourites.stream()
        .sorted(Comparator.comparingDouble(Favourite::share).reversed()).toList();
    Favourite first = ranked.get(0);
    double separation = MOST_OFTEN * first.share();
    if (ranked.size() == 1) {
      return new Finding(first.outlet() + " quotes " + first.source().name() + Findings.MOST_OFTEN
          + first.source().rows().size() + " of its " + first.total() + " attributed statements)", separation,
          List.of(first.outlet()), SHEET, first.sentence(), first.sentence());
    }
    List<String> outlets = new ArrayList<>();
    outlets.add(first.outlet() + " (" + first.source().rows().size() + " of its " + first.total()
        + " attributed statements)");
    ranked.stream().skip(1).forEach(f -> outlets.add(f.outlet() + " (" + f.counted() + ")"));
    return new Finding(Names.join(outlets) + " quote " + first.source().name() + " most often", separation,
        ranked.stream().map(Favourite::outlet).toList(), SHEET, first.sentence(), first.sentence());
  }

  /** The outlet's sources by name ("Christine Lagarde, présidente" and "Christine Lagarde" are one). */
  private static Map<String, Source> sources(Table attribution, String outlet) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (int r = 0; r < attribution.rowCount(); r++) {
      // A statement with no source in reach (source type none) is quoted from nobody.
      if (!attribution.stringColumn("Outlet").get(r).equals(outlet)
          || attribution.stringColumn("Source type").get(r).equals(NO_SOURCE)) {
        continue;
      }
      String name = name(attribution.stringColumn("Speaker").get(r));
      if (!Names.isNamed(name)) {
        continue;
      }
      String type = attribution.stringColumn("Source type").get(r);
      sources.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Source(name, type, new ArrayList<>()))
          .rows().add(r);
    }
    return sources;
  }

  private static String name(String speaker) {
    int comma = speaker.indexOf(',');
    String name = (comma < 0 ? speaker : speaker.substring(0, comma)).strip();
    return name.replaceAll("[’']s$", "");
  }

  /** No other outlet writes the person's last name anywhere: then surely no other outlet quotes them. */
  private static boolean nobodyElseNames(Evidence evidence, String outlet, String name) {
    String[] words = name.split("\\s+");
    String last = words[words.length - 1];
    if (words.length < 2 || last.length() < 3 || !Character.isUpperCase(last.charAt(0))) {
      return false;
    }
    return evidence.outlets().stream().filter(o -> !o.equals(outlet))
        .noneMatch(o -> evidence.sentencesOf(o).stream().map(Sentence::text).anyMatch(t -> containsWord(t, last)));
  }

  private static boolean containsWord(String text, String word) {
    return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text).find();
  }

  private static String times(Source source) {
    return source.rows().size() == 1 ? "once" : source.rows().size() + " times";
  }

  private static String sentence(Table attribution, Source source) {
    return attribution.column("Sentence").getString(source.rows().get(0));
  }
}
