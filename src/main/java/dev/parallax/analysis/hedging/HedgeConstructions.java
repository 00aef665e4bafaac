package dev.parallax.analysis.hedging;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constructions of hedge-constructions.txt in which a listed one-word cue does not hedge a claim: the month
 * "May", "would" of a reported future ("said it would open"), a cue before words of ability or plan ("could be
 * seen", "would be held"), "appeared" before a preposition of place.
 */
final class HedgeConstructions {
  static final String MONTH = "month";
  static final String AFTER_REPORTING_VERB = "after-reporting-verb";
  static final String BEFORE = "before";
  static final String NEXT = "next";

  /** How far back a reporting verb can govern the cue: "emphasized that the central bank would" is five words. */
  private static final int REPORTING_REACH = 8;
  /** How far ahead the words of a "before" construction can come: "could not be seen" is three words. */
  private static final int BEFORE_REACH = 3;

  private record Rule(String construction, Set<String> words) {
  }

  private final Map<String, List<Rule>> rulesByCue = new HashMap<>();
  private final Set<String> reportingForms = new HashSet<>();

  private HedgeConstructions() {
  }

  static HedgeConstructions forLanguage(Language language) {
    HedgeConstructions constructions = new HedgeConstructions();
    language.lexicon("hedge-constructions").ifPresent(lexicon -> {
      for (Lexicon.Entry entry : lexicon.entries()) {
        Set<String> words = entry.field(2).equals("-") ? Set.of() : Set.of(entry.field(2).split(","));
        constructions.rulesByCue.computeIfAbsent(entry.field(0), k -> new ArrayList<>())
            .add(new Rule(entry.field(1), words));
      }
    });
    language.lexicon("reporting-verbs").ifPresent(lexicon -> lexicon.entries()
        .forEach(e -> constructions.reportingForms.addAll(Arrays.asList(e.field(2).split(",")))));
    return constructions;
  }

  /** True when the one-word cue at {@code i} stands in a construction where it hedges nothing. */
  boolean excludes(List<Token> tokens, int i) {
    for (Rule rule : rulesByCue.getOrDefault(tokens.get(i).lower(), List.of())) {
      boolean applies = switch (rule.construction()) {
        case MONTH -> month(tokens, i);
        case AFTER_REPORTING_VERB -> afterReportingVerb(tokens, i);
        case BEFORE -> before(tokens, i, rule.words());
        case NEXT -> i + 1 < tokens.size() && rule.words().contains(tokens.get(i + 1).lower());
        default -> throw new IllegalStateException("hedge-constructions.txt: unknown construction "
            + rule.construction());
      };
      if (applies) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised inside the sentence ("published May 28"), or next to a number ("31 May"). */
  private static boolean month(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    boolean capitalised = Character.isUpperCase(token.text().codePointAt(0));
    boolean firstWord = tokens.subList(0, i).stream().noneMatch(Token::isWord);
    return capitalised && !firstWord
        || i + 1 < tokens.size() && HedgeFinder.isNumber(tokens.get(i + 1))
        || i > 0 && HedgeFinder.isNumber(tokens.get(i - 1));
  }

  /** A reporting verb earlier in the same clause and voice: no punctuation, no quote mark in between. */
  private boolean afterReportingVerb(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - REPORTING_REACH); k--) {
      Token token = tokens.get(k);
      if (!token.isWord() || token.quoted() != tokens.get(i).quoted()) {
        return false;
      }
      if (reportingForms.contains(token.lower()) && !token.pos().equals("NOUN")) {
        return true;
      }
    }
    return false;
  }

  private static boolean before(List<Token> tokens, int i, Set<String> words) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + BEFORE_REACH); k++) {
      if (!tokens.get(k).isWord()) {
        return false;
      }
      if (words.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }
}
