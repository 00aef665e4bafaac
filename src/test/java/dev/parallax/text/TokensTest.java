package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens, elisions, inverted clitics, stems, POS tags and quote voice on real seed sentences. */
class TokensTest {

  private static Sentence sentence(String outlet, int number) {
    return TestStories.seeds().articles().stream().filter(a -> a.outlet().equals(outlet)).findFirst().orElseThrow()
        .sentences().get(number - 1);
  }

  private static List<String> texts(Sentence sentence) {
    return sentence.tokens().stream().map(Token::text).toList();
  }

  @Test
  void typographicElisionsAreTokensOfTheirOwn() {
    // "Lors d’une réunion importante ... de l’Alliance des États du Sahel"
    assertThat(texts(sentence(TestStories.OVAJAB, 1))).containsSubsequence("Lors", "d’", "une", "réunion")
        .containsSubsequence("l’", "Alliance");
  }

  @Test
  void straightElisionsToo() {
    Tokenizer tokenizer = new Tokenizer(Language.forCode("fr"));
    assertThat(tokenizer.tokenize("Selon l'agence, qu'il s'agit d'aujourd'hui")).extracting(Tokenizer.Span::text)
        .containsExactly("Selon", "l'", "agence", ",", "qu'", "il", "s'", "agit", "d'", "aujourd'hui");
  }

  @Test
  void invertedCliticsAreSplitFromTheirVerb() {
    assertThat(texts(sentence(TestStories.OVAJAB, 4))).containsSubsequence("»", ",", "a", "-t-il", "affirmé");
    assertThat(texts(sentence(TestStories.MALIWEB, 8))).containsSubsequence("fustigent", "-elles", ".");
  }

  @Test
  void tokenOffsetsPointIntoTheArticleText() {
    ParsedArticle article = TestStories.seeds().articles().get(0);
    for (Sentence sentence : article.sentences()) {
      for (Token token : sentence.tokens()) {
        assertThat(article.article().originalText().substring(token.start(), token.end())).isEqualTo(token.text());
      }
    }
  }

  @Test
  void stemsMatchInflectedForms() {
    Language french = Language.forCode("fr");
    assertThat(french.stem("renforcer")).isEqualTo(french.stem("renforcée"));
    assertThat(french.stem("menaces")).isEqualTo(french.stem("menace"));
  }

  @Test
  void theConditionalPourraitIsTaggedAsAVerb() {
    // "Ce climat de confiance pourrait ouvrir la voie ..."
    Token pourrait = sentence(TestStories.OVAJAB, 9).tokens().stream().filter(t -> t.text().equals("pourrait"))
        .findFirst().orElseThrow();
    assertThat(pourrait.isVerb()).isTrue();
  }

  @Test
  void wordsBetweenGuillemetsAreQuotedAndTheIncisIsNot() {
    Sentence sentence = sentence(TestStories.OVAJAB, 8);
    assertThat(sentence.tokens()).filteredOn(Token::quoted).extracting(Token::text)
        .containsExactly("«", "très", "francs", "et", "très", "ouverts", "»");
  }

  @Test
  void aQuoteOpenedInOneSentenceStaysQuotedInTheNext() {
    LanguageLayer layer = new LanguageLayer();
    var article = new dev.parallax.corpus.Article(java.nio.file.Path.of("x.txt"),
        new dev.parallax.corpus.ArticleMetadata("X", java.util.Optional.empty(), java.util.Optional.empty(),
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("fr")),
        "", List.of(new dev.parallax.corpus.Paragraph(1,
            "Le ministre a déclaré : « Nous avons pu enregistrer un engagement. La Russie restera à nos côtés. »",
            0, false)), List.of());
    ParsedArticle parsed = layer.parse(article);
    assertThat(parsed.sentences()).hasSize(2);
    assertThat(parsed.sentences().get(1).tokens()).filteredOn(Token::isWord).allMatch(Token::quoted);
  }
}
