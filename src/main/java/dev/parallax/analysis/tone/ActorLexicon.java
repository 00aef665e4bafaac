package dev.parallax.analysis.tone;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of a story and their aliases (actors.txt), found in sentences case-insensitively on word boundaries,
 * the longest alias first.
 */
final class ActorLexicon {
  private final List<String> actors;
  private final Map<String, String> actorByAlias;
  /** Aliases (normalised) by their first character, longest first. */
  private final Map<Character, List<String>> aliasesByFirstChar;

  private ActorLexicon(List<String> actors, Map<String, String> actorByAlias) {
    this.actors = List.copyOf(actors);
    this.actorByAlias = Map.copyOf(actorByAlias);
    Map<Character, List<String>> byFirst = new HashMap<>();
    actorByAlias.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(alias -> byFirst.computeIfAbsent(alias.charAt(0), c -> new ArrayList<>()).add(alias));
    byFirst.replaceAll((c, aliases) -> List.copyOf(aliases));
    this.aliasesByFirstChar = Map.copyOf(byFirst);
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
    List<ActorMention> mentions = new ArrayList<>();
    String text = LanguageLayer.normalise(sentence.text());
    int i = 0;
    while (i < text.length()) {
      String alias = aliasAt(text, i);
      if (alias == null) {
        i++;
        continue;
      }
      int end = i + alias.length();
      int from = tokenAt(sentence, sentence.start() + i);
      int to = tokenAt(sentence, sentence.start() + end - 1) + 1;
      if (from >= 0 && to > from) {
        Token first = sentence.tokens().get(from);
        mentions.add(new ActorMention(sentence, actorByAlias.get(alias), sentence.text().substring(i, end), from,
            to, first.quoted()));
      }
      i = end;
    }
    return mentions;
  }

  /**
   * The longest alias that starts at {@code i} on word boundaries (no letter or digit just before or just after),
   * or null: the leftmost-longest reading a regular expression of the aliases, longest first, would give.
   */
  private String aliasAt(String text, int i) {
    List<String> candidates = aliasesByFirstChar.get(text.charAt(i));
    if (candidates == null || (i > 0 && isWordChar(text.codePointBefore(i)))) {
      return null;
    }
    for (String alias : candidates) {
      int end = i + alias.length();
      if (text.startsWith(alias, i) && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
        return alias;
      }
    }
    return null;
  }

  private static boolean isWordChar(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
