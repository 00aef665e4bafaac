package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A 5 MB article, generated here from the seed paragraphs repeated (so its text is real news prose, only
 * repetitive), plus one paragraph that is a single sentence of more than 32,767 characters: compare runs through
 * within the test JVM's heap (surefire's -Xmx1g) and every cell of the workbook, read back with POI's streaming
 * reader, respects Excel's 32,767-character limit.
 */
class BigArticleTest {
  private static final int FIVE_MB = 5 * 1024 * 1024;
  private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  @TempDir
  Path dir;

  @Test
  void aFiveMegabyteArticle() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("this test shows the run fits surefire's -Xmx1g")
        .isLessThanOrEqualTo(1L << 30);
    Path story = Files.createDirectories(dir.resolve("story"));
    Files.copy(TestStories.SEED_STORY.resolve(TestStories.OVAJAB + ".txt"), story.resolve(TestStories.OVAJAB + ".txt"));
    List<String> seedParagraphs = new ArrayList<>();
    for (String seed : List.of(TestStories.MALIWEB, TestStories.OVAJAB)) {
      String text = Files.readString(TestStories.SEED_STORY.resolve(seed + ".txt"));
      String body = text.substring(text.indexOf("\n---\n", 4) + 5);
      for (String paragraph : body.split("\n\\s*\n")) {
        if (paragraph.strip().length() > 200) {
          seedParagraphs.add(paragraph.strip());
        }
      }
    }
    StringBuilder article = new StringBuilder("---\noutlet: Big Outlet\n---\n");
    String longSentence = String.join(" ; ", seedParagraphs).replaceAll("[.!?…]", " ;");
    while (article.length() < MAX_CELL + 5_000) {
      article.append(longSentence).append(" ; ");
    }
    article.append("fin.\n\n");
    for (int i = 0; article.toString().getBytes(StandardCharsets.UTF_8).length < FIVE_MB; i++) {
      for (int j = 0; j < 200; j++) {
        article.append(seedParagraphs.get((i * 200 + j) % seedParagraphs.size())).append("\n\n");
      }
    }
    Path big = story.resolve("big.txt");
    Files.writeString(big, article);
    assertThat(Files.size(big)).isGreaterThanOrEqualTo(FIVE_MB);

    Path workbook = dir.resolve("out.xlsx");
    Cli cli = Cli.run("compare", story.toString(), "-o", workbook.toString(),
        "--charts", dir.resolve("charts").toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(dir.resolve("charts/coverage.png")).exists();

    List<String> tooLong = new ArrayList<>();
    int[] atTheLimit = {0};
    int[] cells = {0};
    // Sheets of a repeated article compress far better than POI's zip-bomb guard expects of a real file.
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
    try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String name = sheets.getSheetName();
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
              new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String reference, String value, XSSFComment comment) {
                  cells[0]++;
                  if (value != null && value.length() > MAX_CELL) {
                    tooLong.add(name + "!" + reference + " (" + value.length() + ")");
                  }
                  if (value != null && value.length() == MAX_CELL) {
                    atTheLimit[0]++;
                  }
                }
              }, false));
          parser.parse(new InputSource(sheet));
        }
      }
    }
    assertThat(cells[0]).isGreaterThan(10_000);
    assertThat(tooLong).as("cells over Excel's limit").isEmpty();
    assertThat(atTheLimit[0]).as("the long sentence was cut to the limit, not dropped").isPositive();
  }
}
