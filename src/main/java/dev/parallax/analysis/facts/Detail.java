package dev.parallax.analysis.facts;

import java.util.Optional;

/**
 * A checkable detail of a claim: a date, a number, a place or an actor, as the article words it and as compared.
 *
 * @param value the normalised value two outlets are compared on (an ISO date, a number, a place, an actor's name)
 * @param date the date mention, for date details
 * @param unit what a number counts (the term of the word after it, "%"), empty for other details
 */
public record Detail(Kind kind, String sentenceId, String text, String value, Optional<DateMention> date,
                     String unit) {

  public enum Kind {
    DATE, NUMBER, PLACE, ACTOR;

    public String label() {
      return name().toLowerCase();
    }
  }
}
