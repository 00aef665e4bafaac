package dev.parallax.analysis.attribution;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists attribution reads for one language: reporting verbs with their stance, source-type heads,
 * pronouns and the function words around a source (attribution-markers). Every word is data; this class only
 * indexes the lists for lookup.
 */
final class AttributionLexicon {

  /**
   * A reporting-verb form: its lemma, stance, whether it can head a clause (not an infinitive or participle in -ant),
   * and whether it is the present participle.
   */
  record VerbForm(String lemma, String stance, boolean finite, boolean participle) {
  }

  /** A pronoun that can stand for a speaker. */
  record Pronoun(String gender, String number) {
    boolean plural() {
      return number.equals("pl");
    }
  }

  /** One index per language for the run: it is only read once built. */
  private static final Map<String, Optional<AttributionLexicon>> LOADED = new ConcurrentHashMap<>();

  private final Map<String, VerbForm> verbs = new HashMap<>();
  private final Map<String, String> sourceTypes = new HashMap<>();
  private final Set<String> types = new LinkedHashSet<>();
  private final Map<String, Pronoun> pronouns = new HashMap<>();
  private final Map<String, Set<String>> markers = new HashMap<>();
  private final List<List<String>> accordingTo = new ArrayList<>();
  private int longestHead = 1;

  private AttributionLexicon(Language language, Lexicon verbList, Lexicon sourceList, Lexicon pronounList,
                             Lexicon markerList) {
    for (Lexicon.Entry entry : verbList.entries()) {
      String lemma = entry.field(0);
      List<String> forms = List.of(entry.field(2).split(","));
      // French lists give the finite forms, then the infinitive and the present participle: from the infinitive on,
      // forms are non-finite. English lists start with the base form, which is also finite ("they say"): there only
      // the present participle, last, is non-finite.
      int lemmaAt = forms.indexOf(lemma);
      int firstNonFinite = lemmaAt == 0 ? forms.size() - 1 : lemmaAt;
      for (int i = 0; i < forms.size(); i++) {
        boolean finite = firstNonFinite < 0 ? !forms.get(i).equals(lemma) : i < firstNonFinite;
        // both lists end with the present participle ("saying", "affirmant")
        verbs.putIfAbsent(forms.get(i).strip(), new VerbForm(lemma, entry.field(1), finite, i == forms.size() - 1));
      }
    }
    for (Lexicon.Entry entry : sourceList.entries()) {
      String head = String.join(" ", language.phraseTokens(entry.field(0)));
      sourceTypes.put(head, entry.field(1));
      types.add(entry.field(1));
      longestHead = Math.max(longestHead, language.phraseTokens(entry.field(0)).size());
    }
    for (Lexicon.Entry entry : pronounList.entries()) {
      pronouns.put(entry.field(0), new Pronoun(entry.field(1), entry.field(2)));
    }
    for (Lexicon.Entry entry : markerList.entries()) {
      markers.computeIfAbsent(entry.field(1), k -> new HashSet<>()).add(entry.field(0));
      if (entry.field(1).equals("according-to")) {
        accordingTo.add(language.phraseTokens(entry.field(0)));
      }
    }
    accordingTo.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
  }

  /** The lists for a language, or empty when the language has no reporting-verb list (attribution is then skipped). */
  static Optional<AttributionLexicon> forLanguage(Language language) {
    return LOADED.computeIfAbsent(language.code(), code -> load(language));
  }

  private static Optional<AttributionLexicon> load(Language language) {
    Optional<Lexicon> verbs = language.lexicon("reporting-verbs");
    Optional<Lexicon> sources = language.lexicon("source-types");
    Optional<Lexicon> pronouns = language.lexicon("pronouns");
    Optional<Lexicon> markers = language.lexicon("attribution-markers");
    if (verbs.isEmpty() || sources.isEmpty() || pronouns.isEmpty() || markers.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AttributionLexicon(language, verbs.get(), sources.get(), pronouns.get(), markers.get()));
  }

  Optional<VerbForm> verb(String lower) {
    return Optional.ofNullable(verbs.get(lower));
  }

  Optional<Pronoun> pronoun(String lower) {
    return Optional.ofNullable(pronouns.get(lower));
  }

  /** The source type of a head phrase (tokens joined by single spaces), if listed. */
  Optional<String> sourceType(String head) {
    return Optional.ofNullable(sourceTypes.get(head));
  }

  /** The source types in the order the list gives them (person, institution, document, media, anonymous). */
  List<String> types() {
    return List.copyOf(types);
  }

  int longestHead() {
    return longestHead;
  }

  boolean is(String role, String lower) {
    return markers.getOrDefault(role, Set.of()).contains(lower);
  }

  /** The according-to phrases (selon, d'après...) as token sequences, longest first. */
  List<List<String>> accordingTo() {
    return Collections.unmodifiableList(accordingTo);
  }
}
