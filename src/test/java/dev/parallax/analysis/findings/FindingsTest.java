package dev.parallax.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.Sentence;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Findings on the seed story, checked against what a careful reader sees (shared/seeds/SOURCES.md): Ovajabmedia.com
 * hedges its outlook with the conditional and quotes the Malian minister; maliweb.net quotes the joint communiqué.
 */
class FindingsTest {
  static Table findings;
  static List<AnalysisResult> results;

  @BeforeAll
  static void build() {
    results = Analyzers.runAll(TestStories.seeds());
    ResultSheet sheet = Findings.of(TestStories.seeds(), results);
    findings = sheet.table();
  }

  private static List<String> texts() {
    return findings.stringColumn("Finding").asList();
  }

  @Test
  void theConditionalHedgingOfOvajabmediaIsAFinding() {
    // Ovajabmedia.com doubts in its own voice with the conditional ("pourrait"); maliweb.net's hedges all name a
    // source or round a figure.
    assertThat(texts()).anyMatch(t -> t.startsWith("Ovajabmedia.com hedges most in its own voice: ")
        && t.contains("“pourrait”") && t.contains(" per 1,000 words; ") && t.endsWith("none found in maliweb.net"));
    assertThat(texts().stream().filter(t -> t.contains("hedges most in its own voice"))).hasSize(1);
  }

  @Test
  void namingItsSourceWithSelonIsNotHedgingInItsOwnVoice() {
    // Ovajabmedia.com#8 "…, selon le ministre malien.": attribution; nothing else in the sentence hedges.
    assertThat(texts()).filteredOn(t -> t.contains("hedges most in its own voice")).singleElement()
        .satisfies(t -> assertThat(t).doesNotContain("“selon”").doesNotContain("evidential"));
  }

  @Test
  void onlyOvajabmediaQuotesTheMalianMinister() {
    // maliweb.net quotes the joint communiqué and never names Diop.
    assertThat(texts()).contains("Only Ovajabmedia.com quotes Abdoulaye Diop (3 times)");
  }

  @Test
  void aSourceOnlyOneOutletQuotesIsOneFindingNotAlsoItsMostQuoted() {
    // Diop is also the only source Ovajabmedia.com quotes: "quotes Abdoulaye Diop most often" would say it twice.
    assertThat(texts()).noneMatch(t -> t.contains("quotes Abdoulaye Diop most often"));
  }

  @Test
  void noFindingNamesAnEmptySpeakerOrRepeatsTheQuotedFigures() {
    assertThat(texts()).noneMatch(t -> t.contains("quotes mostly") || t.contains("quotes  ") || t.contains("(none"));
    assertThat(texts()).noneMatch(t -> t.contains("highest quoted share") || t.contains("direct share"));
    assertThat(texts().stream().filter(t -> t.contains("quotes the most words directly"))).hasSize(1);
  }

  @Test
  void everyFindingNamesItsOutletsAndTheRowOfItsEvidence() {
    for (int r = 0; r < findings.rowCount(); r++) {
      String finding = findings.stringColumn("Finding").get(r);
      String sheet = findings.stringColumn("Evidence sheet").get(r);
      String key = findings.stringColumn(Findings.EVIDENCE_ROW).get(r);
      assertThat(key).as(finding).isNotEmpty();
      for (String outlet : findings.stringColumn("Outlet").get(r).split(", ")) {
        assertThat(finding).as("Outlet cell of " + finding).contains(outlet);
      }
      if (!sheet.equals("Sentences")) {
        Table evidence = results.stream().flatMap(x -> x.sheets().stream()).filter(s -> s.name().equals(sheet))
            .findFirst().orElseThrow().table();
        boolean found = false;
        for (int e = 0; e < evidence.rowCount() && !found; e++) {
          found = evidence.column(0).getString(e).equals(key)
              || evidence.columnNames().contains("Sentence") && evidence.column("Sentence").getString(e).equals(key);
        }
        assertThat(found).as(finding + " -> " + sheet + " row " + key).isTrue();
      }
    }
  }

  @Test
  void findingsAreRankedBySeparationWithinTheirKind() {
    assertThat(findings.rowCount()).isBetween(4, 25);
    assertThat(findings.intColumn("Rank").asList()).isSorted();
    assertThat(findings.doubleColumn("Separation").asList()).allMatch(s -> s > 0 && s <= 1);
  }

  @Test
  void everyFindingNamesAnEvidenceSheetAndAnExistingSentence() {
    Set<String> sheets = results.stream().flatMap(r -> r.sheets().stream()).map(ResultSheet::name)
        .collect(Collectors.toSet());
    sheets.add("Sentences");
    Set<String> sentences = TestStories.seeds().sentences().stream().map(Sentence::id).collect(Collectors.toSet());
    for (int r = 0; r < findings.rowCount(); r++) {
      assertThat(sheets).as(findings.stringColumn("Finding").get(r)).contains(findings.stringColumn("Evidence sheet").get(r));
      assertThat(sentences).as(findings.stringColumn("Finding").get(r)).contains(findings.stringColumn("Sentence").get(r));
    }
  }

  @Test
  void withoutTablesThereAreNoFindings() {
    assertThat(Findings.of(TestStories.seeds(), List.of()).table().rowCount()).isZero();
  }
}
