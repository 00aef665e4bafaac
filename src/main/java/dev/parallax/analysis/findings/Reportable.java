package dev.parallax.analysis.findings;

import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.List;

/**
 * Whether a line can be the subject of "only X reports …": a statement of the story, not a heading, a question, a
 * framing label ("Why it matters:", "The big picture:"), a line with no verb, or a short line that names no one and
 * nothing countable ("Voici ce que l'on sait de cette catastrophe.").
 */
final class Reportable {
  /** A label is a few words before a colon at the head of the line. */
  private static final int MAX_LABEL_WORDS = 5;
  /** Below this many words a line must name someone or give a number to be a fact of its own. */
  private static final int MIN_BARE_WORDS = 10;

  private Reportable() {
  }

  static boolean isStatement(Sentence sentence) {
    String text = sentence.text().strip();
    return !sentence.heading() && !text.endsWith("?") && !text.endsWith(":") && !opensWithLabel(sentence.tokens())
        && hasVerb(sentence.tokens()) && (sentence.wordCount() >= MIN_BARE_WORDS || namesOrCounts(sentence.tokens()));
  }

  /**
   * "Why it matters: Some…", "State of play: The ECB cut…": up to five words, then a colon that does not open a
   * quotation (a speaker's words after "Lagarde a déclaré :" are a statement, not a label).
   */
  static boolean opensWithLabel(List<Token> tokens) {
    int words = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.text().equals(":")) {
        return words > 0 && (i + 1 == tokens.size() || !tokens.get(i + 1).quoted() && !isQuoteMark(tokens.get(i + 1)));
      }
      if (token.isWord()) {
        if (++words > MAX_LABEL_WORDS) {
          return false;
        }
      } else if (!token.text().equals("'") && !token.text().equals("’")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isQuoteMark(Token token) {
    return token.text().matches("[\"«“„‘'»”]");
  }

  /** True also when the language has no tagger: nothing then says the line lacks a verb. */
  private static boolean hasVerb(List<Token> tokens) {
    boolean tagged = tokens.stream().anyMatch(t -> t.isWord() && !t.pos().equals("X"));
    return !tagged || tokens.stream().anyMatch(Token::isVerb);
  }

  private static boolean namesOrCounts(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).isProperNoun() || tokens.get(i).text().chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }
}
