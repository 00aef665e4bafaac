package dev.parallax.lexicon;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The lists Parallax ships, with the number of fields on each line. Listed here, not discovered by scanning. */
final class Catalogue {
  static final Map<String, Integer> PER_LANGUAGE = Map.ofEntries(
      Map.entry("abbreviations", 1),
      Map.entry("hedges", 2),
      Map.entry("hedge-constructions", 3),
      Map.entry("conditional-endings", 1),
      Map.entry("not-conditional", 1),
      Map.entry("reporting-verbs", 3),
      Map.entry("source-types", 2),
      Map.entry("attribution-markers", 2),
      Map.entry("pronouns", 3),
      Map.entry("polarity", 3),
      Map.entry("loaded", 3),
      Map.entry("intensifiers", 2),
      Map.entry("negators", 1),
      Map.entry("actors", 2),
      Map.entry("stopwords", 1),
      Map.entry("dates", 3),
      Map.entry("event-kinds", 2),
      Map.entry("concepts", 2),
      Map.entry("place-prepositions", 1),
      Map.entry("lemma-tags", 2),
      Map.entry("wordnet-bridge", 2),
      Map.entry("number-words", 3),
      Map.entry("demonym-suffixes", 1),
      Map.entry("possessives", 1));

  static final List<String> LANGUAGES = List.of("fr", "en");

  static final String BOILERPLATE = "corpus/boilerplate.txt";
  static final String CREDIT_CUES = "corpus/credit-cues.txt";
  static final String WIRE_AGENCIES = "corpus/wire-agencies.txt";

  /** The corpus reader's lists: it runs before an article's language is known, so they hold every language. */
  static final Map<String, Integer> CORPUS = Map.of(BOILERPLATE, 2, CREDIT_CUES, 2, WIRE_AGENCIES, 2);

  static final List<String> PATHS = Stream.concat(
          LANGUAGES.stream().flatMap(lang -> PER_LANGUAGE.keySet().stream().sorted()
              .map(name -> "lexicons/" + lang + "/" + name + ".txt")),
          Stream.of(BOILERPLATE, CREDIT_CUES, WIRE_AGENCIES))
      .toList();

  private Catalogue() {
  }

  static int fieldCount(String path) {
    if (CORPUS.containsKey(path)) {
      return CORPUS.get(path);
    }
    String name = path.substring(path.lastIndexOf('/') + 1).replace(".txt", "");
    return PER_LANGUAGE.get(name);
  }
}
