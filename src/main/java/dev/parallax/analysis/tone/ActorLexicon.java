package dev.parallax.analysis.tone;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The actors of a story and their aliases (actors.txt), found in sentences case-insensitively on word boundaries,
 * the longest alias first.
 */
final class ActorLexicon {
  private final List<String> actors;
  private final Map<String, String> actorByAlias;
  private final Pattern pattern;

  private ActorLexicon(List<String> actors, Map<String, String> actorByAlias) {
    this.actors = List.copyOf(actors);
    this.actorByAlias = Map.copyOf(actorByAlias);
    String alternation = actorByAlias.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
    this.pattern = alternation.isEmpty() ? null
        : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }

  static ActorLexicon of(Language language) {
    List<String> actors = new ArrayList<>();
    Map<String, String> byAlias = new LinkedHashMap<>();
    for (Lexicon.Entry entry : language.lexicon("actors").map(Lexicon::entries).orElse(List.of())) {
      actors.add(entry.field(0));
      Arrays.stream(entry.field(1).split("\\|")).map(String::strip).filter(a -> !a.isEmpty())
          .forEach(alias -> byAlias.putIfAbsent(LanguageLayer.normalise(alias), entry.field(0)));
    }
    return new ActorLexicon(actors, byAlias);
  }

  /** Every actor of the list, in list order. */
  List<String> actors() {
    return actors;
  }

  List<ActorMention> find(Sentence sentence) {
    if (pattern == null) {
      return List.of();
    }
    List<ActorMention> mentions = new ArrayList<>();
    Matcher matcher = pattern.matcher(LanguageLayer.normalise(sentence.text()));
    while (matcher.find()) {
      int from = tokenAt(sentence, sentence.start() + matcher.start());
      int to = tokenAt(sentence, sentence.start() + matcher.end() - 1) + 1;
      if (from < 0 || to <= from) {
        continue;
      }
      Token first = sentence.tokens().get(from);
      mentions.add(new ActorMention(sentence, actorByAlias.get(matcher.group()),
          sentence.text().substring(matcher.start(), matcher.end()), from, to, first.quoted()));
    }
    return mentions;
  }

  private static int tokenAt(Sentence sentence, int offset) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
        return i;
      }
    }
    return -1;
  }
}
