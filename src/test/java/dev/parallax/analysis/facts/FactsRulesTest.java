package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.Language;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Rules of the facts analyzer on real sentences of the seeds and on an altered copy of one seed. */
class FactsRulesTest {
  private static final Path ALTERED = Path.of("src/test/resources/fixtures/aes-altered-date-place");
  private static ParsedStory seeds;
  private static ParsedStory altered;

  @BeforeAll
  static void parse() {
    seeds = Seeds.parse(Seeds.STORY);
    altered = Seeds.parse(ALTERED);
  }

  private static Sentence sentence(ParsedStory story, String id) {
    return story.sentences().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<DateMention> dates(String id, Optional<LocalDate> articleDate) {
    return new DateFinder(Language.forCode("fr")).find(sentence(seeds, id), articleDate);
  }

  @Test
  void datesDoNotFireOnSentencesWithoutDates() {
    assertThat(dates("maliweb.net#3", Optional.empty())).isEmpty();
    assertThat(dates("Ovajabmedia.com#7", Optional.empty())).isEmpty();
  }

  @Test
  void absoluteDateWithTwoDaysIsNormalised() {
    List<DateMention> found = dates("maliweb.net#12", Optional.empty());
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("4 et 5 avril 2025");
      assertThat(d.kind()).isEqualTo(DateMention.Kind.ABSOLUTE);
      assertThat(d.resolved()).containsExactly(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 5));
      assertThat(d.weekdays()).containsExactly(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    });
  }

  @Test
  void weekdayStaysUnresolvedWithoutArticleDateAndResolvesWithOne() {
    assertThat(dates("maliweb.net#2", Optional.empty())).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("ce jeudi");
      assertThat(d.kind()).isEqualTo(DateMention.Kind.WEEKDAY);
      assertThat(d.weekday()).contains(DayOfWeek.THURSDAY);
      assertThat(d.resolved()).isEmpty();
      assertThat(d.normalised()).startsWith("unresolved weekday: Thursday");
    });
    assertThat(dates("maliweb.net#2", Optional.of(LocalDate.of(2025, 4, 5))).get(0).resolved())
        .containsExactly(LocalDate.of(2025, 4, 3));
  }

  @Test
  void vagueDateGivesNoDate() {
    assertThat(dates("Ovajabmedia.com#2", Optional.empty())).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("récemment");
      assertThat(d.kind()).isEqualTo(DateMention.Kind.VAGUE);
      assertThat(d.resolved()).isEmpty();
    });
  }

  @Test
  void weekdayResolvesBackwardFromTheArticleDate() {
    // "Thursday" in a Monday article is the Thursday before, not the one after
    assertThat(DateFinder.resolve(LocalDate.of(2025, 4, 7), DayOfWeek.THURSDAY, 0)).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(DateFinder.resolve(LocalDate.of(2025, 4, 3), DayOfWeek.THURSDAY, 0)).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(DateFinder.resolve(LocalDate.of(2025, 4, 7), DayOfWeek.THURSDAY, 1)).isEqualTo(LocalDate.of(2025, 4, 10));
  }

  @Test
  void maliwebCommuniqueOfThursdayConflictsWithItsFridaySaturdayMeetingOnceTheArticleIsDated(@TempDir Path dir)
      throws IOException {
    // must not fire: undated, "ce jeudi" could only be resolved from the very date it would be compared with
    Table undated = sheet(analyze(seeds), "Conflicts");
    assertThat(undated.where(undated.stringColumn("Kind").isEqualTo("date")).rowCount()).isZero();
    // must fire: the same article dated Monday 7 April 2025, "ce jeudi" is 3 April, before the 4-5 April meeting
    Path story = Files.createDirectories(dir.resolve("dated"));
    Files.writeString(story.resolve("maliweb.net.txt"), Files.readString(Seeds.STORY.resolve("maliweb.net.txt"))
        .replaceFirst("\nlanguage: fr\n", "\nlanguage: fr\ndate: 2025-04-07\n"));
    Files.copy(Seeds.STORY.resolve("Ovajabmedia.com.txt"), story.resolve("Ovajabmedia.com.txt"));
    Table conflicts = sheet(analyze(Seeds.parse(story)), "Conflicts");
    Table inMaliweb = conflicts.where(conflicts.stringColumn("Outlet").isEqualTo("maliweb.net")
        .and(conflicts.stringColumn("Kind").isEqualTo("date")));
    assertThat(inMaliweb.stringColumn("Detail").asList()).containsExactly("ce jeudi", "4 et 5 avril 2025");
    assertThat(inMaliweb.stringColumn("Note").get(0)).contains("2025-04-03 (Thursday)").contains("2025-04-04 (Friday)");
    assertThat(conflicts.stringColumn("Outlet").asList()).doesNotContain("Ovajabmedia.com");
  }

  @Test
  void alteredCopyConflictsWithTheOriginalOnDateAndPlaceButNotWithItself() {
    Table conflicts = sheet(analyze(altered), "Conflicts");
    Table altered = conflicts.where(conflicts.stringColumn("Outlet").isEqualTo("altered-copy-of-maliweb.net"));
    assertThat(altered.stringColumn("Detail").asList()).contains("3 avril 2025", "Bamako");
    assertThat(altered.stringColumn("Kind").asList()).contains("date", "place");
    assertThat(altered.stringColumn("Detail").asList()).doesNotContain("ce jeudi");
    Table original = conflicts.where(conflicts.stringColumn("Outlet").isEqualTo("maliweb.net"));
    assertThat(original.stringColumn("Detail").asList()).contains("Moscou", "4 et 5 avril 2025");
  }

  @Test
  void alteredCopyIsReportedAsReuseOfTheOriginal() {
    Table reuse = sheet(analyze(altered), "Reuse");
    assertThat(reuse.rowCount()).isPositive();
    Table fromCopy = reuse.where(reuse.stringColumn("Outlet").isEqualTo("altered-copy-of-maliweb.net"));
    assertThat(fromCopy.stringColumn("Shared with").asList()).anyMatch(s -> s.startsWith("maliweb.net#"))
        .allMatch(s -> s.startsWith("maliweb.net#") || s.startsWith("altered-copy-of-maliweb.net#"));
    Table fromOriginal = reuse.where(reuse.stringColumn("Outlet").isEqualTo("maliweb.net"));
    assertThat(fromOriginal.stringColumn("Shared with").asList()).anyMatch(s -> s.startsWith("altered-copy"));
    assertThat(fromCopy.intColumn("Words").asList()).allMatch(w -> w >= FactsAnalyzer.REUSE_MIN_WORDS);
  }

  @Test
  void ledeThatRepeatsTheQuotedCommuniqueIsReuseButQuotesAloneAreNot() {
    Table reuse = sheet(analyze(seeds), "Reuse");
    assertThat(reuse.stringColumn("Sentence").asList()).contains("maliweb.net#1").doesNotContain("maliweb.net#6");
    Table lede = reuse.where(reuse.stringColumn("Sentence").isEqualTo("maliweb.net#1"));
    assertThat(lede.stringColumn("Shared with").asList()).containsOnly("maliweb.net#6");
    assertThat(reuse.stringColumn("Outlet").asList()).doesNotContain("Ovajabmedia.com");
  }

  @Test
  void statusComesFromTheAttributionAndHedgingSheets() {
    Table attributions = Table.create("Attribution", StringColumn.create("Outlet", "maliweb.net"),
        StringColumn.create("Sentence", "maliweb.net#2"), StringColumn.create("Speaker", "communiqué conjoint"));
    Table hedges = Table.create("Hedging", StringColumn.create("Outlet", "Ovajabmedia.com"),
        StringColumn.create("Sentence", "Ovajabmedia.com#1"), StringColumn.create("Cue", "pourrait"));
    AnalysisResult result = new FactsAnalyzer(sheetAnalyzer("attribution", attributions),
        sheetAnalyzer("hedging", hedges)).analyze(seeds);
    Table facts = sheet(result, "Facts");
    for (int row = 0; row < facts.rowCount(); row++) {
      assertStatus(facts, row, "maliweb.net", "maliweb.net#2", "attributed", "to communiqué conjoint");
      assertStatus(facts, row, "Ovajabmedia.com", "Ovajabmedia.com#1", "hedged", "cue: pourrait");
      if (facts.stringColumn("maliweb.net sentence").get(row).equals("maliweb.net#3")) {
        assertThat(facts.stringColumn("maliweb.net").get(row)).isEqualTo("stated");
      }
      if (facts.stringColumn("maliweb.net sentence").get(row).isEmpty()) {
        assertThat(facts.stringColumn("maliweb.net").get(row)).isEqualTo("absent");
      }
    }
  }

  /**
   * Match is at least the threshold where two outlets report a fact and empty where one does; an absent cell names
   * the outlet's closest sentence, with why it did not join (checked against the similarity and the other rows).
   */
  @Test
  void matchAndClosestSentenceLetAnAnalystCheckEachAlignmentAndOmission() {
    AnalysisResult result = new FactsAnalyzer(Seeds.empty("attribution"), Seeds.empty("hedging")).analyze(seeds);
    Table facts = sheet(result, "Facts");
    Pattern closest = Pattern.compile("closest: (\\S+) \\(similarity (\\d\\.\\d+), (.+)\\)");
    int checkedOmissions = 0;
    for (int row = 0; row < facts.rowCount(); row++) {
      final int at = row;
      long reporting = seeds.outlets().stream()
          .filter(o -> !facts.stringColumn(o + " sentence").get(at).isEmpty()).count();
      if (reporting >= 2) {
        assertThat(facts.doubleColumn("Match").get(row)).isGreaterThanOrEqualTo(FactsAnalyzer.DEFAULT_THRESHOLD);
      } else {
        assertThat(facts.doubleColumn("Match").isMissing(row)).isTrue();
      }
      for (String outlet : seeds.outlets()) {
        if (!facts.stringColumn(outlet).get(row).equals("absent")) {
          continue;
        }
        Matcher note = closest.matcher(facts.stringColumn(outlet + " note").get(row));
        assertThat(note.matches()).as(facts.stringColumn(outlet + " note").get(row)).isTrue();
        assertThat(note.group(1)).startsWith(outlet + "#");
        double similarity = Double.parseDouble(note.group(2)); // printed to three decimals
        if (note.group(3).startsWith("below the threshold")) {
          assertThat(similarity).isLessThanOrEqualTo(FactsAnalyzer.DEFAULT_THRESHOLD + 0.0005);
        } else {
          assertThat(similarity).isGreaterThanOrEqualTo(FactsAnalyzer.DEFAULT_THRESHOLD - 0.0005);
          String other = note.group(3).replace("it reports ", "");
          int otherRow = facts.stringColumn("Fact").indexOf(other);
          assertThat(otherRow).as(other).isNotEqualTo(row).isNotNegative();
          assertThat(facts.stringColumn(outlet + " sentence").get(otherRow)).isNotEmpty();
        }
        checkedOmissions++;
      }
    }
    assertThat(checkedOmissions).isGreaterThan(5);
  }

  private static void assertStatus(Table facts, int row, String outlet, String sentence, String status, String note) {
    if (facts.stringColumn(outlet + " sentence").get(row).equals(sentence)) {
      assertThat(facts.stringColumn(outlet).get(row)).isEqualTo(status);
      assertThat(facts.stringColumn(outlet + " note").get(row)).isEqualTo(note);
    }
  }

  private static Analyzer sheetAnalyzer(String id, Table table) {
    return new Analyzer() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public AnalysisResult analyze(ParsedStory story) {
        return new AnalysisResult(id, List.of(), List.of(new ResultSheet(table, "test")), List.of(), List.of(),
            List.of());
      }
    };
  }

  private static AnalysisResult analyze(ParsedStory story) {
    return new FactsAnalyzer(Seeds.empty("attribution"), Seeds.empty("hedging")).analyze(story);
  }

  private static Table sheet(AnalysisResult result, String name) {
    return result.sheets().stream().filter(s -> s.name().equals(name)).map(ResultSheet::table).findFirst()
        .orElseThrow();
  }
}
