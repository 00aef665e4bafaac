package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input the corpus reader rejects: exit code 2, one line naming the file and the problem, no stack trace,
 * and nothing written.
 */
class BadInputTest {
  private static final String GOOD = "---\noutlet: %s\n---\nLa Russie a réaffirmé son soutien à l’AES. Le ministre l’a dit.\n";

  @TempDir
  Path dir;
  Path story;

  @BeforeEach
  void createStory() throws IOException {
    story = Files.createDirectories(dir.resolve("story"));
  }

  @Test
  void missingFolder() {
    assertRejected(dir.resolve("nowhere"), "nowhere", "folder not found");
  }

  @Test
  void emptyFolder() {
    assertRejected(story, "story", "the folder is empty");
  }

  @Test
  void folderWithoutArticles() throws IOException {
    Files.writeString(story.resolve("notes.md"), "not an article");
    assertRejected(story, "story", "no articles");
  }

  @Test
  void emptyFile() throws IOException {
    good("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "  \n\n");
    assertRejected(story, "b.txt", "the file is empty");
  }

  @Test
  void binaryContent() throws IOException {
    good("a.txt", "A");
    Files.write(story.resolve("b.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    assertRejected(story, "b.txt", "binary");
  }

  @Test
  void latin1Content() throws IOException {
    good("a.txt", "A");
    Files.write(story.resolve("b.txt"), "La Russie a réaffirmé son soutien.".getBytes(StandardCharsets.ISO_8859_1));
    assertRejected(story, "b.txt", "not UTF-8");
  }

  @Test
  void frontMatterNeverClosed() throws IOException {
    good("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "---\noutlet: B\nLa Russie a réaffirmé son soutien.\n");
    assertRejected(story, "b.txt", "malformed front matter");
  }

  @Test
  void frontMatterLineWithoutKey() throws IOException {
    good("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "---\noutlet B\n---\nTexte.\n");
    assertRejected(story, "b.txt", "malformed front matter, line 2");
  }

  @Test
  void unknownFrontMatterKeyIsNamed() throws IOException {
    good("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "---\noutlet: B\npublisher: X\n---\nTexte.\n");
    assertRejected(story, "b.txt", "unknown front-matter key 'publisher'");
  }

  @Test
  void invalidDate() throws IOException {
    good("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "---\noutlet: B\ndate: 5 avril 2025\n---\nTexte.\n");
    assertRejected(story, "b.txt", "invalid date '5 avril 2025'");
  }

  @Test
  void invalidUrl() throws IOException {
    good("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "---\noutlet: B\nurl: www.example.com/article\n---\nTexte.\n");
    assertRejected(story, "b.txt", "invalid url");
  }

  @Test
  void urlThatIsNotHttpIsRejected() throws IOException {
    good("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "---\noutlet: B\nurl: javascript:alert(1)\n---\nTexte.\n");
    assertRejected(story, "b.txt", "invalid url");
  }

  @Test
  void twoFilesOfOneOutletAloneAreOneOutlet() throws IOException {
    good("a.txt", "Same");
    good("b.txt", "same");
    assertRejected(story, "story", "only one outlet (Same)");
  }

  @Test
  void twoFilesOfOneOutletInTwoLanguages() throws IOException {
    good("a.txt", "A");
    good("b.txt", "B");
    Files.writeString(story.resolve("c.txt"), "---\noutlet: B\nlanguage: en\n---\nRussia reaffirmed its support.\n");
    Files.writeString(story.resolve("b.txt"), "---\noutlet: B\nlanguage: fr\n---\nLa Russie a réaffirmé son soutien.\n");
    assertRejected(story, "c.txt", "language 'en' differs from 'fr' of b.txt, another article of outlet 'B'");
  }

  @Test
  void storyWithOneOutlet() throws IOException {
    good("a.txt", "A");
    assertRejected(story, "story", "at least two outlets");
  }

  @Test
  void titleWithoutBody() throws IOException {
    good("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "---\noutlet: B\ntitle: Un titre\n---\nUn titre\n");
    assertRejected(story, "b.txt", "title but no body");
  }

  @Test
  void aNonArticleFileIsReportedNotSilentlySkipped() throws IOException {
    good("a.txt", "A");
    good("b.txt", "B");
    Files.writeString(story.resolve("notes.md"), "analyst notes");
    Cli cli = Cli.run("compare", story.toString(), "-o", dir.resolve("out.xlsx").toString(),
        "--charts", dir.resolve("charts").toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).contains("notes.md left out: not an article");
  }

  @Test
  void anOutletNamedLikeAWorkbookColumn() throws IOException {
    good("a.txt", "A");
    good("b.txt", "Summary");
    assertRejected(story, "b.txt", "outlet name 'Summary' is a column name");
  }

  @Test
  void anOutputThatIsNotAWorkbook() throws IOException {
    good("a.txt", "A");
    good("b.txt", "B");
    Cli cli = Cli.run("compare", story.toString(), "-o", dir.resolve("out.csv").toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--output must name an .xlsx file");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  // ---- alignment.tsv, the analyst's corrections of the facts alignment

  static Stream<Arguments> badAlignments() {
    String header = "relation\tsentence\tother\n";
    return Stream.of(
        Arguments.of("same\tA#1\tB#1\n", "line 1: expected the header"),
        Arguments.of(header + "alike\tA#1\tB#1\n", "line 2: relation 'alike' is neither 'same' nor 'different'"),
        Arguments.of(header + "\nsame\tA#1\tB#7\n", "line 3: no sentence B#7 (B has 2 sentences"),
        Arguments.of(header + "different\tA#1\tC#1\n", "line 2: no article of outlet 'C'"),
        Arguments.of(header + "same\tA#1\tA#2\n", "line 2: both sentences are from A"),
        Arguments.of(header + "same\tA#1\n", "line 2: expected 3 tab-separated fields"),
        Arguments.of(header + "same\tA1\tB#1\n", "line 2: 'A1' is not a sentence id"));
  }

  @ParameterizedTest
  @MethodSource("badAlignments")
  void badAlignmentFile(String content, String problem) throws IOException {
    goodPair();
    Files.writeString(story.resolve("alignment.tsv"), content);
    assertRejected(story, "alignment.tsv", problem);
  }

  // ---- outlets.tsv, the analyst's profiles and blocs of the outlets

  static Stream<Arguments> badOutletFiles() {
    String header = "outlet\tcountry\towner\tkind\tbloc\n";
    return Stream.of(
        Arguments.of("outlet\tcountry\tmedia group\n", "line 1: unknown column 'media group'"),
        Arguments.of("# profiles\ncountry\tbloc\n", "line 2: no 'outlet' column"),
        Arguments.of("outlet\tbloc\tbloc\n", "line 1: column 'bloc' twice"),
        Arguments.of(header + "A\tMali\tState\tnewspaper\tMalian press\n",
            "line 2: kind 'newspaper' is not one of public/state, private, wire, agency, blog"),
        Arguments.of(header + "A\tMali\t\tprivate\tMalian press\n\na\tMali\t\tprivate\tMalian press\n",
            "line 4: outlet 'a' is listed twice (also line 2)"),
        Arguments.of(header + "C\tFrance\tAFP\twire\twires\n", "line 2: no article of outlet 'C' in this story"),
        Arguments.of(header + "A\tMali\tprivate\tMalian press\n", "line 2: expected 5 tab-separated fields"),
        Arguments.of(header + "\tMali\t\tprivate\tMalian press\n", "line 2: the outlet field is empty"),
        Arguments.of("", "no header line"));
  }

  @ParameterizedTest
  @MethodSource("badOutletFiles")
  void badOutletsFile(String content, String problem) throws IOException {
    goodPair();
    Files.writeString(story.resolve("outlets.tsv"), content);
    assertRejected(story, "outlets.tsv", problem);
  }

  @Test
  void outletsOptionNamingAMissingFile() throws IOException {
    goodPair();
    Path workbook = dir.resolve("out.xlsx");
    Cli cli = Cli.run("compare", story.toString(), "-o", workbook.toString(), "--charts",
        dir.resolve("charts").toString(), "--outlets", dir.resolve("profiles.tsv").toString());
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
    assertThat(cli.errorLines()).hasSize(1);
    assertThat(cli.errorLines().get(0)).contains("profiles.tsv").contains("file not found");
    assertThat(workbook).doesNotExist();
  }

  private void goodPair() throws IOException {
    good("a.txt", "A");
    good("b.txt", "B");
  }

  private void good(String file, String outlet) throws IOException {
    Files.writeString(story.resolve(file), GOOD.formatted(outlet));
  }

  private void assertRejected(Path corpus, String namedFile, String problem) {
    Path workbook = dir.resolve("out.xlsx");
    Cli cli = Cli.run("compare", corpus.toString(), "-o", workbook.toString(),
        "--charts", dir.resolve("charts").toString());
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
    assertThat(cli.errorLines()).hasSize(1);
    assertThat(cli.errorLines().get(0)).contains(namedFile).contains(problem);
    assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(workbook).doesNotExist();
    assertThat(dir.resolve("charts")).doesNotExist();
  }
}
