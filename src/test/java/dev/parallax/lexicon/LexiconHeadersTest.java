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

  /** loaded.txt's source runs over three lines and holds its licence, which ends on the next line. */
  @Test
  void theProvenanceIsTheWholeSourceStatementWithItsLicenceOnce() {
    Lexicon loaded = Lexicon.forLanguage("fr", "loaded").orElseThrow();
    assertThat(loaded.provenance()).isEqualTo("Source: curated by hand for Parallax from the seed corpus "
        + "(AES-Russia, April 2025) and common framing vocabulary of Sahel, Russia-Ukraine and Middle East coverage. "
        + "Licence: same as the Parallax project.");
  }

  /** polarity.txt: a source over six lines, then a licence of its own over three. */
  @Test
  void aSourceAndALicenceOnLinesOfTheirOwnAreBothWhole() {
    String provenance = Lexicon.forLanguage("fr", "polarity").orElseThrow().provenance();
    assertThat(provenance).startsWith("Source (Part 1): Pattern, French subjectivity lexicon")
        .contains("Reference: De Smedt, T. & Daelemans, W. (2012). Pattern for Python. JMLR 13, 2063-2067. Licence:")
        .endsWith("Reuse, modification and commercial use are allowed.")
        .doesNotContain("Not used, and why");
  }

  @Test
  void noListPrintsItsLicenceTwice() {
    for (String path : Lexicon.allPaths()) {
      String provenance = Lexicon.catalogued(path).orElseThrow().provenance();
      int first = provenance.toLowerCase().indexOf("licence:");
      assertThat(provenance.toLowerCase().indexOf("licence:", first + 1)).as(path + ": " + provenance).isNegative();
    }
  }

  /** en/attribution-markers.txt describes its content over lines, one starting "source of a statement:". */
  @Test
  void aDescriptionLineThatStartsWithTheWordSourceIsNotTheSource() {
    assertThat(Lexicon.forLanguage("en", "attribution-markers").orElseThrow().provenance())
        .startsWith("Source: English grammar; written by hand for Parallax");
  }

  /** Every list's provenance opens with its source statement, never with a line of its description. */
  @Test
  void everyProvenanceOpensWithItsSourceStatement() {
    for (String path : Lexicon.allPaths()) {
      assertThat(Lexicon.catalogued(path).orElseThrow().provenance()).as(path).startsWith("Source");
    }
  }
}
