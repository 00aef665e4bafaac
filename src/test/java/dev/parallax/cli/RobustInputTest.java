package dev.parallax.cli;

import static dev.parallax.WorkbookChecks.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.WorkbookChecks;
import dev.parallax.report.Palette;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is valid but awkward, run end to end through {@code parallax compare} and read back with POI: many
 * outlets, outlet names no sheet or file may carry, links, and article text that looks like a formula.
 */
class RobustInputTest {
  private static final String SHORT = "---\noutlet: %s\nlanguage: fr\n---\n"
      + "La Russie a réaffirmé son soutien à l’AES. Le ministre l’a dit à Moscou.\n";

  @TempDir
  Path dir;
  Path story;

  @BeforeEach
  void createStory() throws IOException {
    story = Files.createDirectories(dir.resolve("story"));
  }

  /** Twelve copies of the seed articles (alternately maliweb.net's and Ovajabmedia.com's), the outlet renamed. */
  @Test
  void twelveOutlets() throws IOException {
    List<String> outlets = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String outlet = "Copy %02d of %s".formatted(i, i % 2 == 1 ? TestStories.MALIWEB : TestStories.OVAJAB);
      String seed = Files.readString(TestStories.SEED_STORY.resolve((i % 2 == 1 ? TestStories.MALIWEB : TestStories.OVAJAB) + ".txt"));
      Files.writeString(story.resolve("copy-%02d.txt".formatted(i)),
          seed.replaceFirst("(?m)^outlet: .*$", "outlet: " + outlet));
      outlets.add(outlet);
    }
    Cli cli = compare();
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    try (Workbook workbook = WorkbookChecks.open(dir.resolve("out.xlsx"))) {
      Sheet summary = workbook.getSheet("Summary");
      List<String> rows = new ArrayList<>();
      summary.forEach(row -> rows.add(row.getCell(0).getStringCellValue()));
      assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(outlets);
      WorkbookChecks.assertLinksResolve(workbook);
    }
    List<Path> charts;
    try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
      charts = files.toList();
    }
    assertThat(charts).extracting(p -> p.getFileName().toString()).contains("coverage.png", "tone-voice.png");
    assertThat(cli.out()).contains(charts.size() + " charts");
    for (Path chart : charts) {
      assertThat(ImageIO.read(chart.toFile()).getWidth()).as(chart.toString()).isEqualTo(1600);
    }
    Palette palette = new Palette(outlets);
    Set<Integer> colours = new HashSet<>();
    outlets.forEach(outlet -> colours.add(palette.colour(outlet).getRGB()));
    assertThat(colours).as("one distinct colour per outlet").hasSize(12);
    BufferedImage coverage = ImageIO.read(dir.resolve("charts/coverage.png").toFile());
    for (String outlet : outlets) {
      assertThat(contains(coverage, palette.colour(outlet))).as("coverage.png has %s's colour", outlet).isTrue();
    }
  }

  @Test
  void anOutletNameIllegalInSheetAndFileNames() throws IOException {
    String outlet = "Le Monde: Afrique/Sahel?*[1]";
    Files.writeString(story.resolve("a.txt"), SHORT.formatted("A"));
    Files.writeString(story.resolve("lemonde.txt"), SHORT.formatted(outlet));
    Cli cli = compare();
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    try (Workbook workbook = WorkbookChecks.open(dir.resolve("out.xlsx"))) {
      WorkbookChecks.assertLegalSheetNames(workbook);
      WorkbookChecks.assertLinksResolve(workbook);
      Sheet summary = workbook.getSheet("Summary");
      assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo(outlet);
      Sheet sentences = workbook.getSheet("Sentences");
      assertThat(sentences.getRow(3).getCell(0).getStringCellValue()).isEqualTo(outlet + "#1");
    }
    // Nothing but the workbook, the charts and the deck, each chart a file directly in the charts folder.
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.map(p -> dir.relativize(p).toString()).filter(p -> !p.isEmpty()).sorted())
          .contains("charts/coverage.png", "briefing.pptx")
          .allMatch(p -> List.of("charts", "out.xlsx", "briefing.pptx", "story", "story/a.txt", "story/lemonde.txt")
              .contains(p)
              || p.matches("charts/[\\w.-]+\\.png") && Files.isRegularFile(dir.resolve(p)));
    }
  }

  /** An http(s) URL becomes a link, whatever the case of its scheme; nothing else in the Articles sheet does. */
  @Test
  void onlyHttpUrlsBecomeLinks() throws IOException {
    Files.writeString(story.resolve("a.txt"), SHORT.formatted("A").replace("language: fr",
        "language: fr\nurl: https://www.example.org/article?id=1"));
    Files.writeString(story.resolve("b.txt"), SHORT.formatted("B").replace("language: fr",
        "language: fr\nurl: HTTP://EXAMPLE.ORG/B"));
    Files.writeString(story.resolve("c.txt"), SHORT.formatted("C")
        + "\nLe site javascript:alert(1) et l’adresse https://evil.example/x sont du texte.\n");
    Cli cli = compare();
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    try (Workbook workbook = WorkbookChecks.open(dir.resolve("out.xlsx"))) {
      WorkbookChecks.assertLinksResolve(workbook);
      Sheet articles = workbook.getSheet("Articles");
      int url = column(articles, "URL");
      assertThat(articles.getRow(1).getCell(url).getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
      assertThat(articles.getRow(1).getCell(url).getHyperlink().getAddress())
          .isEqualTo("https://www.example.org/article?id=1");
      assertThat(articles.getRow(2).getCell(url).getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
      assertThat(articles.getRow(2).getCell(url).getHyperlink().getAddress()).isEqualTo("http://EXAMPLE.ORG/B");
      assertThat(articles.getRow(2).getCell(url).getStringCellValue()).isEqualTo("HTTP://EXAMPLE.ORG/B");
      assertThat(articles.getRow(3).getCell(url).getHyperlink()).isNull();
      List<String> webLinks = new ArrayList<>();
      WorkbookChecks.forEachCell(workbook, cell -> {
        if (cell.getHyperlink() != null && cell.getHyperlink().getType() != HyperlinkType.DOCUMENT) {
          webLinks.add(cell.getSheet().getSheetName() + "!" + cell.getAddress());
        }
      });
      assertThat(webLinks).containsExactly("Articles!F2", "Articles!F3");
    }
  }

  /** Article text, titles, authors and outlet names that start like a formula are written as text. */
  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    Files.writeString(story.resolve("a.txt"), SHORT.formatted("A"));
    Files.writeString(story.resolve("b.txt"), """
        ---
        outlet: =Outlet
        title: "=HYPERLINK(""http://evil.example"",""Cliquez"")"
        author: "@auteur"
        language: fr
        ---
        =HYPERLINK("http://evil.example/x","Cliquez ici") est le texte d’un paragraphe.

        +33 1 23 45 67 89 est le numéro cité par le ministre.

        -2+3 font un, a noté le ministre.

        @SUM(A1:A2) n’est pas une formule ici.
        """);
    Cli cli = compare();
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    try (Workbook workbook = WorkbookChecks.open(dir.resolve("out.xlsx"))) {
      List<String> formulas = new ArrayList<>();
      List<String> strings = new ArrayList<>();
      List<String> formulaLikeWithoutQuotePrefix = new ArrayList<>();
      WorkbookChecks.forEachCell(workbook, cell -> {
        if (cell.getCellType() == CellType.FORMULA) {
          formulas.add(cell.getCellFormula());
        } else if (cell.getCellType() == CellType.STRING) {
          String text = cell.getStringCellValue();
          strings.add(text);
          // Excel's quote prefix keeps the cell text when it is edited or the sheet is saved as CSV.
          if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !cell.getCellStyle().getQuotePrefixed()) {
            formulaLikeWithoutQuotePrefix.add(cell.getSheet().getSheetName() + "!" + cell.getAddress() + " " + text);
          }
        }
      });
      assertThat(formulaLikeWithoutQuotePrefix).isEmpty();
      assertThat(formulas).noneMatch(f -> f.contains("evil") || f.contains("SUM") || f.contains("Outlet")
          || f.contains("auteur") || f.contains("23"));
      assertThat(strings).contains("=Outlet", "=Outlet#1", "@auteur",
          "=HYPERLINK(\"\"http://evil.example\"\",\"\"Cliquez\"\")",
          "=HYPERLINK(\"http://evil.example/x\",\"Cliquez ici\") est le texte d’un paragraphe.",
          "+33 1 23 45 67 89 est le numéro cité par le ministre.",
          "-2+3 font un, a noté le ministre.",
          "@SUM(A1:A2) n’est pas une formule ici.");
      Sheet sentences = workbook.getSheet("Sentences");
      int text = column(sentences, "Text");
      for (Row row : sentences) {
        Cell cell = row.getCell(text);
        assertThat(cell.getCellType()).as("Sentences!%s", cell.getAddress()).isEqualTo(CellType.STRING);
      }
    }
  }

  /**
   * One story in three languages, each article written for this test: French and English have models and word
   * lists, German has neither. Each article is analysed in its own (detected) language, and the run says that the
   * tone analyzer had no word list for the German one.
   */
  @Test
  void aStoryMixingLanguages() throws IOException {
    Files.writeString(story.resolve("fr.txt"), """
        ---
        outlet: Sahel Tribune
        ---
        Les ministres des Affaires étrangères de la Confédération des États du Sahel ont rencontré leur homologue \
        russe à Moscou. La Russie a réaffirmé son soutien à la Force unifiée de l’AES. « Nous avons pu enregistrer \
        un engagement très fort de la Russie », a déclaré le ministre malien. Les parties ont condamné les actes de \
        terrorisme dans la région. Une nouvelle réunion pourrait avoir lieu l’an prochain.
        """);
    Files.writeString(story.resolve("en.txt"), """
        ---
        outlet: Sahel Post
        ---
        The foreign ministers of the Alliance of Sahel States met their Russian counterpart in Moscow on Thursday. \
        Russia reaffirmed its strong support for the unified force of the alliance. “We recorded a very strong \
        commitment from Russia,” the Malian minister said. The parties condemned terrorism in the region and praised \
        the talks as "frank and open". A further meeting could take place next year.
        """);
    Files.writeString(story.resolve("de.txt"), """
        ---
        outlet: Sahel Zeitung
        ---
        Die Außenminister der Allianz der Sahelstaaten haben am Donnerstag in Moskau ihren russischen Amtskollegen \
        getroffen. Russland bekräftigte seine Unterstützung für die gemeinsame Truppe der Allianz. „Wir haben ein \
        sehr starkes Engagement Russlands erreicht“, sagte der malische Außenminister. Die Parteien verurteilten den \
        Terrorismus in der Region. Ein weiteres Treffen könnte im nächsten Jahr stattfinden.
        """);
    Cli cli = compare();
    assertThat(cli.exitCode()).as(cli.err()).isZero();

    var parsed = new dev.parallax.text.LanguageLayer().parse(
        new dev.parallax.corpus.CorpusReader(note -> { }).readStory(story));
    var byOutlet = new java.util.HashMap<String, dev.parallax.text.ParsedArticle>();
    parsed.articles().forEach(a -> byOutlet.put(a.outlet(), a));
    assertThat(byOutlet.get("Sahel Tribune").language().code()).isEqualTo("fr");
    assertThat(byOutlet.get("Sahel Post").language().code()).isEqualTo("en");
    var german = byOutlet.get("Sahel Zeitung");
    assertThat(german.language().code()).isEqualTo("de");
    assertThat(german.language().name()).isEqualTo("German");
    for (var article : parsed.articles()) {
      assertThat(article.sentences()).as(article.outlet()).hasSize(5);
    }
    assertThat(german.sentences().get(2).tokens()).filteredOn(t -> t.quoted() && t.isWord())
        .extracting(dev.parallax.text.Token::text)
        .containsExactly("Wir", "haben", "ein", "sehr", "starkes", "Engagement", "Russlands", "erreicht");
    assertThat(byOutlet.get("Sahel Post").sentences().get(2).tokens()).filteredOn(t -> t.quoted() && t.isWord())
        .extracting(dev.parallax.text.Token::text)
        .containsExactly("We", "recorded", "a", "very", "strong", "commitment", "from", "Russia");
    assertThat(byOutlet.get("Sahel Post").sentences().get(0).tokens()).extracting(dev.parallax.text.Token::pos)
        .contains("NOUN", "VERB");
    assertThat(german.sentences().get(0).tokens()).extracting(dev.parallax.text.Token::pos).containsOnly("X");

    // Other analyzers may declare word lists too; only the German article lacks any, and tone's are named.
    List<String> notes = cli.err().lines().map(String::strip).filter(l -> l.startsWith("note: ")).toList();
    assertThat(notes).allMatch(note -> note.startsWith("note: Sahel Zeitung is in German (de): "));
    assertThat(notes).contains(
        "note: Sahel Zeitung is in German (de): no OpenNLP model, so its sentences are split by rule and its words "
            + "have no part-of-speech tags",
        "note: Sahel Zeitung is in German (de): the tone analyzer has no word list for it (polarity, loaded, "
            + "intensifiers, negators, actors), so it finds nothing there");

    try (Workbook workbook = WorkbookChecks.open(dir.resolve("out.xlsx"))) {
      Sheet articles = workbook.getSheet("Articles");
      List<String> languages = new ArrayList<>();
      for (Row row : articles) {
        languages.add(row.getCell(0).getStringCellValue() + ": "
            + row.getCell(column(articles, "Language")).getStringCellValue());
      }
      assertThat(languages).containsExactly("Outlet: Language", "Sahel Zeitung: de (detected)",
          "Sahel Post: en (detected)", "Sahel Tribune: fr (detected)");

      Sheet tone = workbook.getSheet("Tone");
      Set<String> outletsWithTone = new HashSet<>();
      tone.forEach(row -> outletsWithTone.add(row.getCell(column(tone, "Outlet")).getStringCellValue()));
      assertThat(outletsWithTone).as("each article's tone words come from its own language's lists")
          .contains("Sahel Tribune", "Sahel Post").doesNotContain("Sahel Zeitung");

      List<String> about = new ArrayList<>();
      for (Row row : workbook.getSheet("About")) {
        if (row.getCell(0).getStringCellValue().equals("Language")) {
          about.add(row.getCell(1).getStringCellValue() + " | " + row.getCell(2).getStringCellValue());
        }
      }
      assertThat(about).startsWith(
          "Sahel Zeitung | German (de), detected by OpenNLP langdetect; no OpenNLP model: sentences split by rule, "
              + "no part-of-speech tags; some analyzers have no word lists (below)");
      assertThat(about).contains(
          "Sahel Zeitung · tone | no word list in German (de) for polarity, loaded, intensifiers, negators, actors: "
              + "the tone analyzer finds nothing in this article");
      assertThat(about).endsWith(
          "Sahel Post | English (en), detected by OpenNLP langdetect; OpenNLP sentence and part-of-speech models; "
              + "every analyzer has its word lists",
          "Sahel Tribune | French (fr), detected by OpenNLP langdetect; OpenNLP sentence and part-of-speech models; "
              + "every analyzer has its word lists");
      assertThat(about).allMatch(row -> row.startsWith("Sahel Zeitung") || row.endsWith("its word lists"));
    }
  }

  private Cli compare() {
    return Cli.run("compare", story.toString(), "-o", dir.resolve("out.xlsx").toString(),
        "--charts", dir.resolve("charts").toString());
  }

  private static boolean contains(BufferedImage image, Color colour) {
    int rgb = colour.getRGB();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
