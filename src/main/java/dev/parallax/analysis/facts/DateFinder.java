package dev.parallax.analysis.facts;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and normalises the dates of a sentence from the language's dates list: "les 4 et 5 avril 2025" (absolute,
 * several days), "ce jeudi" / "jeudi dernier" (a weekday, resolved against the article's date when it has one),
 * "hier" (relative), "récemment" (vague, no date).
 */
final class DateFinder {
  private final Map<String, String[]> words = new HashMap<>();

  DateFinder(Language language) {
    language.lexicon("dates").ifPresent(l -> {
      for (Lexicon.Entry entry : l.entries()) {
        words.put(entry.field(0).toLowerCase(), new String[] {entry.field(1), entry.field(2)});
      }
    });
  }

  List<DateMention> find(Sentence sentence, Optional<LocalDate> articleDate) {
    List<DateMention> mentions = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String kind = kind(tokens.get(i));
      switch (kind) {
        case "month" -> absolute(sentence, tokens, i, articleDate).ifPresent(mentions::add);
        case "weekday" -> mentions.add(weekday(sentence, tokens, i, articleDate));
        case "relative" -> mentions.add(relative(sentence, tokens.get(i), articleDate));
        case "vague" -> mentions.add(mention(sentence, tokens.get(i), tokens.get(i), DateMention.Kind.VAGUE,
            List.of(), Optional.empty(), Optional.empty(), List.of()));
        default -> { }
      }
    }
    return mentions;
  }

  private String kind(Token token) {
    String[] entry = words.get(token.lower());
    return entry == null ? "" : entry[0];
  }

  private int value(Token token) {
    return Integer.parseInt(words.get(token.lower())[1]);
  }

  private Optional<DateMention> absolute(Sentence sentence, List<Token> tokens, int monthIndex,
                                         Optional<LocalDate> articleDate) {
    int month = value(tokens.get(monthIndex));
    List<Integer> dayNumbers = new ArrayList<>();
    int first = monthIndex;
    for (int j = monthIndex - 1; j >= 0; j--) {
      Token token = tokens.get(j);
      Optional<Integer> day = dayOfMonth(token);
      if (day.isPresent()) {
        dayNumbers.add(0, day.get());
        first = j;
      } else if (!kind(token).equals("joiner")) {
        break;
      }
    }
    Token last = tokens.get(monthIndex);
    Optional<Integer> year = Optional.empty();
    if (monthIndex + 1 < tokens.size() && tokens.get(monthIndex + 1).text().matches("\\d{4}")) {
      last = tokens.get(monthIndex + 1);
      year = Optional.of(Integer.parseInt(last.text()));
    }
    if (dayNumbers.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> knownYear = year.or(() -> articleDate.map(LocalDate::getYear));
    List<MonthDay> days = new ArrayList<>();
    List<LocalDate> resolved = new ArrayList<>();
    for (int day : dayNumbers) {
      try {
        days.add(MonthDay.of(month, day));
        knownYear.ifPresent(y -> resolved.add(LocalDate.of(y, month, day)));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(mention(sentence, tokens.get(first), last, DateMention.Kind.ABSOLUTE, days, knownYear,
        Optional.empty(), resolved));
  }

  private static Optional<Integer> dayOfMonth(Token token) {
    if (!token.text().matches("\\d{1,2}")) {
      return Optional.empty();
    }
    int day = Integer.parseInt(token.text());
    return day >= 1 && day <= 31 ? Optional.of(day) : Optional.empty();
  }

  private DateMention weekday(Sentence sentence, List<Token> tokens, int i, Optional<LocalDate> articleDate) {
    DayOfWeek day = DayOfWeek.of(value(tokens.get(i)));
    Token first = tokens.get(i);
    Token last = tokens.get(i);
    int occurrence = 0;
    if (i > 0 && kind(tokens.get(i - 1)).equals("deictic")) {
      first = tokens.get(i - 1);
      occurrence = value(first);
    } else if (i + 1 < tokens.size() && kind(tokens.get(i + 1)).equals("deictic")) {
      last = tokens.get(i + 1);
      occurrence = value(last);
    }
    int which = occurrence;
    List<LocalDate> resolved = articleDate.map(d -> List.of(resolve(d, day, which))).orElse(List.of());
    return mention(sentence, first, last, DateMention.Kind.WEEKDAY, List.of(), Optional.empty(), Optional.of(day),
        resolved);
  }

  /**
   * The day on or before the article's date (0: news reports what happened, "Thursday" in a Monday article is the
   * Thursday before), the last one before it (-1: "jeudi dernier") or the next one after it (1: "jeudi prochain").
   */
  static LocalDate resolve(LocalDate articleDate, DayOfWeek day, int occurrence) {
    int forward = Math.floorMod(day.getValue() - articleDate.getDayOfWeek().getValue(), 7);
    if (occurrence < 0) {
      return articleDate.minusDays(forward == 0 ? 7 : 7 - forward);
    }
    if (occurrence > 0) {
      return articleDate.plusDays(forward == 0 ? 7 : forward);
    }
    return forward == 0 ? articleDate : articleDate.minusDays(7 - forward);
  }

  private DateMention relative(Sentence sentence, Token token, Optional<LocalDate> articleDate) {
    int offset = value(token);
    List<LocalDate> resolved = articleDate.map(d -> List.of(d.plusDays(offset))).orElse(List.of());
    return mention(sentence, token, token, DateMention.Kind.RELATIVE, List.of(), Optional.empty(),
        Optional.empty(), resolved);
  }

  private static DateMention mention(Sentence sentence, Token first, Token last, DateMention.Kind kind,
                                     List<MonthDay> days, Optional<Integer> year, Optional<DayOfWeek> weekday,
                                     List<LocalDate> resolved) {
    return new DateMention(sentence.id(), first.start(), last.end(), sentence.slice(first.start(), last.end()), kind,
        days, year, weekday, resolved);
  }
}
