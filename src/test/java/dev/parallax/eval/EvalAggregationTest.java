package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.group.Grouping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What eval adds over several stories: totals, languages, canonical speakers, tone phrases, findings, grouping. */
class EvalAggregationTest {

  @Test
  void speakersMatchCanonically() {
    FoundRows rows = new FoundRows(TestStories.seeds(), Map.of(), "attribution", "Attribution");
    assertThat(rows.sameSpeaker("Abdoulaye Diop", "Abdoulaye Diop, ministre")).isTrue();
    assertThat(rows.sameSpeaker("Diop", "Abdoulaye Diop, ministre des Affaires étrangères")).isTrue();
    assertThat(rows.sameSpeaker("le communiqué conjoint", "communiqué conjoint")).isTrue();
    assertThat(rows.sameSpeaker("les Parties", "Parties")).isTrue();
    assertThat(rows.sameSpeaker("-", "")).isTrue();
    // A different person, or no speaker where the gold names one, is wrong; so is a name where the gold has none.
    assertThat(rows.sameSpeaker("Abdoulaye Diop", "Sergueï Lavrov")).isFalse();
    assertThat(rows.sameSpeaker("Abdoulaye Diop", "")).isFalse();
    assertThat(rows.sameSpeaker("-", "Abdoulaye Diop")).isFalse();
    assertThat(rows.sameSpeaker("le Conseil constitutionnel", "la Commission électorale")).isFalse();
  }

  @Test
  void aToneWordMatchesAGoldPhraseHoldingItAsWholeWords() {
    assertThat(ToneScorer.sameWords("a.net | soutien indefectible", "a.net | indefectible")).isTrue();
    assertThat(ToneScorer.sameWords("a.net | coupable", "a.net | collusion coupable")).isTrue();
    assertThat(ToneScorer.sameWords("a.net | indefectible", "b.net | indefectible")).isFalse();
    assertThat(ToneScorer.sameWords("a.net | menaces", "a.net | menace")).isFalse();
  }

  @Test
  void totalsAddUpCountsAndAccuraciesPerLanguage() {
    Tally french = new Tally();
    french.hit("fr");
    french.hit("fr");
    french.miss("fr");
    french.agreement("speaker accuracy", "fr", true);
    french.agreement("speaker accuracy", "fr", false);
    Tally english = new Tally();
    english.hit("en");
    english.falseAlarm("en");
    english.agreement("speaker accuracy", "en", true);
    Totals totals = new Totals();
    totals.add(french.fileScore("quotes.tsv", List.of(), List.of(), List.of()));
    totals.add(english.fileScore("quotes.tsv", List.of(), List.of(), List.of()));
    FileScore total = totals.files().get(0);
    assertThat(total.score()).isEqualTo(new Score(3, 1, 1));
    assertThat(total.byGroup()).containsEntry("fr", new Score(2, 0, 1)).containsEntry("en", new Score(1, 1, 0));
    assertThat(total.accuracy("speaker accuracy").right()).isEqualTo(2);
    assertThat(total.accuracy("speaker accuracy").total()).isEqualTo(3);
    assertThat(total.accuracies()).contains(new Accuracy("speaker accuracy", "fr", 1, 2),
        new Accuracy("speaker accuracy", "en", 1, 1));
  }

  @Test
  void findingsAreJudgedByTheirWordsAndUnjudgedOnesAreListed(@TempDir Path gold) throws IOException {
    Files.writeString(gold.resolve("findings.tsv"), "rank\tfinding\tverdict\treason\n"
        + "1\tOnly a.net reports the date.\ttrue\tb.net gives no date\n"
        + "2\tb.net hedges the troop figure.\tfalse\tb.net states it flatly\n");
    FindingsVerdicts verdicts = FindingsVerdicts.of(gold, List.of(
        new FindingsVerdicts.Ranked("b.net hedges the troop figure.", "Hedging sheet, b.net#2"),
        new FindingsVerdicts.Ranked("Only a.net reports the date", "Facts sheet, a.net#1"),
        new FindingsVerdicts.Ranked("a.net quotes more.", "Attribution sheet, a.net#3")));
    assertThat(verdicts.judged()).isEqualTo(2);
    assertThat(verdicts.judgedTrue()).isEqualTo(1);
    assertThat(verdicts.judgedFalse()).singleElement().asString().contains("states it flatly");
    assertThat(verdicts.notJudged()).containsExactly("3\ta.net quotes more.\tAttribution sheet, a.net#3");
  }

  @Test
  void aFindingQuotingAnArticleIsKeptWithFiveOfItsWords(@TempDir Path gold) throws IOException {
    String finding = "Only a.net reports “Why it matters: Some of the world's most significant central banks…”";
    assertThat(FindingsVerdicts.shortened(finding))
        .isEqualTo("Only a.net reports “Why it matters: Some of…”");
    Files.writeString(gold.resolve("findings.tsv"), "rank\tfinding\tverdict\treason\n"
        + "1\t" + FindingsVerdicts.shortened(finding) + "\tfalse\tb.net reports it too\n");
    assertThat(FindingsVerdicts.of(gold, List.of(new FindingsVerdicts.Ranked(finding, ""))).judged()).isEqualTo(1);
  }

  @Test
  void groupingIsScoredAsPairsOfArticles(@TempDir Path gold) throws IOException {
    Path file = gold.resolve("grouping.tsv");
    Files.writeString(file, "article\tstory\na.txt\tvote\nb.txt\tvote\nc.txt\tvote\nd.txt\tinauguration\n");
    Grouping found = new Grouping(List.of(), List.of(
        new Grouping.Decision(Path.of("a.txt"), "s1", ""), new Grouping.Decision(Path.of("b.txt"), "s1", ""),
        new Grouping.Decision(Path.of("c.txt"), "s2", ""), new Grouping.Decision(Path.of("d.txt"), "s2", "")));
    FileScore score = GroupingScorer.score(file, found);
    // Gold pairs ab, ac, bc; found ab and cd: one hit, two misses, one false alarm.
    assertThat(score.score()).isEqualTo(new Score(1, 1, 2));
  }
}
