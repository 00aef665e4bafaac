package dev.parallax.text;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's maximum-entropy POS tagger decoded greedily: one model evaluation per token, the best tag given the
 * tags already chosen, instead of {@code POSTaggerME}'s beam of three sequences (three evaluations per token).
 * Tagging was a third to a half of a run's CPU time; greedy decoding takes about 0.55 of the beam's CPU time, gives
 * the same tag on every one of the seed story's tokens and leaves the whole dev-set evaluation unchanged
 * (docs/performance.md).
 * Only for models whose tags are Universal Dependencies tags ({@link #supports}), so the tags are those
 * {@code new POSTaggerME(model)} gives. Not thread-safe: one per thread.
 */
final class GreedyPosTagger {
  private static final String MODEL_ENTRY = "pos.model";
  private final BeamSearch search;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  /** Whether the model's own tags are Universal Dependencies tags, which this tagger returns unconverted. */
  static boolean supports(POSModel model) {
    return POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
  }

  GreedyPosTagger(POSModel model) {
    MaxentModel maxent = model.getArtifact(MODEL_ENTRY);
    search = new BeamSearch(1, maxent);
    contexts = model.getFactory().getPOSContextGenerator(1);
    validator = model.getFactory().getSequenceValidator();
  }

  String[] tag(String[] words) {
    return search.bestSequence(words, null, contexts, validator).getOutcomes().toArray(new String[0]);
  }
}
