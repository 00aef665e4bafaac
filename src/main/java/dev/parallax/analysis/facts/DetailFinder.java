package dev.parallax.analysis.facts;

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
 * The details of a claim that outlets can disagree on: its dates (normalised by {@link DateFinder}), its numbers
 * (digits outside dates), its places (proper nouns after a place preposition of the language's list) and its actors
 * (the actors list).
 */
final class DetailFinder {
  private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");
  private final DateFinder dates;
  private final Vocabulary vocabulary;
  private final Set<String> placePrepositions;

  DetailFinder(Language language) {
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
      details.add(new Detail(Detail.Kind.DATE, claim.sentenceId(), date.text(), date.normalised(), Optional.of(date)));
    }
    List<Token> tokens = claim.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (NUMBER.matcher(token.text()).matches() && !insideDate(token, dateMentions)) {
        details.add(plain(Detail.Kind.NUMBER, claim, token.text(), token.text().replace(',', '.')));
      }
      if (i > 0 && placePrepositions.contains(tokens.get(i - 1).lower()) && token.isProperNoun()) {
        String place = placeName(tokens, i);
        details.add(plain(Detail.Kind.PLACE, claim, place, place));
      }
      final int at = i;
      vocabulary.aliasAt(tokens, i).ifPresent(alias ->
          details.add(plain(Detail.Kind.ACTOR, claim, tokens.get(at).text(), alias.actor())));
    }
    return details;
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
    return new Detail(kind, claim.sentenceId(), text, value, Optional.empty());
  }
}
