package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.corpus.Article;
import dev.parallax.corpus.ArticleMetadata;
import dev.parallax.corpus.Paragraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

  @Test
  void bothSeedsAreDetectedAsFrenchWhenTheirFrontMatterGivesNoLanguage() {
    assertThat(TestStories.seedStory().articles()).allSatisfy(seed -> {
      assertThat(seed.metadata().language()).as("the corpus copy gives the language").contains("fr");
      ArticleMetadata m = seed.metadata();
      Article unlabelled = new Article(seed.file(), new ArticleMetadata(m.outlet(), m.title(), m.author(), m.date(),
          m.url(), Optional.empty()), seed.originalText(), seed.paragraphs(), seed.stripped());
      ParsedArticle parsed = new LanguageLayer().parse(unlabelled);
      assertThat(parsed.language().code()).isEqualTo("fr");
      assertThat(parsed.languageDetected()).isTrue();
    });
  }

  @Test
  void englishTextIsDetectedAsEnglish() {
    assertThat(new LanguageLayer().parse(article(Optional.empty(),
        "Russia reaffirmed its commitment to strengthen security cooperation with the Alliance of Sahel States "
            + "during a meeting of foreign ministers in Moscow.")).language().code()).isEqualTo("en");
  }

  @Test
  void theFrontMatterLanguageTakesPrecedence() {
    ParsedArticle parsed = new LanguageLayer().parse(article(Optional.of("en"),
        "La Russie a réaffirmé son engagement à renforcer la coopération en matière de sécurité avec l’AES."));
    assertThat(parsed.language().code()).isEqualTo("en");
    assertThat(parsed.languageDetected()).isFalse();
  }

  private static Article article(Optional<String> language, String text) {
    return new Article(Path.of("x.txt"), new ArticleMetadata("X", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), language), text, List.of(new Paragraph(1, text, 0, false)), List.of());
  }
}
