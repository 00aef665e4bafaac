package dev.parallax.corpus;

import dev.parallax.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire credits, bylines and datelines: lines of an article, and a prefix of its lead, that are metadata rather than
 * sentences ("By Reuters", "Avec AFP", "Par Euronews avec AFP", "(Bloomberg) --", "MARRAKECH, Morocco (AP)").
 * The words come from corpus/credit-cues.txt and corpus/wire-agencies.txt; this class holds the constructions.
 * A credit is only ever a whole short line or the very start of the lead: an agency named inside a sentence
 * ("a rapporté l'AFP", "told Reuters") is attribution and stays in the body.
 */
final class Credits {
  private static final int MAX_CREDIT_WORDS = 12;
  private static final int MAX_CONTRIBUTION_WORDS = 25;
  private static final int MAX_ROLE_WORDS = 8;
  private static final int MAX_PHOTO_WORDS = 15;
  /** An acronym this short ("AP", "MAP", "APP") is an agency only in capitals: "map" and "app" are words. */
  private static final int ACRONYM_LENGTH = 4;

  private static final Pattern QUESTION_OR_EXCLAMATION_END = Pattern.compile("[?!]\\s*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*|&|©|/");
  private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  /**
   * "(AFP)", "(Francfort)", "[Dakar, 25th March 2025]", "MARRAKECH, Morocco (AP)", "Dakar, (APP - … 2024)",
   * "London (CNN) —": a place before the bracket is in capitals, or followed by a comma, or the bracket by a dash,
   * so that "The European Central Bank (ECB) has…" is not read as one.
   */
  private static final Pattern BRACKETED_LEAD = Pattern.compile(
      "^(?:((?:\\p{Lu}{2,}[\\p{Lu}'’.-]*(?:,?\\s+" + PLACE_WORD + "){0,3}\\s*)"
          + "|(?:" + PLACE_WORD + "(?:,?\\s+" + PLACE_WORD + "){0,3},\\s*)"
          + "|(?:" + PLACE_WORD + "(?:\\s+" + PLACE_WORD + "){0,2}\\s*(?=[(\\[][^()\\[\\]]+[)\\]]\\s*[—–-]))))?"
          + "[(\\[]([^()\\[\\]\\n]{1,80})[)\\]](?:\\s*[—–-]{1,2})?\\s*");
  /** "MAROC - Le Maroc…", "MARRAKECH, Morocco - A powerful…" (capitals) or "Dakar — Le chef…" (a dash, not a hyphen). */
  private static final Pattern DASHED_LEAD = Pattern.compile(
      "^(?:(\\p{Lu}{2,}[\\p{Lu}'’.-]*(?:,?\\s+" + PLACE_WORD + "){0,3})\\s+[—–-]{1,2}"
          + "|(" + PLACE_WORD + "(?:\\s+" + PLACE_WORD + ")?)\\s+[—–]{1,2})\\s+(?=[\\p{Lu}«\"“])");

  /** What a credit line is, and the wire agencies it credits (none for a photo credit: that is the picture's). */
  record Credit(StrippedLine.Kind kind, List<String> wires) {
  }

  /** A dateline or credit before the lead's first word: its length in the paragraph and the agencies it names. */
  record Dateline(int length, List<String> wires) {
  }

  private final Map<String, List<String>> cues = new HashMap<>();
  private final Map<String, String> agencies = new HashMap<>();
  private int longestAgency;

  Credits() {
    for (Lexicon.Entry entry : Lexicon.creditCues().entries()) {
      cues.computeIfAbsent(entry.field(0), k -> new ArrayList<>()).add(entry.field(1));
    }
    cues.values().forEach(list -> list.sort((a, b) -> b.length() - a.length()));
    for (Lexicon.Entry entry : Lexicon.wireAgencies().entries()) {
      agencies.put(entry.field(0), entry.field(1));
      longestAgency = Math.max(longestAgency, entry.field(0).split(" ").length);
    }
  }

  /** The credit a whole block is, if it is one: a single short line of credit words, names and agencies. */
  Optional<Credit> line(String block) {
    if (block.indexOf('\n') >= 0 || QUESTION_OR_EXCLAMATION_END.matcher(block).find()) {
      return Optional.empty();
    }
    String plain = plain(block);
    List<String> words = words(block);
    if (cues("signoff").contains(plain)) {
      return Optional.of(new Credit(StrippedLine.Kind.BYLINE, List.of()));
    }
    if (startsWithCue("contribution", plain) != null && words.size() <= MAX_CONTRIBUTION_WORDS) {
      return Optional.of(new Credit(StrippedLine.Kind.CREDIT, wires(words)));
    }
    if (startsWithCue("role", plain) != null && words.size() <= MAX_ROLE_WORDS && !block.strip().endsWith(".")) {
      return Optional.of(new Credit(StrippedLine.Kind.BYLINE, List.of()));
    }
    String photo = startsWithCue("photo", plain);
    if (photo != null && words.size() <= MAX_PHOTO_WORDS
        && (photo.equals("©") || plain.substring(photo.length()).stripLeading().startsWith(":"))) {
      return Optional.of(new Credit(StrippedLine.Kind.PHOTO_CREDIT, List.of()));
    }
    return composedCredit(plain, words);
  }

  /**
   * A line made only of a byline word, names, joining words and agencies: "By Frank Kamuntu", "Par Euronews avec
   * AFP", "Avec AFP", "(AFP)", "David Mchugh Associated Press", "London CNN —", "FADEL SENNA / AFP".
   */
  private Optional<Credit> composedCredit(String plain, List<String> words) {
    if (words.isEmpty() || words.size() > MAX_CREDIT_WORDS) {
      return Optional.empty();
    }
    String byline = startsWithCue("byline", plain);
    int i = byline == null ? 0 : byline.split(" ").length;
    if (byline != null && i >= words.size()) {
      return Optional.empty();
    }
    Set<String> wires = new LinkedHashSet<>();
    boolean names = false; // only a line opened by a byline word needs them
    boolean afterSlash = false;
    boolean photo = false;
    while (i < words.size()) {
      String word = words.get(i);
      int agencyWords = agencyAt(words, i);
      if (agencyWords > 0) {
        wires.add(agencies.get(key(words.subList(i, i + agencyWords))));
        photo |= afterSlash;
        i += agencyWords;
        continue;
      }
      String lower = lower(word);
      afterSlash = word.equals("/");
      if (afterSlash || cues("join").contains(lower) || cues("particle").contains(lower)) {
        i++;
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return Optional.empty();
      }
      names = true;
      i++;
    }
    if (photo) {
      return Optional.of(new Credit(StrippedLine.Kind.PHOTO_CREDIT, List.of()));
    }
    if (byline != null && (names || !wires.isEmpty())) {
      return Optional.of(new Credit(StrippedLine.Kind.BYLINE, List.copyOf(wires)));
    }
    if (!wires.isEmpty()) {
      return Optional.of(new Credit(StrippedLine.Kind.CREDIT, List.copyOf(wires)));
    }
    return Optional.empty();
  }

  /**
   * The dateline or wire credit that opens a lead paragraph, if any: "(Bloomberg) -- ", "MARRAKECH, Morocco (AP) ",
   * "(Francfort) ", "Dakar — ", "Dakar, (APP - UrduPoint / … 2024) ". A bracket that names no agency is a dateline
   * only if it reads as a place (capitalised, a few words).
   */
  Optional<Dateline> dateline(String paragraph) {
    Matcher bracketed = BRACKETED_LEAD.matcher(paragraph);
    if (bracketed.lookingAt()) {
      List<String> wires = wires(words(bracketed.group(2)));
      boolean place = bracketed.group(1) == null && bracketed.group(2).strip().matches("\\p{Lu}.*")
          && words(bracketed.group(2)).size() <= 6;
      if (!wires.isEmpty() || place) {
        return Optional.of(new Dateline(bracketed.end(), wires));
      }
    }
    Matcher dashed = DASHED_LEAD.matcher(paragraph);
    if (dashed.lookingAt()) {
      String place = dashed.group(1) != null ? dashed.group(1) : dashed.group(2);
      return Optional.of(new Dateline(dashed.end(), wires(words(place))));
    }
    return Optional.empty();
  }

  /** The wire agencies named in a text, in order, once each. */
  List<String> wires(List<String> words) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); ) {
      int n = agencyAt(words, i);
      if (n > 0) {
        found.add(agencies.get(key(words.subList(i, i + n))));
        i += n;
      } else {
        i++;
      }
    }
    return List.copyOf(found);
  }

  /** How many words from {@code i} name an agency (longest match), 0 if none. */
  private int agencyAt(List<String> words, int i) {
    for (int n = Math.min(longestAgency, words.size() - i); n > 0; n--) {
      List<String> span = words.subList(i, i + n);
      String key = key(span);
      if (agencies.containsKey(key) && (n > 1 || !isAcronymKey(key) || isCapitals(span.get(0)))) {
        return n;
      }
    }
    return 0;
  }

  private static boolean isAcronymKey(String key) {
    return key.length() <= ACRONYM_LENGTH && key.indexOf(' ') < 0;
  }

  private static boolean isCapitals(String word) {
    String bare = word.replaceFirst("^[lL]['’]", "");
    return bare.equals(bare.toUpperCase(Locale.ROOT));
  }

  /** The words of a span as a lexicon key: lowercase, an elided "l'" dropped ("l'AFP"), a final dot dropped. */
  private static String key(List<String> span) {
    List<String> parts = new ArrayList<>();
    for (String word : span) {
      parts.add(lower(word).replaceFirst("^l'", "").replaceFirst("\\.$", ""));
    }
    return String.join(" ", parts);
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** The line lowercased, ’ made ', dashes and brackets before it and punctuation after it dropped. */
  private static String plain(String line) {
    return lower(line).replaceAll("\\s+", " ").strip()
        .replaceFirst("^[-—–(\\[\\s]+", "").replaceFirst("[.:;,)\\]\\s]+$", "");
  }

  private List<String> cues(String kind) {
    return cues.getOrDefault(kind, List.of());
  }

  /** The longest cue of that kind the plain line starts with, as a whole word, or null. */
  private String startsWithCue(String kind, String plain) {
    for (String cue : cues(kind)) {
      if (plain.equals(cue) || plain.startsWith(cue) && (cue.equals("©")
          || !Character.isLetterOrDigit(plain.charAt(cue.length())))) {
        return cue;
      }
    }
    return null;
  }
}
