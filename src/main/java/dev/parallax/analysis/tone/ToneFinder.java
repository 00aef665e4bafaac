package dev.parallax.analysis.tone;

import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the evaluative and loaded words of a sentence, with the intensifiers and negators that modify them.
 *
 * <p>Intensifiers apply when they stand just before the word ("très fort", "ont fermement condamné"), or just
 * after it when it is a verb ("condamnent fermement"). A negator applies to the first evaluative word that
 * follows it in the same clause within {@link #NEGATION_REACH} tokens ("n'ont pas condamné"); a negation is used
 * once, and the second half of "ne ... pas" right after the negated verb does not negate again.
 */
final class ToneFinder {
  static final int NEGATION_REACH = 4;

  private final ToneLexicon lexicon;

  ToneFinder(ToneLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<ToneWord> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<ToneWord> found = new ArrayList<>();
    int negatorAt = -1;
    int negationUsedAt = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (Clauses.isBoundary(token)) {
        negatorAt = -1;
        continue;
      }
      if (lexicon.isNegator(token)) {
        if (i - negationUsedAt > 2) {
          negatorAt = i;
        }
        continue;
      }
      // A degree word is never itself the evaluation, even when its stem matches one (fermement, fermé).
      Optional<ToneEntry> entry = lexicon.intensifierAt(tokens, i).isPresent() ? Optional.empty()
          : lexicon.match(tokens, i);
      if (entry.isEmpty() || isName(token, entry.get())) {
        continue;
      }
      int end = i + entry.get().stems().size();
      boolean negated = negatorAt >= 0 && i - negatorAt <= NEGATION_REACH;
      found.add(occurrence(sentence, i, end, entry.get(), negated ? tokens.get(negatorAt) : null));
      if (negated) {
        negatorAt = -1;
        negationUsedAt = end - 1;
      }
      i = end - 1;
    }
    return found;
  }

  /**
   * A capitalised proper noun is a name, not an evaluation, even when its lemma is a tone word: "France" is not
   * "franc" (frank), "Hope" in a name is no hope.
   */
  private static boolean isName(Token token, ToneEntry entry) {
    return entry.stems().size() == 1 && token.isProperNoun() && Character.isUpperCase(token.text().codePointAt(0));
  }

  private ToneWord occurrence(Sentence sentence, int from, int to, ToneEntry entry, Token negator) {
    List<Token> tokens = sentence.tokens();
    List<String> modifiers = new ArrayList<>();
    double factor = 1;
    int before = from;
    Optional<ToneLexicon.Intensifier> intensifier;
    while ((intensifier = lexicon.intensifierEndingAt(tokens, before)).isPresent()) {
      factor *= intensifier.get().factor();
      before -= intensifier.get().words().size();
      modifiers.add(0, String.join(" ", intensifier.get().words()));
    }
    if (tokens.get(to - 1).isVerb()) {
      Optional<ToneLexicon.Intensifier> after = lexicon.intensifierAt(tokens, to);
      if (after.isPresent()) {
        factor *= after.get().factor();
        modifiers.add(String.join(" ", after.get().words()));
      }
    }
    if (negator != null) {
      modifiers.add(0, negator.text());
    }
    Token first = tokens.get(from);
    String word = sentence.slice(first.start(), tokens.get(to - 1).end());
    return new ToneWord(sentence, from, to, word, entry, factor, negator != null, modifiers, first.quoted(), "");
  }
}
