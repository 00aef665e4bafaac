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
    ResultSheet sheet = Findings.of(TestStories.seeds().outlets(), results);
    findings = sheet.table();
  }

  private static List<String> texts() {
    return findings.stringColumn("Finding").asList();
  }

  @Test
  void theConditionalHedgingOfOvajabmediaIsAFinding() {
    assertThat(texts()).anyMatch(t -> t.startsWith("Ovajabmedia.com hedges in its own voice with the conditional")
        && t.contains("pourrait") && t.endsWith("maliweb.net does not"));
  }

  @Test
  void namingItsSourceWithSelonIsNotHedgingInItsOwnVoice() {
    // Ovajabmedia.com#8 "…, selon le ministre malien.": attribution; nothing else in the sentence hedges.
    assertThat(texts()).noneMatch(t -> t.contains("hedges in its own voice with the evidential"));
  }

  @Test
  void theOutletsLeanOnDifferentSources() {
    assertThat(texts()).anyMatch(t -> t.contains("maliweb.net quotes mostly communiqué conjoint (document")
        && t.contains("Ovajabmedia.com quotes mostly Abdoulaye Diop"));
  }

  @Test
  void findingsAreRankedBySeparationWithinTheirKind() {
    assertThat(findings.rowCount()).isBetween(5, 25);
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
    assertThat(Findings.of(TestStories.seeds().outlets(), List.of()).table().rowCount()).isZero();
  }
}
