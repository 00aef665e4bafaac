package dev.parallax.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The French lists the attribution and hedging analyzers read load, with a header naming their source and licence. */
class AttributionListsTest {

  @ParameterizedTest
  @ValueSource(strings = {"reporting-verbs", "source-types", "attribution-markers", "pronouns", "hedges",
      "conditional-endings", "not-conditional"})
  void frenchListLoadsWithProvenance(String list) {
    Lexicon lexicon = Lexicon.forLanguage("fr", list).orElseThrow();
    assertThat(lexicon.entries()).isNotEmpty();
    assertThat(lexicon.source()).startsWith("Source");
    assertThat(lexicon.licence()).startsWith("Licence:");
  }
}
