package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Paragraph;
import dev.parallax.corpus.StrippedLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved on another system: a UTF-8 BOM, CRLF (or old Mac CR) line ends, accents decomposed (NFD, as macOS
 * writes them) and typographic and straight quotation marks mixed, some pairs mismatched. It must read as the
 * plain LF, NFC version of the same text: same sentences, same quoted words, offsets slicing the normalised text.
 */
class NormalisedInputTest {
  private static final String FRONT = "---\noutlet: Le Télégramme\ntitle: Un titre accentué\nlanguage: fr\n---\n"
      + "Un titre accentué\n\n";
  private static final String PARAGRAPH_1 = "Le ministre a déclaré : “Nous resterons engagés aux côtés de l’AES.” "
      + "Le porte-parole a ajouté : \"Nous verrons bien.\" Selon lui, « la coopération continue ».";
  private static final String PARAGRAPH_2 = "Il a répété “nous ne partirons pas\", puis il a souri. "
      + "La délégation a salué \"une étape décisive” pour la région.";
  private static final String PLAIN = FRONT + PARAGRAPH_1 + "\n\n" + PARAGRAPH_2 + "\n";

  @TempDir
  Path dir;

  @ParameterizedTest(name = "line ends {0}")
  @ValueSource(strings = {"CRLF", "CR"})
  void bomCrlfNfdAndMixedQuotesReadAsThePlainText(String lineEnds) throws IOException {
    String eol = lineEnds.equals("CRLF") ? "\r\n" : "\r";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(Normalizer.normalize(PLAIN, Normalizer.Form.NFD).replace("\n", eol).getBytes(StandardCharsets.UTF_8));
    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).contains("e\u0301");

    ParsedArticle odd = parse(write("odd", bytes.toByteArray()));
    ParsedArticle plain = parse(write("plain", PLAIN.getBytes(StandardCharsets.UTF_8)));

    String text = odd.article().originalText();
    assertThat(text).isEqualTo(plain.article().originalText()).doesNotContain("\r").doesNotContain("\uFEFF");
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    assertThat(odd.outlet()).isEqualTo("Le Télégramme");
    assertThat(odd.article().title()).isEqualTo("Un titre accentué");
    assertThat(odd.article().stripped()).extracting(StrippedLine::kind).containsExactly(StrippedLine.Kind.TITLE);
    assertThat(odd.language().code()).isEqualTo("fr");

    assertThat(odd.sentences()).extracting(Sentence::text).containsExactly(
        "Le ministre a déclaré : “Nous resterons engagés aux côtés de l’AES.”",
        "Le porte-parole a ajouté : \"Nous verrons bien.\"",
        "Selon lui, « la coopération continue ».",
        "Il a répété “nous ne partirons pas\", puis il a souri.",
        "La délégation a salué \"une étape décisive” pour la région.");
    assertThat(odd.sentences()).usingRecursiveFieldByFieldElementComparator().isEqualTo(plain.sentences());

    assertThat(quotedWords(odd)).containsExactly(
        List.of("Nous", "resterons", "engagés", "aux", "côtés", "de", "l’", "AES"),
        List.of("Nous", "verrons", "bien"),
        List.of("la", "coopération", "continue"),
        List.of("nous", "ne", "partirons", "pas"),
        List.of("une", "étape", "décisive"));

    for (Paragraph paragraph : odd.article().paragraphs()) {
      assertThat(text.substring(paragraph.start(), paragraph.end())).isEqualTo(paragraph.text());
    }
    for (Sentence sentence : odd.sentences()) {
      assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
      for (Token token : sentence.tokens()) {
        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
      }
    }
  }

  @Test
  void germanQuotesAndMismatchedPairs() {
    assertThat(QuoteSpans.find("Er sagte: „Wir bleiben.“ Dann ging er.")).containsExactly(new QuoteSpans.Range(10, 24));
    assertThat(QuoteSpans.find("„ok” und mehr")).containsExactly(new QuoteSpans.Range(0, 4));
    assertThat(QuoteSpans.find("“a\" b \"c” d")).containsExactly(new QuoteSpans.Range(0, 3), new QuoteSpans.Range(6, 9));
    assertThat(QuoteSpans.find("« a » b")).containsExactly(new QuoteSpans.Range(0, 5));
    assertThat(QuoteSpans.find("« a \" b » c")).containsExactly(new QuoteSpans.Range(0, 9));
  }

  /** A file name written decomposed (macOS) names the same outlet as the composed name in another file. */
  @Test
  void aDecomposedFileNameIsTheComposedOutlet() throws IOException {
    Path story = Files.createDirectories(dir.resolve("story"));
    String body = "La Russie a réaffirmé son soutien. Le ministre l’a dit.\n";
    Files.writeString(story.resolve(Normalizer.normalize("Le Télégramme.txt", Normalizer.Form.NFD)), body);
    Files.writeString(story.resolve("other.txt"), "---\noutlet: Autre\n---\n" + body);
    List<Article> articles = new CorpusReader(note -> { }).readStory(story).articles();
    assertThat(articles).extracting(Article::outlet).contains("Le Télégramme");

    // A second file of that outlet, its name composed in the front matter: one outlet with two files.
    Files.writeString(story.resolve("dup.txt"), "---\noutlet: Le Télégramme\n---\n" + body);
    List<Article> joined = new CorpusReader(note -> { }).readStory(story).articles();
    assertThat(joined).extracting(Article::outlet).containsExactly("Le Télégramme", "Autre");
    assertThat(joined.get(0).files()).extracting(part -> part.article().file().getFileName().toString())
        .containsExactly("dup.txt", Normalizer.normalize("Le Télégramme.txt", Normalizer.Form.NFD));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path story = Files.createDirectories(dir.resolve(name));
    Files.write(story.resolve("article.txt"), content);
    Files.writeString(story.resolve("other.txt"), "---\noutlet: Autre\n---\nTexte. Autre texte.\n");
    return story;
  }

  private static ParsedArticle parse(Path story) {
    return new LanguageLayer().parse(new CorpusReader(note -> { }).readStory(story)).articles().stream()
        .filter(a -> a.article().file().getFileName().toString().equals("article.txt")).findFirst().orElseThrow();
  }

  private static List<List<String>> quotedWords(ParsedArticle article) {
    return article.sentences().stream()
        .map(s -> s.tokens().stream().filter(t -> t.quoted() && t.isWord()).map(Token::text).toList())
        .toList();
  }
}
