package dev.parallax.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The optional block between two {@code ---} lines at the top of an article: {@code key: value} lines with the
 * keys outlet, title, author, date (ISO 8601), url (http or https) and language (ISO 639-1).
 */
record FrontMatter(Map<String, String> values, int bodyStart) {

  static final Set<String> KEYS = Set.of("outlet", "title", "author", "date", "url", "language");
  private static final String FENCE = "---";
  private static final DateTimeFormatter ISO_8601 = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
      .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

  static FrontMatter parse(Path file, String text) {
    if (!firstLine(text).strip().equals(FENCE)) {
      return new FrontMatter(Map.of(), 0);
    }
    if (!hasClosingFence(text)) {
      // Checked first: the lines below an unclosed block are the article, and a complaint about one of them as a
      // front-matter key would send the analyst looking in the wrong place.
      throw new CorpusException(file, "malformed front matter: the closing '---' line is missing (the block opened "
          + "on line 1 never ends)");
    }
    Map<String, String> values = new LinkedHashMap<>();
    int position = text.indexOf('\n') + 1;
    int lineNumber = 1;
    while (position > 0 && position < text.length()) {
      lineNumber++;
      int lineEnd = text.indexOf('\n', position);
      int next = lineEnd < 0 ? text.length() : lineEnd + 1;
      String line = text.substring(position, lineEnd < 0 ? text.length() : lineEnd).strip();
      if (line.equals(FENCE)) {
        return new FrontMatter(Map.copyOf(values), next);
      }
      if (!line.isEmpty()) {
        addField(file, values, line, lineNumber);
      }
      position = next;
    }
    throw new IllegalStateException("closing fence checked above");
  }

  private static boolean hasClosingFence(String text) {
    return text.lines().skip(1).anyMatch(line -> line.strip().equals(FENCE));
  }

  private static void addField(Path file, Map<String, String> values, String line, int lineNumber) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw new CorpusException(file, "malformed front matter, line " + lineNumber
          + ": expected 'key: value', found '" + line + "'");
    }
    String key = line.substring(0, colon).strip().toLowerCase();
    String value = unquote(line.substring(colon + 1).strip());
    if (!KEYS.contains(key)) {
      throw new CorpusException(file, "unknown front-matter key '" + key + "' on line " + lineNumber
          + " (known keys: outlet, title, author, date, url, language)");
    }
    if (values.containsKey(key)) {
      throw new CorpusException(file, "malformed front matter: key '" + key + "' given twice");
    }
    if (!value.isEmpty()) {
      values.put(key, value);
    }
  }

  ArticleMetadata toMetadata(Path file, String outletFromFileName) {
    return new ArticleMetadata(
        Optional.ofNullable(values.get("outlet")).orElse(outletFromFileName),
        Optional.ofNullable(values.get("title")),
        Optional.ofNullable(values.get("author")),
        Optional.ofNullable(values.get("date")).map(d -> parseDate(file, d)),
        Optional.ofNullable(values.get("url")).map(u -> checkUrl(file, u)),
        Optional.ofNullable(values.get("language")).map(l -> checkLanguage(file, l)));
  }

  /**
   * The calendar date as the article gives it: an ISO 8601 date, or a date-time with or without seconds, fraction,
   * offset ({@code Z}, {@code +02:00}, {@code +0200}, {@code +02}) and zone ({@code [Europe/Paris]}). The date is kept
   * as written, not moved to another time zone.
   */
  static LocalDate parseDate(Path file, String value) {
    try {
      return LocalDate.from(ISO_8601.parse(value));
    } catch (DateTimeException e) {
      throw new CorpusException(file, "invalid date '" + value + "' (expected ISO 8601, e.g. 2025-04-05 or "
          + "2025-04-05T09:30:00+02:00)");
    }
  }

  static String checkUrl(Path file, String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below, with the value
    }
    throw new CorpusException(file, "invalid url '" + value + "' (expected an http or https address)");
  }

  private static String checkLanguage(Path file, String value) {
    String code = value.toLowerCase();
    if (!code.matches("[a-z]{2}")) {
      throw new CorpusException(file, "invalid language '" + value + "' (expected a two-letter ISO 639-1 code such as fr or en)");
    }
    return code;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      char quote = value.charAt(0);
      return value.substring(1, value.length() - 1).replace("\\" + quote, String.valueOf(quote)).strip();
    }
    return value;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
