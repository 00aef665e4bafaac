package dev.parallax.group;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The steps of public life an article's lead reports (an appointment, a swearing-in, a resignation, a
 * postponement), from {@code lexicons/<lang>/event-kinds.txt}. A news article states its event in its lead and
 * recalls earlier events further down: the report of a prime minister's appointment recalls the election results,
 * names the same people and gives the same scores, but its lead reports an appointment and theirs does not.
 */
final class LeadEvents {
  private static final Map<String, Map<String, String>> KINDS = Lexicon.languages().stream()
      .collect(Collectors.toUnmodifiableMap(language -> language, LeadEvents::kinds));

  private LeadEvents() {
  }

  private static Map<String, String> kinds(String language) {
    return Lexicon.forLanguage(language, "event-kinds").stream()
        .flatMap(list -> list.entries().stream())
        .collect(Collectors.toUnmodifiableMap(e -> CanonicalKeys.plain(e.field(0)), e -> e.field(1), (x, y) -> x));
  }

  /** The kinds of event the lead reports. */
  static Set<String> of(List<Sentence> sentences, String language) {
    Map<String, String> kinds = KINDS.getOrDefault(language, Map.of());
    Set<String> found = new TreeSet<>();
    lead(sentences).ifPresent(lead -> lead.tokens().forEach(token -> {
      String kind = kinds.get(CanonicalKeys.plain(token.text()));
      if (kind != null) {
        found.add(kind);
      }
    }));
    return found;
  }

  /** The first sentence with a verb: a byline ("By Biran Gaye") or a dateline ("London CNN —") is not the lead. */
  static Optional<Sentence> lead(List<Sentence> sentences) {
    return sentences.stream().filter(sentence -> sentence.tokens().stream().anyMatch(Token::isVerb)).findFirst();
  }

  /** The two leads report different steps: one reports a step the other does not share, and they share none. */
  static boolean differ(Set<String> first, Set<String> second) {
    return !(first.isEmpty() && second.isEmpty()) && first.stream().noneMatch(second::contains);
  }
}
