package dev.parallax.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an analyst's {@code outlets.tsv}: a header naming its columns (outlet, and any of country, owner, kind,
 * bloc, in any order), then one outlet a line. Blank lines and lines starting with {@code #} are skipped. Every
 * problem is rejected with the file and the line: an unknown or repeated column, a line with another number of
 * fields, an unknown kind, an outlet listed twice, an outlet that has no article.
 */
public final class OutletsFile {
  public static final String NAME = "outlets.tsv";
  private static final String OUTLET = "outlet";
  private static final List<String> COLUMNS = List.of(OUTLET, "country", "owner", "kind", "bloc");

  private OutletsFile() {
  }

  /**
   * The profiles of the file, each outlet checked to be one of {@code outlets} (matched without case, and given
   * the corpus's spelling).
   *
   * @param where what {@code outlets} are, for the message: "this story", "any story of the corpus"
   */
  public static OutletDirectory read(Path file, Collection<String> outlets, String where) {
    List<String> lines = lines(file);
    int headerIndex = 0;
    while (headerIndex < lines.size() && skipped(lines.get(headerIndex))) {
      headerIndex++;
    }
    if (headerIndex == lines.size()) {
      throw new CorpusException(file, "no header line (expected columns such as 'outlet<TAB>bloc'; columns: "
          + String.join(", ", COLUMNS) + ")");
    }
    List<String> header = header(file, headerIndex + 1, lines.get(headerIndex));
    Map<String, String> spelling = new HashMap<>();
    outlets.forEach(o -> spelling.put(o.toLowerCase(Locale.ROOT), o));
    Map<String, Integer> lineOf = new HashMap<>();
    List<OutletProfile> profiles = new ArrayList<>();
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      if (skipped(lines.get(i))) {
        continue;
      }
      int number = i + 1;
      Map<String, String> fields = fields(file, number, lines.get(i), header);
      String outlet = fields.get(OUTLET);
      if (outlet.isEmpty()) {
        throw new CorpusException(file, "line " + number + ": the outlet field is empty");
      }
      String key = outlet.toLowerCase(Locale.ROOT);
      Integer earlier = lineOf.putIfAbsent(key, number);
      if (earlier != null) {
        throw new CorpusException(file, "line " + number + ": outlet '" + outlet + "' is listed twice (also line "
            + earlier + ")");
      }
      if (!spelling.containsKey(key)) {
        throw new CorpusException(file, "line " + number + ": no article of outlet '" + outlet + "' in " + where
            + " (outlets: " + String.join(", ", outlets.stream().sorted().toList()) + ")");
      }
      profiles.add(new OutletProfile(spelling.get(key), fields.getOrDefault("country", ""),
          fields.getOrDefault("owner", ""), kind(file, number, fields.getOrDefault("kind", "")),
          fields.getOrDefault("bloc", "")));
    }
    return new OutletDirectory(Optional.of(file), profiles);
  }

  private static List<String> header(Path file, int number, String line) {
    List<String> header = new ArrayList<>();
    for (String field : line.split("\t", -1)) {
      String column = field.strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(column)) {
        throw new CorpusException(file, "line " + number + ": unknown column '" + field.strip() + "' (columns: "
            + String.join(", ", COLUMNS) + ", separated by tabs)");
      }
      if (header.contains(column)) {
        throw new CorpusException(file, "line " + number + ": column '" + column + "' twice");
      }
      header.add(column);
    }
    if (!header.contains(OUTLET)) {
      throw new CorpusException(file, "line " + number + ": no 'outlet' column (columns: "
          + String.join(", ", COLUMNS) + ", separated by tabs)");
    }
    return header;
  }

  private static Map<String, String> fields(Path file, int number, String line, List<String> header) {
    String[] values = line.split("\t", -1);
    if (values.length != header.size()) {
      throw new CorpusException(file, "line " + number + ": expected " + header.size() + " tab-separated fields ("
          + String.join(", ", header) + "), found " + values.length);
    }
    Map<String, String> fields = new HashMap<>();
    for (int c = 0; c < values.length; c++) {
      fields.put(header.get(c), values[c].strip());
    }
    return fields;
  }

  private static Optional<OutletProfile.Kind> kind(Path file, int number, String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OutletProfile.Kind.parse(value).orElseThrow(() -> new CorpusException(file, "line " + number
        + ": kind '" + value + "' is not one of " + OutletProfile.Kind.labels())));
  }

  private static boolean skipped(String line) {
    return line.isBlank() || line.strip().startsWith("#");
  }

  private static List<String> lines(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CorpusException(file, Files.exists(file) ? "not a file" : "file not found");
    }
    try {
      return List.of(ArticleReader.decode(file, Files.readAllBytes(file)).split("\r?\n|\r", -1));
    } catch (IOException e) {
      throw new CorpusException(file, "cannot read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
