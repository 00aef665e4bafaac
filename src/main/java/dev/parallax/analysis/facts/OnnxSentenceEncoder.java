package dev.parallax.analysis.facts;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A sentence-transformers model exported to ONNX, run with ONNX Runtime: a folder holding {@value #MODEL} and the
 * {@value #TOKENIZER} of HuggingFace tokenizers (read with DJL's binding). A sentence's vector is the mean of its
 * token vectors over the attention mask (what sentence-transformers' mean pooling does), scaled to unit length.
 *
 * <p>Sentences go through the model in batches of {@value #BATCH}, shortest first, so that a batch pads its
 * sentences to lengths close to each other.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {
  public static final String MODEL = "model.onnx";
  public static final String TOKENIZER = "tokenizer.json";
  /** Tokens read of one sentence: all-MiniLM-L6-v2 was trained on 256; a longer news sentence is rare. */
  static final int MAX_TOKENS = 256;
  private static final int BATCH = 32;
  private static final String IDS = "input_ids";
  private static final String MASK = "attention_mask";
  private static final String TYPES = "token_type_ids";

  private final Path folder;
  private final String prefix;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final String tokenOutput;

  private OnnxSentenceEncoder(Path folder, String prefix, OrtEnvironment environment, OrtSession session,
                              HuggingFaceTokenizer tokenizer, String tokenOutput) {
    this.folder = folder;
    this.prefix = prefix;
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.tokenOutput = tokenOutput;
  }

  /**
   * Loads the model and tokenizer of {@code folder}.
   *
   * @param prefix put before every sentence, for models trained with one (multilingual-e5: {@code "query: "})
   * @throws EncoderException when the folder, a file or the model cannot be used (the message names which)
   */
  public static OnnxSentenceEncoder load(Path folder, String prefix) {
    if (!Files.isDirectory(folder)) {
      throw new EncoderException(folder, Files.exists(folder)
          ? "is a file; --encoder takes a folder holding " + MODEL + " and " + TOKENIZER
          : "encoder folder not found");
    }
    Path model = requireFile(folder.resolve(MODEL), "the model exported to ONNX");
    Path tokenizerFile = requireFile(folder.resolve(TOKENIZER), "the model's HuggingFace tokenizer");
    HuggingFaceTokenizer tokenizer = tokenizer(tokenizerFile);
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session;
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        session = environment.createSession(model.toString(), options);
      }
      String output = tokenOutput(session, model);
      return new OnnxSentenceEncoder(folder, prefix, environment, session, tokenizer, output);
    } catch (OrtException | RuntimeException | LinkageError e) {
      tokenizer.close();
      if (e instanceof EncoderException encoderException) {
        throw encoderException;
      }
      throw new EncoderException(model, "ONNX Runtime cannot load it as a model: " + message(e));
    }
  }

  private static Path requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new EncoderException(file, "not found; the encoder folder must hold " + what + " under this name");
    }
    if (!Files.isReadable(file)) {
      throw new EncoderException(file, "cannot be read (permissions)");
    }
    return file;
  }

  private static HuggingFaceTokenizer tokenizer(Path file) {
    try {
      return HuggingFaceTokenizer.builder().optTokenizerPath(file).optMaxLength(MAX_TOKENS).optTruncation(true)
          .optPadding(true).build();
    } catch (IOException | RuntimeException | LinkageError e) {
      throw new EncoderException(file, "HuggingFace tokenizers cannot read it as a tokenizer: " + message(e));
    }
  }

  /** The model's output of one vector per token ([batch, tokens, dimensions]), checked with its inputs. */
  private static String tokenOutput(OrtSession session, Path model) throws OrtException {
    if (!session.getInputNames().containsAll(List.of(IDS, MASK))) {
      throw new EncoderException(model, "not a sentence-transformers model: its inputs are "
          + session.getInputNames() + ", not " + IDS + " and " + MASK);
    }
    for (Map.Entry<String, NodeInfo> output : session.getOutputInfo().entrySet()) {
      if (output.getValue().getInfo() instanceof TensorInfo tensor && tensor.getShape().length == 3) {
        return output.getKey();
      }
    }
    throw new EncoderException(model, "has no output of one vector per token (outputs: "
        + session.getOutputNames() + ")");
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public List<float[]> encode(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    List<Integer> order = IntStream.range(0, texts.size()).boxed()
        .sorted(Comparator.comparingInt(i -> texts.get(i).length())).toList();
    for (int start = 0; start < order.size(); start += BATCH) {
      List<Integer> batch = order.subList(start, Math.min(order.size(), start + BATCH));
      float[][] encoded = encodeBatch(batch.stream().map(i -> prefix + texts.get(i)).toList());
      for (int k = 0; k < batch.size(); k++) {
        vectors[batch.get(k)] = encoded[k];
      }
    }
    return Arrays.asList(vectors);
  }

  private float[][] encodeBatch(List<String> texts) {
    Encoding[] encodings = tokenizer.batchEncode(texts);
    long[][] ids = new long[encodings.length][];
    long[][] mask = new long[encodings.length][];
    long[][] types = new long[encodings.length][];
    for (int k = 0; k < encodings.length; k++) {
      ids[k] = encodings[k].getIds();
      mask[k] = encodings[k].getAttentionMask();
      types[k] = encodings[k].getTypeIds();
    }
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put(IDS, OnnxTensor.createTensor(environment, ids));
      inputs.put(MASK, OnnxTensor.createTensor(environment, mask));
      if (session.getInputNames().contains(TYPES)) {
        inputs.put(TYPES, OnnxTensor.createTensor(environment, types));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] tokens = (float[][][]) result.get(tokenOutput).orElseThrow().getValue();
        float[][] pooled = new float[tokens.length][];
        for (int k = 0; k < tokens.length; k++) {
          pooled[k] = unit(meanOverMask(tokens[k], mask[k]));
        }
        return pooled;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence encoder " + folder + " failed: " + message(e), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  static float[] meanOverMask(float[][] tokens, long[] mask) {
    float[] sum = new float[tokens[0].length];
    int counted = 0;
    for (int t = 0; t < tokens.length; t++) {
      if (mask[t] != 0) {
        counted++;
        for (int d = 0; d < sum.length; d++) {
          sum[d] += tokens[t][d];
        }
      }
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= Math.max(1, counted);
    }
    return sum;
  }

  static float[] unit(float[] vector) {
    double squares = 0;
    for (float x : vector) {
      squares += (double) x * x;
    }
    double norm = Math.max(Math.sqrt(squares), 1e-12);
    float[] unit = new float[vector.length];
    for (int d = 0; d < vector.length; d++) {
      unit[d] = (float) (vector[d] / norm);
    }
    return unit;
  }

  @Override
  public String description() {
    return folder + (prefix.isEmpty() ? "" : " (prefix \"" + prefix + "\")");
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      // Nothing is left to release that the process end does not.
    } finally {
      tokenizer.close();
    }
  }

}
