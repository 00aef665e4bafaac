package dev.parallax.analysis.facts;

import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.List;

/**
 * One statement of fact in an article: a sentence, or a clause of a sentence that carries several.
 *
 * @param id the sentence id, with {@code .k} appended when the sentence was split into clauses
 * @param start character offset of the claim's first token in the article
 * @param voice whose words these are: the author's, a quoted source's, or both (a sentence framing a quote)
 */
public record Claim(String id, Sentence sentence, int start, int end, String text, Voice voice, List<Token> tokens) {

  public enum Voice { AUTHOR, QUOTED, MIXED }

  public Claim {
    tokens = List.copyOf(tokens);
  }

  public String outlet() {
    return sentence.outlet();
  }

  public String sentenceId() {
    return sentence.id();
  }
}
