package dev.parallax.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Which kind of hedge a hedging finding's slide shows, on the Hedging rows of a dev-set sentence
 * (information.tv5monde.com#3, Senegal 2024) that holds an approximator, a conditional and an epistemic cue.
 */
class FindingEvidenceTest {
  private static final String SENTENCE = "information.tv5monde.com#3";
  private static final Table HEDGES = Table.create("Hedging",
      StringColumn.create("Sentence", List.of(SENTENCE, SENTENCE, SENTENCE, "afriques.info#10")),
      StringColumn.create("Cue", List.of("une dizaine", "pourrait", "éventuels", "pourrait")),
      StringColumn.create("Category", List.of("approximator", "conditional", "epistemic", "conditional")));

  @Test
  void theKindTheFindingNamesNotTheSentencesFirst() {
    TopFinding epistemic = finding("information.tv5monde.com hedges in its own voice with the epistemic (2×: "
        + "“éventuels”, “semble”); africanews.com, allafrica.com do not hedge in their own voice");
    assertThat(FindingEvidence.hedgeCategory(HEDGES, epistemic)).isEqualTo("epistemic");
    TopFinding conditional = finding("information.tv5monde.com hedges in its own voice with the conditional (2×: "
        + "“pourrait”); africanews.com does not hedge in its own voice");
    assertThat(FindingEvidence.hedgeCategory(HEDGES, conditional)).isEqualTo("conditional");
  }

  @Test
  void theSentencesFirstKindWhenTheWordsNameNone() {
    assertThat(FindingEvidence.hedgeCategory(HEDGES, finding("information.tv5monde.com hedges most")))
        .isEqualTo("approximator");
  }

  private static TopFinding finding(String text) {
    return new TopFinding(9, text, List.of("information.tv5monde.com"), "Hedging", SENTENCE, SENTENCE,
        Optional.empty(), List.of());
  }
}
