package dev.parallax.analysis.attribution;

import dev.parallax.analysis.attribution.Phrases.Span;
import dev.parallax.text.CountryNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the words that name a source into a {@link Speaker}: a name with its role, a listed kind of source, or what
 * a pronoun or a bare description points back to. "a-t-il affirmé" resolves to the last named man, "fustigent-elles"
 * to the last plural subject, "le ministre malien" to the last minister named, "le document" to the last document
 * quoted.
 */
final class SpeakerResolver {

  /** A person named outside quotes, with the role and gender the text gives. */
  private record Person(int position, String name, String role, String gender) {
  }

  /** A noun-phrase subject outside quotes, for plural pronouns. */
  private record Subject(int position, Span span, boolean plural) {
  }

  /** A person who acts: the named subject of a verb. */
  private record Actor(int position, Speaker speaker, String gender) {
  }

  /** How many paragraphs before its own a pronoun or a role description looks for the person acting. */
  private static final int ACTOR_REACH_PARAGRAPHS = 2;

  private final ArticleTokens t;
  private final Phrases phrases;
  private final AttributionLexicon lex;
  private final List<Person> persons = new ArrayList<>();
  private final List<Subject> subjects = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  /** Built on the first bare description of an institution: most articles have none. */
  private Acronyms acronyms;

  SpeakerResolver(ArticleTokens tokens, Phrases phrases, AttributionLexicon lexicon) {
    this.t = tokens;
    this.phrases = phrases;
    this.lex = lexicon;
    collectMentions();
  }

  private void collectMentions() {
    for (int s = 0; s < t.sentenceCount(); s++) {
      int from = t.sentenceStart(s);
      int to = t.sentenceEnd(s);
      for (int i = from; i < to; i++) {
        if (t.quoted(i)) {
          continue;
        }
        Optional<Span> name = phrases.name(new Span(i, i + 3 < to ? i + 3 : to - 1));
        if (name.isPresent() && name.get().from() == i) {
          addPerson(name.get(), from, to);
          i = name.get().to();
          continue;
        }
        boolean groupStart = (t.tagged(i, "AUX") || t.tagged(i, "VERB")) && !t.tagged(i - 1, "AUX")
            && !t.tagged(i - 1, "VERB") && !lex.is("reflexive", t.lower(i - 1));
        if (groupStart) {
          Span subject = phrases.subject(i, from);
          if (!subject.empty() && !phrases.pronoun(subject.from()) && !t.quoted(subject.from())) {
            subjects.add(new Subject(i, subject, lex.is("plural", t.lower(subject.from()))));
            phrases.name(subject).ifPresent(this::addActor);
          }
        }
      }
    }
  }

  private void addPerson(Span name, int sentenceFrom, int sentenceTo) {
    String role = "";
    String gender = phrases.gender(name.from() - 1);
    Span before = Span.EMPTY;
    if (phrases.comma(name.from() - 1)) {
      before = phrases.left(name.from() - 2, sentenceFrom);
    } else if (t.tagged(name.from() - 1, "NOUN")) {
      before = phrases.left(name.from() - 1, sentenceFrom);
    }
    Span after = phrases.comma(name.to() + 1) ? phrases.right(name.to() + 2, sentenceTo) : Span.EMPTY;
    for (Span apposed : List.of(before, after)) {
      if (!apposed.empty() && phrases.headType(apposed).filter("person"::equals).isPresent()) {
        Span head = phrases.head(apposed).orElseThrow();
        role = t.text(head.from(), head.to()).toLowerCase();
        if (gender.isEmpty()) {
          gender = phrases.gender(apposed.from());
        }
        break;
      }
    }
    persons.add(new Person(name.from(), t.text(name.from(), name.to()), role, gender));
  }

  private void addActor(Span name) {
    String text = t.text(name.from(), name.to());
    persons.stream().filter(p -> p.name().equals(text)).reduce((a, b) -> b).ifPresent(p ->
        actors.add(new Actor(name.from(), new Speaker(p.name(), "person", p.role()), p.gender())));
  }

  /**
   * The person acting last before {@code position}, in its paragraph or the two before: "Amadou Ba a félicité son
   * adversaire, Bassirou Diomaye Faye. « … », a déclaré le candidat malheureux" is Ba speaking, not Faye.
   */
  private Optional<Actor> lastActor(int position, String gender) {
    int paragraph = t.paragraph(position);
    int low = 0;
    int high = actors.size();
    while (low < high) { // actors are in reading order: the first at or after position
      int mid = (low + high) >>> 1;
      if (actors.get(mid).position() < position) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int k = low - 1; k >= 0 && t.paragraph(actors.get(k).position()) >= paragraph - ACTOR_REACH_PARAGRAPHS; k--) {
      Actor actor = actors.get(k);
      if (gender.isEmpty() || actor.gender().isEmpty() || actor.gender().equals(gender)) {
        return Optional.of(actor);
      }
    }
    return Optional.empty();
  }


  private Acronyms acronyms() {
    if (acronyms == null) {
      acronyms = new Acronyms(t);
    }
    return acronyms;
  }

  /**
   * The speaker a phrase names, read at {@code position}.
   *
   * @param earlier the speakers already found in this article, most recent last, for "le document"
   */
  Speaker resolve(Span span, int position, List<Speaker> earlier) {
    if (span.from() == span.to() && phrases.pronoun(span.from())) {
      return pronoun(span.from());
    }
    Optional<Span> name = phrases.name(span);
    if (name.isPresent()) {
      String text = t.text(name.get().from(), name.get().to());
      String role = phrases.head(span).filter(h -> phrases.headType(span).filter("person"::equals).isPresent())
          .map(h -> t.text(h.from(), h.to()).toLowerCase())
          .orElseGet(() -> persons.stream().filter(p -> p.name().equals(text)).map(Person::role)
              .filter(r -> !r.isEmpty()).findFirst().orElse(""));
      return new Speaker(text, "person", role);
    }
    Optional<Span> head = phrases.head(span);
    Optional<String> type = phrases.headType(span);
    if (type.isEmpty()) {
      return single(span);
    }
    if (type.get().equals("person")) {
      String role = t.text(head.get().from(), head.get().to()).toLowerCase();
      boolean plural = lex.is("plural", t.lower(span.from()));
      return persons.stream().filter(p -> p.position() < position && p.role().equals(role))
          .reduce((a, b) -> b)
          .map(p -> new Speaker(p.name(), "person", p.role()))
          // a role nobody named holds ("le candidat malheureux", "the ruling coalition candidate") is the person acting
          .or(() -> plural ? Optional.empty() : lastActor(position, phrases.gender(span.from()))
              .map(Actor::speaker).filter(s -> s.role().isEmpty() || s.role().equals(role)))
          .orElse(new Speaker(phrases.withoutArticle(span), "person", ""));
    }
    boolean bare = lex.is("definite", t.lower(span.from())) && head.get().from() == span.from() + 1
        && head.get().to() == span.to();
    if (bare) {
      for (int i = earlier.size() - 1; i >= 0; i--) {
        if (earlier.get(i).type().equals(type.get())) {
          return earlier.get(i);
        }
      }
      Optional<String> acronym = acronyms().standingFor(t.phrase(head.get().from(), head.get().to()), position);
      if (acronym.isPresent()) {
        return new Speaker(acronym.get(), type.get(), "");
      }
    }
    return new Speaker(phrases.withoutArticle(span), type.get(), "");
  }

  /** A phrase with no listed head: a known person's surname, a listed name (Sputnik), or else an unknown source. */
  private Speaker single(Span span) {
    for (int k = span.from() + 1; k < span.to(); k++) {
      if (phrases.comma(k)) {
        span = new Span(span.from(), k - 1); // "Holzmann, one of the … members": the name before its apposition
        break;
      }
    }
    String text = phrases.withoutArticle(span);
    for (int i = persons.size() - 1; i >= 0; i--) {
      Person person = persons.get(i);
      if (person.name().endsWith(" " + text)) {
        return new Speaker(person.name(), "person", person.role());
      }
    }
    boolean properNoun = t.tagged(span.to(), "PROPN") || Character.isUpperCase(text.charAt(0));
    if (!properNoun) {
      return new Speaker(text, Speaker.NONE, "");
    }
    // A first name or a surname alone is a person; an acronym ("ECB") or a country ("Algeria") speaks as an institution.
    boolean oneWord = span.from() == span.to() || (span.to() == span.from() + 1 && t.tagged(span.from(), "DET"));
    boolean acronym = text.length() > 1 && text.equals(text.toUpperCase(java.util.Locale.ROOT));
    boolean person = oneWord && !acronym && !CountryNames.isCountry(text) && t.tagged(span.to(), "PROPN");
    return new Speaker(text, person ? "person" : "institution", "");
  }

  private Speaker pronoun(int i) {
    AttributionLexicon.Pronoun pronoun = lex.pronoun(t.lower(i)).orElseThrow();
    if (pronoun.plural()) {
      for (int k = subjects.size() - 1; k >= 0; k--) {
        Subject subject = subjects.get(k);
        if (subject.position() < i && subject.plural()) {
          return resolve(subject.span(), subject.position(), List.of());
        }
      }
    } else {
      Optional<Actor> actor = lastActor(i, pronoun.gender());
      if (actor.isPresent()) {
        return actor.get().speaker();
      }
      for (int k = persons.size() - 1; k >= 0; k--) {
        Person person = persons.get(k);
        if (person.position() < i && (person.gender().isEmpty() || person.gender().equals(pronoun.gender()))) {
          return new Speaker(person.name(), "person", person.role());
        }
      }
      for (int k = subjects.size() - 1; k >= 0; k--) {
        Subject subject = subjects.get(k);
        if (subject.position() < i && !subject.plural()
            && phrases.gender(subject.span().from()).equals(pronoun.gender())
            && phrases.headType(subject.span()).isPresent()) {
          return resolve(subject.span(), subject.position(), List.of());
        }
      }
    }
    return new Speaker(t.get(i).text().replaceFirst("^-(t-)?", ""), Speaker.NONE, "");
  }
}
