import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rebuilds the development set's corpus from the saved page texts, then checks the gold against it.
 *
 * <pre>java devset/Rebuild.java [--only STORY] [--no-check] [--write-grouping]</pre>
 *
 * {@code --write-grouping} writes {@code gold/grouping.tsv} from the manifest's story column (each control article
 * under its own event).
 *
 * Reads {@code articles.tsv} (and any {@code articles-*.tsv}) beside this file, takes each article's kept lines from
 * {@code raw/<story>/<file>.txt} and writes {@code corpus/<story>/<file>.txt} (role story) and
 * {@code flat/<file>-<story code>.txt} (every role, for {@code parallax group}). Then every gold anchor must be found in
 * the text of its outlet, every row must quote at most 8 words, and {@code facts.tsv} must hold every outlet × fact.
 * Exit 1 names each problem. Run from the repository root or from devset/.
 */
public final class Rebuild {
  private static final int MAX_QUOTED_WORDS = 8;
  private static final int START_WORDS = 5;

  record Entry(String story, String file, String outlet, String language, String date, String title, String url,
      String keepLines, String role) {
  }

  public static void main(String[] args) throws IOException {
    Path home = Files.isRegularFile(Path.of("articles.tsv")) ? Path.of(".") : Path.of("devset");
    String only = null;
    boolean check = true;
    boolean writeGrouping = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--only" -> only = args[++i];
        case "--no-check" -> check = false;
        case "--write-grouping" -> writeGrouping = true;
        default -> fail("unknown argument " + args[i] + " (usage: java devset/Rebuild.java [--only STORY] [--no-check] [--write-grouping])");
      }
    }
    List<Entry> entries = readManifests(home);
    if (writeGrouping) {
      StringBuilder grouping = new StringBuilder("article\tstory\n");
      entries.forEach(e -> grouping.append(flatName(e)).append('\t').append(e.story()).append('\n'));
      write(home.resolve("gold").resolve("grouping.tsv"), grouping.toString());
    }
    for (Entry entry : entries) {
      if (only == null || entry.story().equals(only)) {
        clear(home.resolve("corpus").resolve(entry.story()));
      }
    }
    if (only == null) {
      clear(home.resolve("flat"));
    }
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> bodies = new LinkedHashMap<>();
    int written = 0;
    for (Entry entry : entries) {
      if (only != null && !entry.story().equals(only)) {
        continue;
      }
      Path raw = home.resolve("raw").resolve(entry.story()).resolve(entry.file() + ".txt");
      if (!Files.isRegularFile(raw)) {
        problems.add(raw + ": saved page text missing (run the query of articles.tsv and save its excerpt)");
        continue;
      }
      if (!entry.date().isBlank() && !entry.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
        problems.add("articles manifest, " + entry.story() + "/" + entry.file() + ": date '" + entry.date()
            + "' is not YYYY-MM-DD (leave it empty when the tool gives only a month)");
      }
      String body = keptLines(Files.readString(raw, StandardCharsets.UTF_8), entry.keepLines(), raw, problems);
      String text = frontMatter(entry) + body + "\n";
      if (entry.role().equals("story")) {
        write(home.resolve("corpus").resolve(entry.story()).resolve(entry.file() + ".txt"), text);
        bodies.computeIfAbsent(entry.story(), s -> new LinkedHashMap<>()).put(entry.outlet(), body);
      }
      write(home.resolve("flat").resolve(flatName(entry)), text);
      written++;
    }
    System.out.println("rebuilt " + written + " articles into " + home.resolve("corpus") + " and " + home.resolve("flat"));
    if (check) {
      int anchors = 0;
      for (Map.Entry<String, Map<String, String>> story : bodies.entrySet()) {
        anchors += checkGold(home.resolve("gold").resolve(story.getKey()), story.getValue(), problems);
      }
      if (only == null) {
        checkGrouping(home, entries, problems);
      }
      System.out.println("checked " + anchors + " gold anchors");
    }
    problems.forEach(p -> System.out.println("problem: " + p));
    if (!problems.isEmpty()) {
      System.out.println(problems.size() + " problems");
      System.exit(1);
    }
  }

  /** The article's name in the flat folder: its file and a code of its story, so two stories' files never clash. */
  static String flatName(Entry entry) {
    return entry.file() + "-" + Integer.toHexString(entry.story().hashCode() & 0xffff) + ".txt";
  }

  static List<Entry> readManifests(Path home) throws IOException {
    List<Path> manifests;
    try (Stream<Path> files = Files.list(home)) {
      manifests = files.filter(p -> p.getFileName().toString().matches("articles(-.+)?\\.tsv")).sorted().toList();
    }
    List<Entry> entries = new ArrayList<>();
    for (Path manifest : manifests) {
      List<Map<String, String>> rows = readTsv(manifest);
      for (Map<String, String> row : rows) {
        entries.add(new Entry(row.get("story"), row.get("file"), row.get("outlet"), row.get("language"),
            row.get("date"), row.get("title"), row.get("url"), row.get("keep_lines"), row.get("role")));
      }
    }
    return entries;
  }

  static String keptLines(String raw, String ranges, Path file, List<String> problems) {
    String[] lines = raw.replace("\r\n", "\n").split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (String range : ranges.split(",")) {
      String[] ends = range.strip().split("-");
      int from = Integer.parseInt(ends[0].strip());
      int to = Integer.parseInt(ends[ends.length - 1].strip());
      if (from < 1 || to > lines.length || from > to) {
        problems.add(file + ": keep_lines range " + range + " outside the text's " + lines.length + " lines");
        continue;
      }
      for (int n = from; n <= to; n++) {
        if (!lines[n - 1].isBlank()) {
          kept.add(lines[n - 1].strip());
        }
      }
    }
    return String.join("\n\n", kept);
  }

  static String frontMatter(Entry entry) {
    StringBuilder text = new StringBuilder("---\n");
    text.append("outlet: ").append(entry.outlet()).append('\n');
    if (!entry.title().isBlank()) {
      text.append("title: \"").append(entry.title().replace("\"", "\\\"")).append("\"\n");
    }
    if (!entry.date().isBlank()) {
      text.append("date: ").append(entry.date()).append('\n');
    }
    text.append("url: ").append(entry.url()).append('\n');
    text.append("language: ").append(entry.language()).append('\n');
    return text.append("---\n").toString();
  }

  /** Every anchor of a story's gold found in its outlet's text; returns how many were checked. */
  static int checkGold(Path gold, Map<String, String> bodies, List<String> problems) throws IOException {
    if (!Files.isDirectory(gold)) {
      problems.add(gold + ": no gold folder for this story");
      return 0;
    }
    Map<String, String> normalised = new HashMap<>();
    bodies.forEach((outlet, body) -> normalised.put(outlet, " " + normalise(body) + " "));
    Map<String, List<String>> anchorColumns = Map.of(
        "quotes.tsv", List.of("quote_start"),
        "hedges.tsv", List.of("cue", "sentence_start"),
        "facts.tsv", List.of("evidence_start"),
        "tone.tsv", List.of("word_or_phrase"));
    int checked = 0;
    for (Map.Entry<String, List<String>> file : anchorColumns.entrySet()) {
      Path path = gold.resolve(file.getKey());
      if (!Files.isRegularFile(path)) {
        problems.add(path + ": missing");
        continue;
      }
      List<Map<String, String>> rows = readTsv(path);
      for (int i = 0; i < rows.size(); i++) {
        Map<String, String> row = rows.get(i);
        String where = path + ", line " + (i + 2);
        String body = normalised.get(row.get("outlet"));
        if (body == null) {
          problems.add(where + ": outlet '" + row.get("outlet") + "' is not an article of the story");
          continue;
        }
        for (String column : file.getValue()) {
          String value = row.getOrDefault(column, "");
          if (value.equals("-") || value.isBlank()) {
            continue;
          }
          if (words(value) > MAX_QUOTED_WORDS) {
            problems.add(where + ": " + column + " quotes " + words(value) + " words (at most " + MAX_QUOTED_WORDS + ")");
          }
          String key = column.endsWith("_start") ? start(value) : normalise(value);
          checked++;
          if (!body.contains(" " + key + " ")) {
            problems.add(where + ": " + column + " '" + value + "' not found in " + row.get("outlet"));
          }
        }
      }
    }
    checkFactsComplete(gold, bodies.keySet(), problems);
    return checked;
  }

  static void checkFactsComplete(Path gold, Set<String> outlets, List<String> problems) throws IOException {
    Path list = gold.resolve("facts-list.tsv");
    Path facts = gold.resolve("facts.tsv");
    if (!Files.isRegularFile(list) || !Files.isRegularFile(facts)) {
      return;
    }
    Set<String> ids = readTsv(list).stream().map(r -> r.get("fact_id")).collect(Collectors.toCollection(TreeSet::new));
    Set<String> pairs = new LinkedHashSet<>();
    for (Map<String, String> row : readTsv(facts)) {
      if (!ids.contains(row.get("fact_id"))) {
        problems.add(facts + ": fact " + row.get("fact_id") + " is not in facts-list.tsv");
      }
      if (!pairs.add(row.get("outlet") + "\t" + row.get("fact_id"))) {
        problems.add(facts + ": " + row.get("outlet") + " × " + row.get("fact_id") + " twice");
      }
    }
    for (String outlet : outlets) {
      for (String id : ids) {
        if (!pairs.contains(outlet + "\t" + id)) {
          problems.add(facts + ": no row for " + outlet + " × " + id + " (write it absent if the outlet does not report it)");
        }
      }
    }
  }

  /** gold/grouping.tsv must name every article of the flat folder with its story. */
  static void checkGrouping(Path home, List<Entry> entries, List<String> problems) throws IOException {
    Path grouping = home.resolve("gold").resolve("grouping.tsv");
    if (!Files.isRegularFile(grouping)) {
      problems.add(grouping + ": missing");
      return;
    }
    Map<String, String> expected = new LinkedHashMap<>();
    entries.forEach(e -> expected.put(flatName(e), e.story()));
    Map<String, String> gold = new LinkedHashMap<>();
    readTsv(grouping).forEach(r -> gold.put(r.get("article"), r.get("story")));
    if (!gold.equals(expected)) {
      problems.add(grouping + ": does not list every flat article with its story; expected:\n"
          + expected.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n")));
    }
  }

  static List<Map<String, String>> readTsv(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return List.of();
    }
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String[] cells = lines.get(n).split("\t", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c].strip(), c < cells.length ? cells[c].strip() : "");
      }
      rows.add(row);
    }
    return rows;
  }

  /** As the eval's GoldText: lowercase words without accents or punctuation. */
  static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static String start(String text) {
    return Arrays.stream(normalise(text).split(" ")).limit(START_WORDS).collect(Collectors.joining(" "));
  }

  /** Words as a reader counts them: runs of letters or digits separated by white space. */
  static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  static void write(Path path, String text) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes an earlier rebuild's files, so an article dropped from the manifest does not linger. */
  static void clear(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  static void fail(String message) {
    System.err.println(message);
    System.exit(2);
  }
}
