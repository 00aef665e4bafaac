package dev.parallax.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word list shipped as a UTF-8 resource: a {@code #} header saying what it holds and where it comes from,
 * then one entry a line with tab-separated fields. Each list is read once and cached.
 */
public record Lexicon(String path, List<String> header, List<Entry> entries) {

  /** One line of a list: its fields and its line number, for error messages. */
  public record Entry(int line, List<String> fields) {
    public String field(int i) {
      return fields.get(i);
    }
  }

  /** Every list asked for, present or not: each is looked up in the jar and read once per run. */
  private static final Map<String, Optional<Lexicon>> CACHE = new ConcurrentHashMap<>();

  /** The languages Parallax ships word lists for, as ISO 639-1 codes. */
  public static List<String> languages() {
    return Catalogue.LANGUAGES;
  }

  /** Loads {@code lexicons/<language>/<name>.txt}, if this build has that list for that language. */
  public static Optional<Lexicon> forLanguage(String language, String name) {
    return catalogued("lexicons/" + language + "/" + name + ".txt");
  }

  public static Optional<Lexicon> optional(String path, int fieldCount) {
    return CACHE.computeIfAbsent(path, p -> Lexicon.class.getClassLoader().getResource(p) == null
        ? Optional.empty() : Optional.of(read(p, fieldCount)));
  }

  public static Lexicon required(String path, int fieldCount) {
    return optional(path, fieldCount)
        .orElseThrow(() -> new LexiconException(path + ": missing resource"));
  }

  /** Every lexicon a Parallax run may read, for the About sheet and the header test. */
  public static List<String> allPaths() {
    return Catalogue.PATHS;
  }

  /** Loads a catalogued list by path, if this build ships it. */
  public static Optional<Lexicon> catalogued(String path) {
    return optional(path, Catalogue.fieldCount(path));
  }

  public static Lexicon boilerplate() {
    return required(Catalogue.BOILERPLATE, 2);
  }

  /** The words that make a line a credit or byline (corpus/credit-cues.txt): kind, text. */
  public static Lexicon creditCues() {
    return required(Catalogue.CREDIT_CUES, 2);
  }

  /** News agencies as written in a credit, with the name recorded as the wire (corpus/wire-agencies.txt). */
  public static Lexicon wireAgencies() {
    return required(Catalogue.WIRE_AGENCIES, 2);
  }

  /**
   * The header's source statement, whole: the line starting with {@code Source:} ("Source (Part 1):", "Sources
   * for…:") and the indented lines that continue it, up to a licence line; else the first header line. A title line
   * that merely begins with the word ("source-types.txt — …") is not it.
   */
  public String source() {
    for (int i = 0; i < header.size(); i++) {
      // a continued line ("#   source of a statement: …" in a description) opens no source statement
      if (!header.get(i).startsWith("  ") && SOURCE_LINE.matcher(header.get(i).strip()).lookingAt()) {
        return paragraph(i, header.get(i).strip());
      }
    }
    return header.isEmpty() ? "" : header.get(0).strip();
  }

  /**
   * The header's licence statement, whole: from "Licence:" (or "License:"), wherever it starts in its line, to the
   * end of the indented lines that continue it.
   */
  public String licence() {
    for (int i = 0; i < header.size(); i++) {
      java.util.regex.Matcher licence = LICENCE.matcher(header.get(i));
      if (licence.find()) {
        return paragraph(i, licence.group().strip());
      }
    }
    return "";
  }

  /** Where the list comes from and under which licence, each said once and whole: for the About sheet. */
  public String provenance() {
    String source = source();
    String licence = licence();
    return licence.isEmpty() || source.contains(licence) ? source : source + " " + licence;
  }

  /**
   * The statement that starts on header line {@code first} with {@code start}, joined with the lines that continue
   * it: those indented deeper than a header line ("#   …"), up to one that opens a licence statement.
   */
  private String paragraph(int first, String start) {
    StringBuilder text = new StringBuilder(start);
    for (int i = first + 1; i < header.size(); i++) {
      String line = header.get(i);
      if (!line.startsWith("  ") || LICENCE_START.matcher(line.strip()).lookingAt()) {
        break;
      }
      text.append(' ').append(line.strip());
    }
    return text.toString();
  }

  private static final java.util.regex.Pattern SOURCE_LINE =
      java.util.regex.Pattern.compile("(?i)sources?\\b[^:]{0,60}:");
  private static final java.util.regex.Pattern LICENCE = java.util.regex.Pattern.compile("(?i)\\blicen[cs]e:.*");
  private static final java.util.regex.Pattern LICENCE_START = java.util.regex.Pattern.compile("(?i)licen[cs]e:");

  private static Lexicon read(String path, int fieldCount) {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path);
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = new ArrayList<>();
      List<Entry> entries = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#")) {
          if (entries.isEmpty()) {
            header.add(line.substring(1).stripTrailing()); // indentation kept: it marks a continued line
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = List.of(line.strip().split("\t", -1));
        if (fields.size() != fieldCount || fields.stream().anyMatch(String::isBlank)) {
          throw new LexiconException(path + ", line " + number + ": expected " + fieldCount
              + " tab-separated non-empty field(s), found '" + line + "'");
        }
        entries.add(new Entry(number, fields.stream().map(String::strip).toList()));
      }
      if (header.isEmpty()) {
        throw new LexiconException(path + ": no '#' header saying what the list holds and where it comes from");
      }
      return new Lexicon(path, List.copyOf(header), List.copyOf(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot read", e);
    }
  }
}
