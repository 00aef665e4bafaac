package dev.parallax.devset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.eval.GoldFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The development set's committed gold is usable without its texts (which are not committed): every file reads with
 * the format's columns, every row quotes at most eight words, names an outlet of its story's manifest, and facts.tsv
 * holds every outlet × fact. That the anchors are found in the texts is checked by devset/rebuild where the texts are.
 */
class DevSetGoldTest {
  private static final Path DEVSET = Path.of("devset");
  private static final int MAX_QUOTED_WORDS = 8;
  private static final Map<String, List<String>> QUOTING_COLUMNS = Map.of(
      "quotes.tsv", List.of("outlet", "quote_start", "speaker", "source_type", "reporting_verb", "direct"),
      "hedges.tsv", List.of("outlet", "cue", "category", "sentence_start"),
      "facts.tsv", List.of("outlet", "fact_id", "status", "evidence_start"),
      "tone.tsv", List.of("outlet", "word_or_phrase", "polarity", "target"));

  private static Map<String, Set<String>> outletsByStory() throws IOException {
    Map<String, Set<String>> outlets = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(DEVSET)) {
      for (Path manifest : files.filter(p -> p.getFileName().toString().matches("articles(-.+)?\\.tsv")).toList()) {
        for (GoldFile.Row row : GoldFile.read(manifest, List.of("story", "outlet", "role")).rows()) {
          if (row.get("role").equals("story")) {
            outlets.computeIfAbsent(row.get("story"), s -> new LinkedHashSet<>()).add(row.get("outlet"));
          }
        }
      }
    }
    return outlets;
  }

  @Test
  void everyStoryHasEightOutletsAndCompleteGold() throws IOException {
    Map<String, Set<String>> stories = outletsByStory();
    assertThat(stories).hasSizeGreaterThanOrEqualTo(3);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Set<String>> story : stories.entrySet()) {
      assertThat(story.getValue()).as(story.getKey()).hasSizeGreaterThanOrEqualTo(8);
      Path gold = DEVSET.resolve("gold").resolve(story.getKey());
      for (Map.Entry<String, List<String>> file : QUOTING_COLUMNS.entrySet()) {
        GoldFile read = GoldFile.read(gold.resolve(file.getKey()), file.getValue());
        for (GoldFile.Row row : read.rows()) {
          if (!story.getValue().contains(row.get("outlet"))) {
            problems.add(read.path() + ", line " + row.line() + ": outlet " + row.get("outlet") + " not in the story");
          }
          for (String column : file.getValue()) {
            if (row.get(column).split("\\s+").length > MAX_QUOTED_WORDS) {
              problems.add(read.path() + ", line " + row.line() + ": " + column + " quotes more than 8 words");
            }
          }
        }
      }
      Set<String> facts = new LinkedHashSet<>();
      GoldFile.read(gold.resolve("facts-list.tsv"), List.of("fact_id", "description")).rows()
          .forEach(r -> facts.add(r.get("fact_id")));
      Set<String> pairs = new LinkedHashSet<>();
      GoldFile.read(gold.resolve("facts.tsv"), QUOTING_COLUMNS.get("facts.tsv")).rows()
          .forEach(r -> pairs.add(r.get("outlet") + " × " + r.get("fact_id")));
      for (String outlet : story.getValue()) {
        for (String fact : facts) {
          if (!pairs.contains(outlet + " × " + fact)) {
            problems.add(gold.resolve("facts.tsv") + ": no row for " + outlet + " × " + fact);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theGroupingGoldNamesEveryArticleOnce() throws IOException {
    GoldFile grouping = GoldFile.read(DEVSET.resolve("gold").resolve("grouping.tsv"), List.of("article", "story"));
    Set<String> articles = new LinkedHashSet<>();
    grouping.rows().forEach(r -> assertThat(articles.add(r.get("article"))).as(r.get("article")).isTrue());
    Set<String> stories = new LinkedHashSet<>();
    grouping.rows().forEach(r -> stories.add(r.get("story")));
    assertThat(stories).containsAll(outletsByStory().keySet());
    // Control articles: the same actors in another event, so that the grouping can go wrong.
    assertThat(stories.size()).isGreaterThan(outletsByStory().size());
  }
}
