package dev.parallax.analysis.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sentence, one speaker, one statement: quoted fragments of one source in one sentence ("Nous continuerons …"
 * l'objectif "d'assurer …", a-t-elle dit) and the paraphrase around them are one attributed statement, as an
 * analyst counts them. The statement keeps the first quote when there is one (its words open the row), then the
 * other fragments after " […] ". Statements with no source in reach are never merged, nor a second act of saying
 * coordinated to the first.
 */
final class OneStatementPerSpeaker {
  private static final String GAP = " […] ";

  private OneStatementPerSpeaker() {
  }

  /**
   * @param ownStatements statements under a verb of saying of their own coordinated to the one before ("a dit « A »
   *     … et a même dit « B »"): a second act of saying, never merged
   */
  static List<Attribution> merge(List<Attribution> found, Set<Attribution> ownStatements) {
    // A statement that may not be merged is a group of its own, under a key nothing else shares.
    Map<Object, List<Attribution>> groups = new LinkedHashMap<>();
    for (Attribution a : found) {
      Object key = !a.speaker().known() || ownStatements.contains(a) ? new Object()
          : a.sentence() + "\t" + a.speaker().name() + "\t" + a.speaker().type();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    List<Attribution> merged = new ArrayList<>();
    groups.values().forEach(group -> merged.addAll(merged(group)));
    return merged;
  }

  /** The statements of one speaker in one sentence, as few as they can be merged into. */
  private static List<Attribution> merged(List<Attribution> statements) {
    List<Attribution> quotes = statements.stream().filter(Attribution::direct).toList();
    List<Attribution> kept = new ArrayList<>();
    List<Attribution> joined = new ArrayList<>(quotes);
    for (Attribution a : statements) {
      // A paraphrase that holds the quote is its frame; one beside it ("…said most houses were damaged. "Our…")
      // is a statement of its own.
      boolean holdsAQuote = quotes.stream().anyMatch(q -> a.quote().contains(q.quote()));
      if (!a.direct() && !quotes.isEmpty() && holdsAQuote) {
        joined.add(a);
      } else if (!a.direct()) {
        kept.add(a);
      }
    }
    if (!joined.isEmpty()) {
      kept.add(0, one(joined));
    }
    return kept;
  }

  private static Attribution one(List<Attribution> statements) {
    if (statements.size() == 1) {
      return statements.get(0);
    }
    Attribution first = statements.stream().filter(Attribution::direct).findFirst().orElse(statements.get(0));
    List<String> words = new ArrayList<>();
    words.add(first.quote());
    statements.stream().filter(a -> a != first && a.direct()).forEach(a -> words.add(a.quote()));
    Attribution framed = statements.stream().filter(a -> !a.verb().equals(Attribution.NO_VERB)).findFirst()
        .orElse(first);
    return new Attribution(first.sentence(), first.direct(), String.join(GAP, words), first.speaker(), framed.verb(),
        framed.stance());
  }
}
