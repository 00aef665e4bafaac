package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lemmas from LanguageTool's POS dictionaries, the reading picked by the token's part of speech. */
class LemmatizerTest {
  private final Lemmatizer french = Lemmatizer.forLanguage(Language.forCode("fr")).orElseThrow();
  private final Lemmatizer english = Lemmatizer.forLanguage(Language.forCode("en")).orElseThrow();

  @Test
  void aFrenchVerbKeepsItsVerbLemmaAndTheAdjectiveItsOwn() {
    assertThat(french.lemma("faciliter", "VERB")).contains("faciliter");
    assertThat(french.lemma("facilitera", "VERB")).contains("faciliter");
    assertThat(french.lemma("facile", "ADJ")).contains("facile");
  }

  @Test
  void thePartOfSpeechPicksTheReading() {
    assertThat(french.lemma("tenues", "VERB")).contains("tenir");
    assertThat(french.lemma("tenues", "NOUN")).contains("tenue");
    assertThat(french.lemma("facilité", "NOUN")).contains("facilité");
    assertThat(french.lemma("facilité", "VERB")).contains("faciliter");
  }

  @Test
  void englishIrregularFormsGetTheirLemma() {
    assertThat(english.lemma("said", "VERB")).contains("say");
    assertThat(english.lemma("struck", "VERB")).contains("strike");
    assertThat(english.lemma("rates", "NOUN")).contains("rate");
    assertThat(english.lemma("deadliest", "ADJ")).contains("deadly");
  }

  @Test
  void aFormTheDictionaryDoesNotKnowOrATagWithoutReadingsHasNoLemma() {
    assertThat(french.lemma("ighil", "NOUN")).isEmpty();
    assertThat(english.lemma("the", "DET")).isEmpty();
    assertThat(Lemmatizer.forLanguage(Language.forCode("de"))).isEmpty();
  }
}
