package dev.parallax.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every shipped list loads, and its header says what it holds, where it comes from and under which licence. */
class LexiconHeadersTest {

  @Test
  void everyCataloguedListLoadsWithAHeaderNamingSourceAndLicence() {
    assertThat(Lexicon.allPaths()).isNotEmpty();
    for (String path : Lexicon.allPaths()) {
      Lexicon lexicon = Lexicon.catalogued(path).orElseThrow(() -> new AssertionError(path + " is not shipped"));
      String header = String.join("\n", lexicon.header()).toLowerCase();
      assertThat(header).as(path + " header: format").containsAnyOf("format", "one entry");
      assertThat(lexicon.source()).as(path + " header: source").isNotBlank();
      assertThat(lexicon.licence()).as(path + " header: licence").isNotBlank();
    }
  }

  @Test
  void theFrenchListsTheAnalyzersNeedHaveEntries() {
    for (String name : new String[] {"hedges", "reporting-verbs", "source-types", "polarity", "actors"}) {
      assertThat(Lexicon.forLanguage("fr", name)).as(name).hasValueSatisfying(l -> assertThat(l.entries()).isNotEmpty());
    }
  }
}
