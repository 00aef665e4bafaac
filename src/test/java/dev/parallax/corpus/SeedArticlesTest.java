package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Metadata, title, byline and boilerplate of both seeds, as SOURCES.md describes them. */
class SeedArticlesTest {
  private final Map<String, Article> byOutlet = TestStories.seedStory().articles().stream()
      .collect(Collectors.toMap(Article::outlet, Function.identity()));

  @Test
  void readsBothOutletsFromTheFrontMatter() {
    assertThat(byOutlet).containsOnlyKeys(TestStories.MALIWEB, TestStories.OVAJAB);
  }

  @Test
  void maliwebHasNoTitleLineSoItsLedeStaysInTheBody() {
    Article maliweb = byOutlet.get(TestStories.MALIWEB);
    assertThat(maliweb.title()).isEqualTo(
        "Confédération AES-Russie : bâtir un partenariat stratégique pragmatique et solidaire");
    assertThat(maliweb.metadata().url()).hasValueSatisfying(url -> assertThat(url).startsWith("https://www.maliweb.net/"));
    assertThat(maliweb.metadata().date()).isEmpty();
    assertThat(maliweb.paragraphs().get(0).text()).startsWith("Les Parties sont convenues du renforcement");
    assertThat(maliweb.stripped()).extracting(StrippedLine::kind, StrippedLine::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(StrippedLine.Kind.BYLINE, "Oumar DIAKITE"));
    assertThat(maliweb.author()).isEqualTo("Oumar DIAKITE");
  }

  @Test
  void ovajabmediaLosesTitleBylineOutletNameAndBoilerplate() {
    Article ovajab = byOutlet.get(TestStories.OVAJAB);
    assertThat(ovajab.stripped()).extracting(StrippedLine::kind).containsExactly(
        StrippedLine.Kind.TITLE, StrippedLine.Kind.BOILERPLATE, StrippedLine.Kind.BYLINE,
        StrippedLine.Kind.OUTLET_NAME, StrippedLine.Kind.BOILERPLATE, StrippedLine.Kind.BOILERPLATE);
    assertThat(ovajab.author()).isEqualTo("Séverin Konan");
    assertThat(ovajab.metadata().url()).isEmpty();
    assertThat(ovajab.paragraphs()).extracting(Paragraph::text)
        .noneMatch(text -> text.contains("Partagez") || text.contains("About The Author")
            || text.equals("Ovajabmedia.com") || text.equals("Séverin Konan"));
    assertThat(ovajab.paragraphs().get(0).text()).startsWith("Lors d’une réunion importante");
  }

  @Test
  void theSubheadingIsAHeadingParagraph() {
    assertThat(byOutlet.get(TestStories.OVAJAB).paragraphs()).filteredOn(Paragraph::heading)
        .extracting(Paragraph::text).containsExactly("Vers une collaboration renforcée pour la sécurité du Sahel");
  }

  @Test
  void paragraphOffsetsPointIntoTheFileText() {
    for (Article article : byOutlet.values()) {
      for (Paragraph paragraph : article.paragraphs()) {
        assertThat(article.originalText().substring(paragraph.start(), paragraph.end())).isEqualTo(paragraph.text());
      }
      for (StrippedLine line : article.stripped()) {
        assertThat(article.originalText()).contains(line.text());
        assertThat(article.originalText().substring(line.start(), line.start() + line.text().length()))
            .isEqualTo(line.text());
      }
    }
  }

  @Test
  void theSeedTextIsKeptVerbatimBelowTheFrontMatter() throws Exception {
    java.nio.file.Path original = java.nio.file.Path.of("../shared/seeds/000_eeff86a77461c9cc.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(original), "../shared is not beside the clone");
    String seed = java.nio.file.Files.readString(original);
    assertThat(byOutlet.get(TestStories.MALIWEB).originalText()).endsWith(seed);
  }
}
