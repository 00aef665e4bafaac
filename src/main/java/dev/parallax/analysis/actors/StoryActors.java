package dev.parallax.analysis.actors;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Accents;
import dev.parallax.text.CountryNames;
import dev.parallax.text.Language;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The actors of one story (people, bodies, countries), found in its texts in every language under one name:
 * <ul>
 *   <li>proper-noun phrases of the POS tags ({@link NamePhrases}); a one-word phrase the story also writes in
 *       lowercase is a common noun with a capital ("Alliance", "Commission"), and a phrase written after a preposition
 *       in most of its mentions is a place or a circumstance ("à Marrakech", "province of Al Haouz", "échelle de
 *       Richter"), not an actor, unless it is a country;</li>
 *   <li>countries by their names in either language (the JDK's, {@link CountryNames}) and their demonyms
 *       ({@link Demonyms}): Maroc, Morocco, marocain and Moroccan are one actor, named in English;</li>
 *   <li>a person followed from the full name to the surname: a phrase that ends another, longer phrase is the same
 *       actor as the most mentioned such phrase ("Faye" of "Bassirou Diomaye Faye", "Macky Sall" of
 *       "President Macky Sall");</li>
 *   <li>an acronym with the name it abbreviates ("Banque centrale européenne (BCE)"), and acronyms of the two
 *       languages whose spelled-out names share their words' first letters (BCE, ECB);</li>
 *   <li>the aliases of the language's actors.txt, an optional hint.</li>
 * </ul>
 * An actor is kept when {@value #MIN_OUTLETS} outlets or {@value #MIN_MENTIONS} mentions name it, or when the hints
 * name it (the analyst asked for it).
 */
public final class StoryActors {
  /** Each language's country names as actor aliases ("Maroc" → Morocco), built once from the JDK's locale data. */
  private static final Map<String, Set<String>> STOPWORDS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, Map<String, String>> COUNTRY_ALIASES = new java.util.concurrent.ConcurrentHashMap<>();
  static final int MIN_OUTLETS = 2;
  static final int MIN_MENTIONS = 3;
  private static final int ACRONYM_MAX = 6;
  private static final int SIGNATURE_LETTERS = 3;

  private final AliasMatcher matcher;
  private final List<String> actors;
  private final Set<String> kept;

  private StoryActors(AliasMatcher matcher, List<String> actors) {
    this.matcher = matcher;
    this.actors = List.copyOf(actors);
    this.kept = Set.copyOf(actors);
  }

  /** The story's actors, those most outlets name first. */
  public List<String> actors() {
    return actors;
  }

  /** The mentions of the story's actors in a sentence, left to right. */
  public List<ActorSpan> find(Sentence sentence) {
    return matcher.find(sentence).stream().filter(s -> kept.contains(s.actor())).toList();
  }

  /**
   * The story's actors, found anew. The tone and the facts' conflicts share one finding of them per story through
   * {@link SharedActors}.
   */
  public static StoryActors of(ParsedStory story) {
    Candidates candidates = new Candidates(lowercaseWords(story));
    Map<String, String> hints = new HashMap<>();
    for (ParsedArticle article : story.articles()) {
      candidates.read(article);
      addHints(article.language(), hints);
    }
    Map<String, String> actorByAlias = candidates.actorByAlias(hints);
    for (ParsedArticle article : story.articles()) {
      addCountryNames(article.language(), actorByAlias);
    }
    AliasMatcher matcher = new AliasMatcher(actorByAlias);
    Map<String, Set<String>> outlets = new LinkedHashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    for (ParsedArticle article : story.articles()) {
      for (Sentence sentence : article.sentences()) {
        for (ActorSpan span : matcher.find(sentence)) {
          outlets.computeIfAbsent(span.actor(), a -> new HashSet<>()).add(article.outlet());
          mentions.merge(span.actor(), 1, Integer::sum);
        }
      }
    }
    Set<String> hinted = Set.copyOf(hints.values());
    List<String> actors = outlets.keySet().stream()
        .filter(a -> hinted.contains(a) || outlets.get(a).size() >= MIN_OUTLETS || mentions.get(a) >= MIN_MENTIONS)
        .sorted(Comparator.comparingInt((String a) -> outlets.get(a).size()).reversed()
            .thenComparing(Comparator.comparingInt((String a) -> mentions.get(a)).reversed())
            .thenComparing(Comparator.naturalOrder()))
        .toList();
    return new StoryActors(matcher, actors);
  }

  /** Words the story writes with no capital: a one-word "name" among them is a common noun opening a sentence. */
  private static Set<String> lowercaseWords(ParsedStory story) {
    Set<String> words = new HashSet<>();
    for (Sentence sentence : story.sentences()) {
      for (Token token : sentence.tokens()) {
        if (!token.text().isEmpty() && Character.isLowerCase(token.text().codePointAt(0))) {
          words.add(fold(token.text()));
        }
      }
    }
    return words;
  }

  private static void addCountryNames(Language language, Map<String, String> actorByAlias) {
    COUNTRY_ALIASES.computeIfAbsent(language.code(), code -> {
      Map<String, String> names = new HashMap<>(CountryNames.singleWordNames(code));
      names.putAll(CountryNames.multiWordNames(code));
      Map<String, String> aliases = new LinkedHashMap<>();
      names.keySet().stream().sorted().forEach(name -> CountryNames.englishName(name).ifPresent(english ->
          aliases.putIfAbsent(capitalise(name), titleCase(english))));
      return java.util.Collections.unmodifiableMap(aliases);
    }).forEach(actorByAlias::putIfAbsent);
  }

  private static void addHints(Language language, Map<String, String> actorByAlias) {
    for (Lexicon.Entry entry : language.lexicon("actors").map(Lexicon::entries).orElse(List.of())) {
      Arrays.stream(entry.field(1).split("\\|")).map(String::strip).filter(a -> !a.isEmpty())
          .forEach(alias -> actorByAlias.putIfAbsent(alias, entry.field(0)));
    }
  }

  /** The proper-noun phrases, acronyms and demonyms of the story, before they are grouped into actors. */
  private static final class Candidates {
    private final Set<String> lowercaseWords;
    /** Phrase key (folded words) → how it is written, how often, after a place preposition how often. */
    private final Map<String, PhraseStats> phrases = new LinkedHashMap<>();
    private final Map<String, String> expansionOfAcronym = new HashMap<>();
    private final Map<String, String> countryOfDemonym = new HashMap<>();

    Candidates(Set<String> lowercaseWords) {
      this.lowercaseWords = lowercaseWords;
    }

    void read(ParsedArticle article) {
      NamePhrases names = new NamePhrases(article.language(), lowercaseWords);
      Demonyms demonyms = Demonyms.of(article.language());
      Set<String> stopwords = STOPWORDS.computeIfAbsent(article.language().code(), code -> article.language()
          .lexicon("stopwords").map(l -> l.entries().stream().map(e -> e.field(0).toLowerCase(Locale.ROOT))
              .collect(Collectors.toUnmodifiableSet())).orElse(Set.of()));
      for (Sentence sentence : article.sentences()) {
        for (NamePhrases.Phrase phrase : names.in(sentence)) {
          if (phrase.to() - phrase.from() == 1 && demonyms.country(phrase.text()).isPresent()) {
            continue;
          }
          phrases.computeIfAbsent(key(phrase.text()), k -> new PhraseStats(phrase.text()))
              .add(phrase.afterPreposition());
          acronymExpansion(sentence, phrase, stopwords)
              .ifPresent(expansion -> expansionOfAcronym.putIfAbsent(phrase.text(), expansion));
        }
        for (Token token : sentence.tokens()) {
          demonyms.country(token.text()).flatMap(CountryNames::englishName)
              .ifPresent(country -> countryOfDemonym.putIfAbsent(token.text(), titleCase(country)));
        }
      }
    }

    /** "Banque centrale européenne (BCE)": the words before the bracket whose initials spell the acronym. */
    private static java.util.Optional<String> acronymExpansion(Sentence sentence, NamePhrases.Phrase phrase,
                                                              Set<String> stopwords) {
      String acronym = phrase.text();
      List<Token> tokens = sentence.tokens();
      if (phrase.to() - phrase.from() != 1 || acronym.length() > ACRONYM_MAX
          || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) || phrase.from() < 2
          || !tokens.get(phrase.from() - 1).text().equals("(")) {
        return java.util.Optional.empty();
      }
      StringBuilder initials = new StringBuilder();
      int first = -1;
      for (int j = phrase.from() - 2; j >= 0 && initials.length() < acronym.length(); j--) {
        Token token = tokens.get(j);
        if (!token.isWord()) {
          return java.util.Optional.empty();
        }
        if (stopwords.contains(token.lower()) && !Character.isUpperCase(token.text().codePointAt(0))) {
          continue;
        }
        initials.insert(0, Character.toUpperCase(token.text().charAt(0)));
        first = j;
      }
      if (first < 0 || !initials.toString().equals(acronym)
          || !Character.isUpperCase(tokens.get(first).text().codePointAt(0))) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(sentence.slice(tokens.get(first).start(), tokens.get(phrase.from() - 2).end()));
    }

    /**
     * Every alias (as written) with the name of the actor it stands for; a group holding an alias of the hints
     * takes the hint's actor name, and the hints' other aliases join.
     */
    Map<String, String> actorByAlias(Map<String, String> hints) {
      Map<String, String> hintByKey = new HashMap<>();
      hints.forEach((alias, actor) -> hintByKey.putIfAbsent(key(alias), actor));
      Groups groups = new Groups();
      List<String> names = new ArrayList<>();
      phrases.forEach((key, stats) -> {
        boolean commonNoun = !key.contains(" ") && lowercaseWords.contains(key);
        boolean country = CountryNames.englishName(stats.written).isPresent();
        if (country || (!commonNoun && !stats.mostlyPlace() && !isTitledName(key))) {
          names.add(key);
          groups.add(key);
        }
      });
      addSurnames(names, groups);
      followSurnames(names, groups);
      followClippings(names, groups);
      linkAcronyms(groups);
      Map<String, String> actorByAlias = new LinkedHashMap<>();
      for (List<String> group : groups.all()) {
        String actor = group.stream().map(hintByKey::get).filter(java.util.Objects::nonNull).findFirst()
            .orElseGet(() -> name(group));
        group.forEach(key -> {
          PhraseStats stats = phrases.get(key);
          actorByAlias.putIfAbsent(stats == null ? key : stats.written, actor);
        });
      }
      countryOfDemonym.forEach(actorByAlias::putIfAbsent);
      hints.forEach(actorByAlias::putIfAbsent);
      return actorByAlias;
    }

    /**
     * The last word of a name of several capitalised words, as a name of its own: where the tagger misreads a lone
     * surname ("said Faye had won" tagged as a pronoun) it is still the person; a word the story also writes in
     * lowercase ("bank" of "European Central Bank"), an acronym or a regnal number is no surname.
     */
    private void addSurnames(List<String> names, Groups groups) {
      for (String key : List.copyOf(names)) {
        String[] words = phrases.get(key).written.split(" ");
        String surname = words[words.length - 1];
        String surnameKey = key(surname);
        if (words.length < 2 || !Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))
            || lowercaseWords.contains(surnameKey) || phrases.containsKey(surnameKey) || isAcronym(surname)
            || surname.matches("[IVX]+") || surnameKey.contains(" ")) {
          continue;
        }
        phrases.put(surnameKey, new PhraseStats(surname));
        names.add(surnameKey);
        groups.add(surnameKey);
      }
    }

    /**
     * A one-word name that clips the first word of exactly one longer name is that name ("Fed" of "Federal
     * Reserve"); a name that already ends a longer one (a surname) is not looked at again.
     */
    private void followClippings(List<String> names, Groups groups) {
      for (String shorter : names) {
        if (shorter.contains(" ") || shorter.length() < SIGNATURE_LETTERS
            || isAcronym(phrases.get(shorter).written) || groups.group(shorter).size() > 1) {
          continue;
        }
        List<String> clipped = names.stream().filter(longer -> longer.contains(" ")
            && longer.substring(0, longer.indexOf(' ')).startsWith(shorter)
            && longer.indexOf(' ') > shorter.length()).map(groups::root).distinct().toList();
        if (clipped.size() == 1) {
          groups.union(shorter, clipped.get(0));
        }
      }
    }

    /**
     * "ECB President Christine Lagarde": a name, title words (words the story writes in lowercase), then another
     * name. It is no alias of its own, so that the body and the person are each found in it.
     */
    private boolean isTitledName(String key) {
      String[] words = key.split(" ");
      for (int i = 1; i < words.length - 1; i++) {
        String head = String.join(" ", Arrays.copyOfRange(words, 0, i));
        if (!phrases.containsKey(head) || lowercaseWords.contains(head)) {
          continue;
        }
        int j = i;
        while (j < words.length - 1 && lowercaseWords.contains(words[j])) {
          j++;
        }
        if (j > i && phrases.containsKey(String.join(" ", Arrays.copyOfRange(words, j, words.length)))) {
          return true;
        }
      }
      return false;
    }

    /** A phrase that ends longer phrases joins the most mentioned of them. */
    private void followSurnames(List<String> names, Groups groups) {
      for (String shorter : names) {
        names.stream().filter(longer -> longer.length() > shorter.length() && longer.endsWith(" " + shorter))
            .max(Comparator.comparingInt((String longer) -> phrases.get(longer).count))
            .ifPresent(longer -> groups.union(shorter, longer));
      }
    }

    private void linkAcronyms(Groups groups) {
      Map<String, String> acronymBySignature = new HashMap<>();
      expansionOfAcronym.forEach((acronym, expansion) -> {
        String acronymKey = key(acronym);
        String expansionKey = key(expansion);
        if (!groups.contains(acronymKey)) {
          return;
        }
        groups.add(expansionKey);
        phrases.putIfAbsent(expansionKey, new PhraseStats(expansion));
        groups.union(acronymKey, expansionKey);
        String signature = Arrays.stream(expansionKey.split(" ")).filter(w -> w.length() >= SIGNATURE_LETTERS)
            .map(w -> w.substring(0, SIGNATURE_LETTERS)).sorted().collect(Collectors.joining(" "));
        String other = acronymBySignature.putIfAbsent(signature, acronymKey);
        if (other != null) {
          groups.union(other, acronymKey);
        }
      });
    }

    /** A country's English name; else the most used acronym; else the most used name of several words. */
    private String name(List<String> group) {
      for (String key : group) {
        java.util.Optional<String> country = CountryNames.englishName(phrases.get(key).written);
        if (country.isPresent()) {
          return titleCase(country.get());
        }
      }
      Comparator<String> byUse = Comparator.comparingInt((String k) -> phrases.get(k).count).reversed()
          .thenComparingInt(k -> k.split(" ").length);
      List<String> acronyms = group.stream().filter(k -> isAcronym(phrases.get(k).written)).sorted(byUse).toList();
      if (!acronyms.isEmpty()) {
        return phrases.get(acronyms.get(0)).written;
      }
      return group.stream().filter(k -> k.contains(" ")).min(byUse).or(() -> group.stream().min(byUse))
          .map(k -> phrases.get(k).written).orElseThrow();
    }
  }

  private static final class PhraseStats {
    final String written;
    int count;
    int afterPlace;

    PhraseStats(String written) {
      this.written = written;
    }

    void add(boolean place) {
      count++;
      afterPlace += place ? 1 : 0;
    }

    boolean mostlyPlace() {
      return 2 * afterPlace > count;
    }
  }

  /** Phrase keys joined into actors (union-find over keys). */
  private static final class Groups {
    private final Map<String, String> parent = new LinkedHashMap<>();

    void add(String key) {
      parent.putIfAbsent(key, key);
    }

    boolean contains(String key) {
      return parent.containsKey(key);
    }

    List<String> group(String key) {
      String root = root(key);
      return parent.keySet().stream().filter(k -> root(k).equals(root)).toList();
    }

    String root(String key) {
      String root = key;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      return root;
    }

    void union(String a, String b) {
      String rootA = root(a);
      String rootB = root(b);
      if (!rootA.equals(rootB)) {
        parent.put(rootA, rootB);
      }
    }

    List<List<String>> all() {
      Map<String, List<String>> byRoot = new LinkedHashMap<>();
      parent.keySet().forEach(key -> byRoot.computeIfAbsent(root(key), r -> new ArrayList<>()).add(key));
      return List.copyOf(byRoot.values());
    }
  }

  private static boolean isAcronym(String text) {
    return text.length() >= 2 && text.length() <= ACRONYM_MAX && text.chars().allMatch(Character::isLetter)
        && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /** Lowercase words without accents, one space apart: "Sénégal" and "Senegal", "Lagarde" in both languages. */
  static String key(String text) {
    return Arrays.stream(fold(text).split("[\\s'’-]+")).filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
  }

  static String fold(String text) {
    return Accents.fold(text);
  }

  private static String capitalise(String name) {
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static String titleCase(String name) {
    return Arrays.stream(name.split(" ")).map(StoryActors::capitalise).collect(Collectors.joining(" "));
  }
}
