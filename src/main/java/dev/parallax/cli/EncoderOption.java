package dev.parallax.cli;

import dev.parallax.analysis.facts.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --encoder DIR} and its prefix, shared by compare and eval: an optional sentence encoder for the facts. */
final class EncoderOption {
  @Option(names = "--encoder", paramLabel = "DIR",
      description = "A sentence-transformers model exported to ONNX (DIR holds " + OnnxSentenceEncoder.MODEL + " and "
          + OnnxSentenceEncoder.TOKENIZER + "): its cosine joins the lexical similarity of the facts alignment. "
          + "Default: lexical alone. See README, Sentence encoder.")
  Path folder;

  @Option(names = "--encoder-prefix", paramLabel = "TEXT", defaultValue = "",
      description = "Put before every sentence the encoder reads, for a model trained with one "
          + "(multilingual-e5: \"query: \").")
  String prefix;

  /** The encoder, loaded before anything is read or written; empty without {@code --encoder}. */
  Optional<OnnxSentenceEncoder> load() {
    return folder == null ? Optional.empty() : Optional.of(OnnxSentenceEncoder.load(folder, prefix));
  }
}
