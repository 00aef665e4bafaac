package dev.parallax.analysis.facts;

import java.util.List;

/**
 * Turns sentences into vectors of unit length, so that the dot product of two is their cosine similarity: a
 * sentence-transformers model ({@link OnnxSentenceEncoder}), optional beside the lexical alignment.
 */
public interface SentenceEncoder {
  /** One unit vector per text, in the order of the texts. */
  List<float[]> encode(List<String> texts);

  /** What the About sheet names: the model's folder and any prefix. */
  String description();
}
