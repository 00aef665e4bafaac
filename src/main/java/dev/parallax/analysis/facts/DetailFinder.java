package dev.parallax.analysis.facts;

import dev.parallax.analysis.actors.ActorSpan;
import dev.parallax.analysis.actors.StoryActors;
import dev.parallax.text.CountryNames;
import dev.parallax.text.Language;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The details of a claim that outlets can disagree on: its dates (normalised by {@link DateFinder}); its numbers
 * (digits outside dates, "1 037" as one number), each with its unit, the word after it ("1,037 people", "61,3 %
 * des voix"), or, for a percentage written after a story actor, that actor's share ("Idrissa Seck with 0.9%",
 * "Idrissa Seck suit avec 1,6 %"), so that only numbers of one unit are compared; its places, proper nouns after a place preposition of
 * the language's list, a country (by its English name) apart from any other place, so that a town is never set
 * against the country that holds it; and its actors (the story's actors, {@link StoryActors}).
 */
final class DetailFinder {
  private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)*");
  /** How far after a number its unit may stand ("1,037 people", "2 000 morts", "61,3 % des voix"). */
  private static final int UNIT_REACH = 3;
  /** The unit of a place detail: a country is compared with countries, any other place with other places. */
  static final String COUNTRY = "country";
  static final String TOWN = "town";
  /** The unit of a percentage written after an actor: that actor's share. */
  static final String SHARE = "%share:";
  private final DateFinder dates;
  private final Vocabulary vocabulary;
  private final Set<String> placePrepositions;
  private final StoryActors actors;

  DetailFinder(Language language, StoryActors actors) {
    this.actors = actors;
    this.dates = new DateFinder(language);
    this.vocabulary = Vocabulary.of(language);
    this.placePrepositions = language.lexicon("place-prepositions")
        .map(l -> l.entries().stream().map(e -> e.field(0).toLowerCase()).collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  List<DateMention> dates(Sentence sentence, Optional<LocalDate> articleDate) {
    return dates.find(sentence, articleDate);
  }

  List<Detail> details(Claim claim, Optional<LocalDate> articleDate) {
    List<Detail> details = new ArrayList<>();
    List<DateMention> dateMentions = dates.find(claim.sentence(), articleDate).stream()
        .filter(d -> d.start() >= claim.start() && d.end() <= claim.end()).toList();
    for (DateMention date : dateMentions) {
      details.add(new Detail(Detail.Kind.DATE, claim.sentenceId(), date.text(), date.normalised(), Optional.of(date),
          ""));
    }
    List<ActorSpan> actorSpans = actors.find(claim.sentence()).stream()
        .filter(span -> claim.sentence().tokens().get(span.from()).start() >= claim.start()
            && claim.sentence().tokens().get(span.from()).end() <= claim.end())
        .toList();
    List<Token> tokens = claim.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (NUMBER.matcher(token.text()).matches() && !insideDate(token, dateMentions)) {
        int end = Numbers.isSpacedThousands(tokens, i) ? Numbers.spacedEnd(tokens, i) : i + 1;
        String written = Numbers.join(tokens.subList(i, end));
        Optional<String> value = Numbers.canonical(written);
        if (value.isPresent()) {
          details.add(new Detail(Detail.Kind.NUMBER, claim.sentenceId(), written, value.get(), Optional.empty(),
              isPercentSign(tokens, end) ? shareUnit(claim, actorSpans, token).orElse(unit(tokens, end))
                  : unit(tokens, end)));
        }
        i = end - 1;
        continue;
      }
      if (i > 0 && placePrepositions.contains(tokens.get(i - 1).lower()) && token.isProperNoun()
          && !isCalendarWord(token)) {
        String place = placeName(tokens, i);
        Optional<String> country = CountryNames.englishName(place);
        details.add(new Detail(Detail.Kind.PLACE, claim.sentenceId(), place, country.orElse(place), Optional.empty(),
            country.isPresent() ? COUNTRY : TOWN));
      }
    }
    for (ActorSpan span : actorSpans) {
      details.add(plain(Detail.Kind.ACTOR, claim, span.alias(), span.actor()));
    }
    return details;
  }

  /**
   * The term of the first content word after a number ("1,037 people"), after the percent sign for a percentage
   * ("61,3 % des voix"): numbers of one unit compare. A bare percentage has no unit (2,6 % of inflation in May and
   * 2,4 % in April are two figures, not a conflict).
   */
  private String unit(List<Token> tokens, int after) {
    String prefix = after < tokens.size() && tokens.get(after).text().equals("%") ? "%" : "";
    int from = prefix.isEmpty() ? after : after + 1;
    for (int j = from; j < tokens.size() && j < from + UNIT_REACH; j++) {
      Optional<String> term = vocabulary.term(tokens.get(j));
      if (term.isPresent()) {
        return prefix + term.get();
      }
    }
    return "";
  }

  private static boolean isPercentSign(List<Token> tokens, int after) {
    return after < tokens.size() && tokens.get(after).text().equals("%");
  }

  /**
   * A percentage written after an actor of the story is that actor's share ("Aliou Mamadou Dia, ..., ne recueille
   * que 2,8% des suffrages", "Idrissa Seck with 0.9%"): its unit is the share of that actor, in either language, so
   * that two outlets' shares of one candidate compare and the shares of two candidates never do.
   */
  private static Optional<String> shareUnit(Claim claim, List<ActorSpan> actorSpans, Token number) {
    List<Token> sentenceTokens = claim.sentence().tokens();
    return actorSpans.stream().filter(span -> sentenceTokens.get(span.to() - 1).end() <= number.start())
        .reduce((first, second) -> second).map(span -> SHARE + span.actor());
  }

  /** "Sunday's" after "in" is a day, not a place. */
  private boolean isCalendarWord(Token token) {
    return vocabulary.term(token).map(t -> t.startsWith("weekday:") || t.startsWith("month:")).orElse(false)
        || token.lower().endsWith("'s");
  }

  private static String placeName(List<Token> tokens, int i) {
    StringBuilder name = new StringBuilder(tokens.get(i).text());
    for (int j = i + 1; j < tokens.size() && tokens.get(j).isProperNoun(); j++) {
      name.append(' ').append(tokens.get(j).text());
    }
    return name.toString();
  }

  private static boolean insideDate(Token token, List<DateMention> dates) {
    return dates.stream().anyMatch(d -> token.start() >= d.start() && token.end() <= d.end());
  }

  private static Detail plain(Detail.Kind kind, Claim claim, String text, String value) {
    return new Detail(kind, claim.sentenceId(), text, value, Optional.empty(), "");
  }
}
