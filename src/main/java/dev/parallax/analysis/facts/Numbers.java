package dev.parallax.analysis.facts;

import dev.parallax.text.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as one value whatever the language writes: French "1.037", "1 037" and English "1,037" are 1037, French
 * "54,28" and English "54.28" are 54.28. A separator followed by exactly three digits groups thousands (both
 * languages write thousands so: a decimal with three places is rare in news), any other separator is the decimal
 * mark; "0.125" keeps its decimal reading because no number groups a zero.
 */
final class Numbers {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\\u00A0\\u202F ]\\d+)*");
  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
  private static final Pattern SHORT_GROUP = Pattern.compile("\\d{1,3}");

  private Numbers() {
  }

  /** The number's value as plain digits with a point for the decimal mark, or empty when the text is no number. */
  static Optional<String> canonical(String text) {
    if (!NUMBER.matcher(text).matches()) {
      return Optional.empty();
    }
    String[] parts = text.split("[.,\\u00A0\\u202F ]");
    StringBuilder integer = new StringBuilder(parts[0]);
    String decimals = "";
    for (int k = 1; k < parts.length; k++) {
      boolean grouping = parts[k].length() == 3 && !parts[0].equals("0");
      if (grouping && decimals.isEmpty()) {
        integer.append(parts[k]);
      } else if (k == parts.length - 1 && decimals.isEmpty()) {
        decimals = parts[k];
      } else {
        return Optional.empty();
      }
    }
    BigDecimal value = new BigDecimal(decimals.isEmpty() ? integer.toString() : integer + "." + decimals);
    return Optional.of(value.stripTrailingZeros().toPlainString());
  }

  /** A number of one to three digits at {@code i} followed, one space on, by a group of three digits ("1 037"). */
  static boolean isSpacedThousands(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && SHORT_GROUP.matcher(tokens.get(i).text()).matches()
        && groupFollows(tokens, i);
  }

  /** The index after the last three-digit group of a spaced number starting at {@code i}. */
  static int spacedEnd(List<Token> tokens, int i) {
    int j = i;
    while (j + 1 < tokens.size() && groupFollows(tokens, j)) {
      j++;
    }
    return j + 1;
  }

  private static boolean groupFollows(List<Token> tokens, int j) {
    Token next = tokens.get(j + 1);
    return next.start() == tokens.get(j).end() + 1 && THREE_DIGITS.matcher(next.text()).matches()
        || next.start() == tokens.get(j).end() + 1 && next.text().matches("\\d{3}[.,]\\d+");
  }

  static String join(List<Token> tokens) {
    return String.join(" ", tokens.stream().map(Token::text).toList());
  }
}
