package dev.parallax.group;

import dev.parallax.corpus.Paragraph;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What event an article reports, as the grouping compares it: its dates, the names it mentions (proper-noun
 * tokens), its numbers other than years, and its wording (the stems of its content words, counted), the last three
 * also in keys two languages share (see {@link CanonicalKeys}).
 *
 * @param language the article's language code; wording is compared only between articles of one language
 * @param published the publication date (front matter, else a date in the article's address), when known
 * @param dates the dates of the event: the publication date and the full dates the text gives, without those of
 *     past events it recalls
 * @param names proper nouns in canonical form, with how many times each occurs
 * @param numbers numbers in canonical form ("54.28", "1037")
 * @param cognates the first letters of the content words, counted, to compare wording across languages
 * @param spellings each canonical name as the article first writes it (lowercase), to name its story in its words
 * @param leadEvents the kinds of event its lead reports (appointment, swearing-in…), see {@link LeadEvents}
 * @param leadWording the stems of the lead's common nouns, verbs and adjectives (no names, no numbers): the words
 *     that say what happened
 */
record ArticleProfile(Path file, String outlet, String language, Optional<LocalDate> published, Set<LocalDate> dates,
                      Map<String, Integer> names, Set<String> numbers, Map<CharSequence, Integer> wording,
                      Map<CharSequence, Integer> cognates, Map<String, String> spellings, Set<String> leadEvents,
                      Map<CharSequence, Integer> leadWording) {

  private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM");
  private static final Set<String> EVENT_WORDS = Set.of("NOUN", "VERB", "ADJ");
  private static final int MIN_STEM = 3;
  /** A written date more than this before the article's own time is a past event it recalls. */
  private static final int BACKGROUND_DAYS = 365;

  ArticleProfile {
    dates = Set.copyOf(dates);
    names = Map.copyOf(names);
    numbers = Set.copyOf(numbers);
    wording = Map.copyOf(wording);
    cognates = Map.copyOf(cognates);
    spellings = Map.copyOf(spellings);
    leadEvents = Set.copyOf(leadEvents);
    leadWording = Map.copyOf(leadWording);
  }

  /** A profile of one language, without publication date or cognates: what the rule tests build by hand. */
  ArticleProfile(Path file, String outlet, Set<LocalDate> dates, Map<String, Integer> names, Set<String> numbers,
                 Map<CharSequence, Integer> wording) {
    this(file, outlet, "fr", Optional.empty(), dates, names, numbers, wording, Map.of(), Map.of(), Set.of(), Map.of());
  }

  static ArticleProfile of(ParsedArticle article) {
    String language = article.language().code();
    Optional<LocalDate> published = article.article().metadata().date()
        .or(() -> article.article().metadata().url().flatMap(DateMentions::inAddress));
    Map<String, Integer> names = new TreeMap<>();
    Set<String> numbers = new TreeSet<>();
    Map<CharSequence, Integer> wording = new HashMap<>();
    Map<CharSequence, Integer> cognates = new HashMap<>();
    Map<String, String> spellings = new HashMap<>();
    for (Sentence sentence : article.sentences()) {
      Token previous = null;
      for (Token token : sentence.tokens()) {
        if (token.isProperNoun()) {
          CanonicalKeys.name(token.text()).ifPresent(name -> {
            names.merge(name, 1, Integer::sum);
            spellings.putIfAbsent(name, token.lower());
          });
        }
        if (isNumber(token) && !isYear(token.text())) {
          String written = continuesNumber(previous, token) ? previous.text() + token.text() : token.text();
          CanonicalKeys.number(written, language).ifPresent(numbers::add);
        }
        if (CONTENT.contains(token.pos()) && token.isWord() && token.stem().length() >= MIN_STEM) {
          wording.merge(token.stem(), 1, Integer::sum);
          CanonicalKeys.cognate(token.text()).ifPresent(key -> cognates.merge(key, 1, Integer::sum));
        }
        previous = token;
      }
    }
    return new ArticleProfile(article.article().file(), article.outlet(), language, published,
        eventDates(body(article), published), names, numbers, wording, cognates, spellings,
        LeadEvents.of(article.sentences(), language), leadWording(article.sentences()));
  }

  private static Map<CharSequence, Integer> leadWording(List<Sentence> sentences) {
    Map<CharSequence, Integer> words = new HashMap<>();
    LeadEvents.lead(sentences).ifPresent(lead -> lead.tokens().stream()
        .filter(token -> EVENT_WORDS.contains(token.pos()) && token.isWord() && token.stem().length() >= MIN_STEM)
        .forEach(token -> words.merge(token.stem(), 1, Integer::sum)));
    return words;
  }

  /**
   * The publication date and the text's full dates, less the past events it recalls: dates more than a year before
   * the article's latest; and, in an undated article that writes dates without their year (its own year, untold),
   * every date whose year is written, since a reporter writes the year of another time than the article's.
   */
  static Set<LocalDate> eventDates(String body, Optional<LocalDate> published) {
    Set<LocalDate> dates = new TreeSet<>(DateMentions.in(body));
    if (published.isEmpty() && DateMentions.writesDayWithoutYear(body)) {
      dates.clear();
    }
    published.ifPresent(dates::add);
    dates.stream().max(LocalDate::compareTo).map(latest -> latest.minusDays(BACKGROUND_DAYS))
        .ifPresent(limit -> dates.removeIf(date -> date.isBefore(limit)));
    return dates;
  }

  /** How the article writes a canonical name. */
  String spelling(String name) {
    return spellings.getOrDefault(name, name);
  }

  String fileName() {
    return file.getFileName().toString();
  }

  /** "2 000" cut in two tokens: a group of three digits right after a number and one space. */
  private static boolean continuesNumber(Token previous, Token token) {
    return previous != null && isNumber(previous) && token.text().matches("\\d{3}") && token.start() == previous.end() + 1
        && previous.text().matches("\\d{1,3}");
  }

  private static boolean isNumber(Token token) {
    return token.text().chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.' || Character.isSpaceChar(c))
        && token.text().chars().anyMatch(Character::isDigit);
  }

  private static boolean isYear(String text) {
    return text.matches("(19|20)\\d\\d");
  }

  private static String body(ParsedArticle article) {
    return String.join("\n", article.article().paragraphs().stream().map(Paragraph::text).toList());
  }
}
