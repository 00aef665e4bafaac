package dev.parallax.analysis.findings;

import dev.parallax.text.Language;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * Whether an outlet may be said not to report a fact: precision before recall. Its closest sentence (the Facts
 * sheet's note) must lie below a looser threshold than the one that joins facts, it must share no distinctive number
 * with the fact's evidence (numbers read the same in every language), the fact's sentence must not be a passage it
 * shares (Reuse). Across languages, where a lexical similarity says little, an outlet in another language must not
 * write the rarer names of the sentence; and an omission is claimed only of an outlet writing in a language in which
 * the fact is reported.
 */
final class Nearness {
  private static final Pattern SIMILARITY = Pattern.compile("similarity ([0-9.]+)");
  private static final Pattern THRESHOLD = Pattern.compile("threshold ([0-9.]+)");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*(?:[  ]\\d{3}(?!\\d))*");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.,  ]\\d{3})+");
  static final double DEFAULT_THRESHOLD = 0.11;
  private static final int NAME_PREFIX = 5;
  /** The looser threshold, as a share of the one that joins facts. */
  static final double LOOSE_SHARE = 0.5;
  /** A fact whose least similar pair of evidence sentences reaches this multiple of the threshold is surely one fact. */
  static final double SURE_MULTIPLE = 2.5;

  private final Evidence evidence;
  private final Table facts;
  private final double threshold;
  private final Set<String> reused = new HashSet<>();
  private final Map<String, Set<String>> numbersOfOutlet = new HashMap<>();
  private final Map<String, Set<String>> namesOfOutlet = new HashMap<>();
  private final Map<String, Integer> outletsWritingName = new HashMap<>();

  Nearness(Evidence evidence, Table facts) {
    this.evidence = evidence;
    this.facts = facts;
    this.threshold = threshold(facts);
    evidence.sheet("Reuse").filter(t -> Evidence.has(t, "Sentence")).ifPresent(t -> {
      for (int r = 0; r < t.rowCount(); r++) {
        reused.add(t.column("Sentence").getString(r));
      }
    });
    for (String outlet : evidence.outlets()) {
      Set<String> numbers = new HashSet<>();
      evidence.sentencesOf(outlet).forEach(s -> numbers.addAll(numbers(s.text())));
      numbersOfOutlet.put(outlet, numbers);
      Set<String> names = new HashSet<>();
      evidence.sentencesOf(outlet).forEach(s -> names.addAll(names(s)));
      namesOfOutlet.put(outlet, names);
      names.forEach(n -> outletsWritingName.merge(n, 1, Integer::sum));
    }
  }

  /** No other outlet has a sentence near the only outlet's sentence. */
  boolean nobodyElseNear(int row, String outlet, String sentenceId) {
    if (reused.contains(sentenceId)) {
      return false;
    }
    Optional<Sentence> sentence = evidence.sentence(sentenceId);
    Set<String> numbers = sentence.map(s -> numbers(s.text())).orElse(Set.of());
    Set<String> names = sentence.map(this::rareNames).orElse(Set.of());
    Optional<Language> language = evidence.language(outlet);
    return evidence.outlets().stream().filter(o -> !o.equals(outlet))
        .allMatch(o -> similarity(row, o) < loose() && disjoint(numbers, numbersOfOutlet.get(o))
            && (evidence.language(o).equals(language) || disjoint(names, namesOfOutlet.get(o))));
  }

  /** The outlet has nothing near the fact, and writes in a language some reporting outlet writes in. */
  boolean leavesOut(int row, String outlet, Collection<String> reporting) {
    Optional<Language> language = evidence.language(outlet);
    boolean sameLanguage = reporting.stream().anyMatch(o -> evidence.language(o).equals(language));
    Set<String> numbers = new HashSet<>();
    for (String o : reporting) {
      String id = FactFindings.cell(facts, row, o + " sentence");
      if (reused.contains(id)) {
        return false;
      }
      evidence.sentence(id).ifPresent(s -> numbers.addAll(numbers(s.text())));
    }
    return sameLanguage && similarity(row, outlet) < loose() && disjoint(numbers, numbersOfOutlet.get(outlet));
  }

  /** The outlets' evidence sentences are surely one fact: an analyst aligned them, or every pair is well above. */
  boolean sure(int row) {
    String by = FactFindings.cell(facts, row, "Aligned by");
    if (!by.isEmpty() && !by.equals("similarity")) {
      return true;
    }
    return facts.columnNames().contains("Match") && !facts.column("Match").isMissing(row)
        && facts.doubleColumn("Match").get(row) >= SURE_MULTIPLE * threshold;
  }

  /**
   * The names of a sentence that fewer than half the outlets write: what another language's outlet would have to
   * write too if it reported the same thing ("Algérie" and "Algeria" share their first letters).
   */
  private Set<String> rareNames(Sentence sentence) {
    Set<String> rare = new HashSet<>();
    for (String name : names(sentence)) {
      if (2 * outletsWritingName.getOrDefault(name, 0) < evidence.outlets().size()) {
        rare.add(name);
      }
    }
    return rare;
  }

  /** Proper nouns, without accents, cut to their first letters so that a name's spellings in two languages meet. */
  static Set<String> names(Sentence sentence) {
    Set<String> names = new HashSet<>();
    for (Token token : sentence.tokens()) {
      if (token.isProperNoun() && token.text().length() >= NAME_PREFIX) {
        String plain = Normalizer.normalize(token.text(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
        names.add(plain.substring(0, Math.min(NAME_PREFIX, plain.length())));
      }
    }
    return names;
  }

  private double loose() {
    return LOOSE_SHARE * threshold;
  }

  /** The similarity of the outlet's closest sentence, as its note gives it; 0 when no sentence shares a word. */
  private double similarity(int row, String outlet) {
    Matcher m = SIMILARITY.matcher(FactFindings.cell(facts, row, outlet + " note"));
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static double threshold(Table facts) {
    for (String column : facts.columnNames()) {
      if (column.endsWith(" note")) {
        for (int r = 0; r < facts.rowCount(); r++) {
          Matcher m = THRESHOLD.matcher(facts.column(column).getString(r));
          if (m.find()) {
            return Double.parseDouble(m.group(1));
          }
        }
      }
    }
    return DEFAULT_THRESHOLD;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return b == null || a.stream().noneMatch(b::contains);
  }

  /**
   * The distinctive numbers of a text, written one way: "2.000", "2,000" and "2 000" are 2000, "61,30" and "61.3" are
   * 61.3. Days of the month and years are left out: every article of a story gives them.
   */
  static Set<String> numbers(String text) {
    Set<String> numbers = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String raw = m.group().strip();
      String number = THOUSANDS.matcher(raw).matches() ? raw.replaceAll("[.,  ]", "")
          : raw.replaceAll("[  ]", "").replace(',', '.');
      if (number.contains(".")) {
        number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      if (!number.matches("\\d+(\\.\\d+)?")) {
        continue;
      }
      double value = Double.parseDouble(number);
      boolean day = !number.contains(".") && value <= 31;
      boolean year = raw.matches("\\d{4}") && value >= 1900 && value <= 2100;
      if (!day && !year) {
        numbers.add(number.toLowerCase(Locale.ROOT));
      }
    }
    return numbers;
  }

}
