package dev.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One gold TSV file: a header row naming the columns, then one annotation a line. A line with the wrong number of
 * fields, or a header without the expected columns, is an error naming the file and the line.
 */
public record GoldFile(Path path, List<Row> rows) {

  /** One annotation, with its line number for error messages and miss reports. */
  public record Row(int line, Map<String, String> values) {
    public String get(String column) {
      return values.get(column);
    }
  }

  /** The file {@code name} of a gold folder, or empty when the folder has no such file (it is then not scored). */
  public static java.util.Optional<GoldFile> readIfPresent(Path folder, String name, List<String> requiredColumns) {
    Path path = folder.resolve(name);
    return Files.isRegularFile(path) ? java.util.Optional.of(read(path, requiredColumns)) : java.util.Optional.empty();
  }

  public static GoldFile read(Path path, List<String> requiredColumns) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GoldFormatException(path + ": cannot be read as UTF-8 text");
    }
    if (lines.isEmpty()) {
      throw new GoldFormatException(path + ", line 1: empty file, expected a header row");
    }
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split("\t", -1));
    for (String column : requiredColumns) {
      if (!header.contains(column)) {
        throw new GoldFormatException(path + ", line 1: missing column '" + column + "' (header: "
            + String.join(", ", header) + ")");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != header.size()) {
        throw new GoldFormatException(path + ", line " + (i + 1) + ": expected " + header.size()
            + " tab-separated fields, found " + fields.length);
      }
      rows.add(new Row(i + 1, IntStream.range(0, fields.length).boxed()
          .collect(Collectors.toMap(header::get, j -> fields[j].strip()))));
    }
    return new GoldFile(path, List.copyOf(rows));
  }
}
