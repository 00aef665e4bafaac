package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's credits leave its body, its wire is recorded, and an agency quoted inside a sentence stays. */
class ArticleCreditsTest {
  @TempDir
  Path dir;

  @Test
  void aWireStoryLosesItsDatelineAndSignOffAndRecordsItsAgency() throws IOException {
    Article article = read("jamaica-gleaner.com.txt", """
        ---
        title: "Powerful quake in Morocco kills more than 1,000"
        ---
        MARRAKECH, Morocco (AP) A rare, powerful earthquake struck Morocco, killing more than 1,000 people.

        "There's nothing to do but pray," said Hamza Lamghani, who lost five of his closest friends.

        Avec AFP
        """);
    assertThat(article.wires()).containsExactly("AP", "AFP");
    assertThat(article.paragraphs().get(0).text()).startsWith("A rare, powerful earthquake");
    assertThat(article.paragraphs()).hasSize(2);
    assertThat(article.stripped()).extracting(StrippedLine::kind)
        .containsExactly(StrippedLine.Kind.DATELINE, StrippedLine.Kind.CREDIT);
    for (Paragraph paragraph : article.paragraphs()) {
      assertThat(article.originalText().substring(paragraph.start(), paragraph.end())).isEqualTo(paragraph.text());
    }
  }

  @Test
  void anAgencyCitedInASentenceIsAttributionNotACredit() throws IOException {
    Article article = read("lesiteinfo.com.txt", """
        Le président émirati a adressé ses condoléances au roi, a rapporté l'AFP.

        Selon Reuters, le bilan dépasse 2 000 morts.
        """);
    assertThat(article.wires()).isEmpty();
    assertThat(article.stripped()).isEmpty();
    assertThat(article.paragraphs()).hasSize(2);
  }

  @Test
  void theOutletsOwnNameInItsCreditIsNotAWire() throws IOException {
    Article article = read("fr.euronews.com.txt", """
        Par Euronews avec AFP

        Le Maroc a décrété samedi un deuil national de trois jours à la suite du violent séisme.

        Le roi a présidé une réunion de travail.
        """);
    assertThat(article.wires()).containsExactly("AFP");
    assertThat(article.author()).isEqualTo("Par Euronews avec AFP");
  }

  private Article read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return new ArticleReader().read(file);
  }
}
