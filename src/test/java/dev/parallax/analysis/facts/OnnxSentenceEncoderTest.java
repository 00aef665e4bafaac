package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ONNX sentence encoder on the English all-MiniLM-L6-v2 model: its vectors are langchain4j's own embedding of the
 * same sentence (same mean pooling over the attention mask, same unit length), paraphrases of one fact from the
 * development set's English articles score higher than sentences of other facts, and a folder it cannot use is
 * refused with the path named.
 */
class OnnxSentenceEncoderTest {
  // ECB rate cut of June 2024, one fact (gold F01): axios.com and cirocc.best.
  private static final String ECB_AXIOS = "The European Central Bank on Thursday lowered interest rates for the first "
      + "time in nearly five years, taking the rare step of front-running the U.S. Federal Reserve.";
  private static final String ECB_CNN = "The European Central Bank cut interest rates Thursday, moving before the US "
      + "Federal Reserve and the Bank of England to lower borrowing costs as inflation recedes following years of "
      + "rate hikes.";
  // Another fact of the same story (businesstrendstoday.com).
  private static final String ECB_OUTLOOK = "But she did not give a strong indication of how many more times or how "
      + "soon the bank might cut rates again.";
  // Morocco earthquake of September 2023, one fact (gold F02): zawya.com and indiatodayne.in.
  private static final String QUAKE_ZAWYA = "The magnitude 7.2 quake struck in Morocco's High Atlas mountains late on "
      + "Friday night.";
  private static final String QUAKE_INDIA = "A 6.8-magnitude earthquake hit Morocco Friday at 11:11 p.m. local time "
      + "(2211 GMT) at a depth of 18.5 km, said the United States Geological Survey.";
  // Another fact of the same story (zawya.com).
  private static final String QUAKE_MINARET = "A mosque minaret had fallen in Jemaa al-Fna Square, the heart of "
      + "Marrakech's old city, a UNESCO World Heritage site.";

  @TempDir
  static Path dir;
  static OnnxSentenceEncoder encoder;

  @BeforeAll
  static void load() {
    encoder = OnnxSentenceEncoder.load(MiniLm.folder(dir.resolve("minilm")), "");
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void vectorsAreLangchain4jsEmbeddingOfTheSameSentence() {
    AllMiniLmL6V2EmbeddingModel reference = new AllMiniLmL6V2EmbeddingModel();
    List<String> sentences = List.of(ECB_AXIOS, QUAKE_INDIA, QUAKE_ZAWYA);
    List<float[]> ours = encoder.encode(sentences);
    for (int k = 0; k < sentences.size(); k++) {
      float[] theirs = reference.embed(sentences.get(k)).content().vector();
      assertThat(ours.get(k)).hasSize(384).containsExactly(theirs, org.assertj.core.data.Offset.offset(1e-4f));
    }
  }

  @Test
  void vectorsHaveUnitLengthAndKeepTheOrderOfTheTexts() {
    List<float[]> batch = encoder.encode(List.of(ECB_CNN, QUAKE_ZAWYA, ECB_OUTLOOK));
    assertThat(norm(batch.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    // Batches are sorted by length inside; each vector must still come back at its text's place.
    assertThat(batch.get(1)).containsExactly(encoder.encode(List.of(QUAKE_ZAWYA)).get(0),
        org.assertj.core.data.Offset.offset(1e-5f));
    assertThat(batch.get(2)).containsExactly(encoder.encode(List.of(ECB_OUTLOOK)).get(0),
        org.assertj.core.data.Offset.offset(1e-5f));
  }

  @Test
  void paraphrasesOfOneFactScoreHigherThanSentencesOfAnotherFact() {
    assertThat(cosine(ECB_AXIOS, ECB_CNN)).isGreaterThan(cosine(ECB_AXIOS, ECB_OUTLOOK))
        .isGreaterThan(cosine(ECB_CNN, ECB_OUTLOOK)).isGreaterThan(cosine(ECB_AXIOS, QUAKE_ZAWYA));
    assertThat(cosine(QUAKE_ZAWYA, QUAKE_INDIA)).isGreaterThan(cosine(QUAKE_ZAWYA, QUAKE_MINARET))
        .isGreaterThan(cosine(QUAKE_INDIA, QUAKE_MINARET)).isGreaterThan(cosine(QUAKE_INDIA, ECB_CNN));
  }

  @Test
  void aMissingFolderIsRefusedWithItsPath() {
    Path nowhere = dir.resolve("nowhere");
    assertThatThrownBy(() -> OnnxSentenceEncoder.load(nowhere, ""))
        .isInstanceOf(EncoderException.class).hasMessage(nowhere + ": encoder folder not found");
  }

  @Test
  void aFolderWithoutModelOrTokenizerIsRefusedNamingTheMissingFile() throws IOException {
    Path noModel = Files.createDirectories(dir.resolve("no-model"));
    MiniLm.copy(MiniLm.JAR_TOKENIZER, noModel.resolve(OnnxSentenceEncoder.TOKENIZER));
    assertThatThrownBy(() -> OnnxSentenceEncoder.load(noModel, ""))
        .isInstanceOf(EncoderException.class).hasMessageStartingWith(noModel.resolve("model.onnx") + ": not found");

    Path noTokenizer = Files.createDirectories(dir.resolve("no-tokenizer"));
    Files.createSymbolicLink(noTokenizer.resolve(OnnxSentenceEncoder.MODEL), dir.resolve("minilm/model.onnx"));
    assertThatThrownBy(() -> OnnxSentenceEncoder.load(noTokenizer, ""))
        .isInstanceOf(EncoderException.class)
        .hasMessageStartingWith(noTokenizer.resolve("tokenizer.json") + ": not found");
  }

  @Test
  void aModelOnnxRuntimeCannotReadIsRefusedNamingIt() throws IOException {
    Path broken = Files.createDirectories(dir.resolve("broken"));
    MiniLm.copy(MiniLm.JAR_TOKENIZER, broken.resolve(OnnxSentenceEncoder.TOKENIZER));
    Files.writeString(broken.resolve(OnnxSentenceEncoder.MODEL), "not a model");
    assertThatThrownBy(() -> OnnxSentenceEncoder.load(broken, ""))
        .isInstanceOf(EncoderException.class)
        .hasMessageStartingWith(broken.resolve("model.onnx") + ": ONNX Runtime cannot load it as a model");
  }

  @Test
  void aTokenizerFileThatIsNotJsonIsRefusedNamingIt() throws IOException {
    Path broken = Files.createDirectories(dir.resolve("bad-tokenizer"));
    Files.createSymbolicLink(broken.resolve(OnnxSentenceEncoder.MODEL), dir.resolve("minilm/model.onnx"));
    Files.writeString(broken.resolve(OnnxSentenceEncoder.TOKENIZER), "{ not json");
    assertThatThrownBy(() -> OnnxSentenceEncoder.load(broken, ""))
        .isInstanceOf(EncoderException.class)
        .hasMessageStartingWith(broken.resolve("tokenizer.json") + ": HuggingFace tokenizers cannot read it");
  }

  private static double cosine(String a, String b) {
    List<float[]> vectors = encoder.encode(List.of(a, b));
    double dot = 0;
    for (int d = 0; d < vectors.get(0).length; d++) {
      dot += (double) vectors.get(0)[d] * vectors.get(1)[d];
    }
    return dot;
  }

  private static double norm(float[] vector) {
    double squares = 0;
    for (float x : vector) {
      squares += (double) x * x;
    }
    return Math.sqrt(squares);
  }
}
