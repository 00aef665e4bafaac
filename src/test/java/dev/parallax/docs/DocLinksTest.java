package dev.parallax.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and docs/*.md, and every path in backquotes that climbs out of its folder
 * ({@code ../…}), resolves to a file of the repository that git does not ignore: a clone has nothing beside it,
 * nor the dev set's texts.
 */
class DocLinksTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern CLIMBING_CODE = Pattern.compile("`(\\.\\./[^`\\s]+)`");

  @Test
  void everyRelativeLinkOfTheReadmeAndTheDocsResolvesInsideTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path file : documents()) {
      String text = Files.readString(file);
      for (String target : targets(text)) {
        checked++;
        Path resolved = file.getParent().resolve(target).normalize();
        if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
          broken.add(ROOT.relativize(file) + " -> " + target);
        } else if (!ignoredByGit(List.of(ROOT.relativize(resolved).toString())).isEmpty()) {
          broken.add(ROOT.relativize(file) + " -> " + target + " (git-ignored: not in a clone)");
        }
      }
    }
    assertThat(checked).as("relative links checked").isGreaterThan(10);
    assertThat(broken).as("links that do not resolve in a clone").isEmpty();
  }

  @Test
  void aLinkOutsideTheRepositoryIsCaught() {
    List<String> targets = targets("see [the seeds](../shared/seeds/SOURCES.md) and `../shared/seeds/SOURCES.md`, "
        + "[a site](https://example.org/x) and [a section](#corpus-format)");
    assertThat(targets).containsExactly("../shared/seeds/SOURCES.md", "../shared/seeds/SOURCES.md");
    Path resolved = ROOT.resolve(targets.get(0)).normalize();
    assertThat(resolved.startsWith(ROOT)).isFalse();
  }

  /** The dev set's texts are on this machine but git-ignored: a link to one would be broken in a clone. */
  @Test
  void aLinkToAGitIgnoredFileIsCaught() {
    Assumptions.assumeTrue(gitAvailable(), "git and a work tree to ask");
    assertThat(ignoredByGit(List.of("devset/corpus/ecb-rate-cut-2024-06/axios.com.txt", "README.md")))
        .containsExactly("devset/corpus/ecb-rate-cut-2024-06/axios.com.txt");
  }

  /** The paths (relative to the repository) git ignores; none when git cannot tell (no git, no work tree). */
  static List<String> ignoredByGit(List<String> paths) {
    List<String> command = new ArrayList<>(List.of("git", "check-ignore", "--"));
    command.addAll(paths);
    try {
      Process git = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(false).start();
      String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      git.getErrorStream().readAllBytes();
      return git.waitFor() == 0 ? out.lines().toList() : List.of(); // 1: none ignored; 128: git cannot tell
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  private static boolean gitAvailable() {
    try {
      return new ProcessBuilder("git", "rev-parse", "--is-inside-work-tree").directory(ROOT.toFile()).start()
          .waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The relative targets of the text's links and climbing code paths, without their #fragment. */
  static List<String> targets(String text) {
    List<String> targets = new ArrayList<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      String target = link.group(1);
      if (target.startsWith("#") || target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
        continue; // an anchor of the same page, or an address with a scheme (https:, mailto:)
      }
      int hash = target.indexOf('#');
      targets.add(hash < 0 ? target : target.substring(0, hash));
    }
    Matcher code = CLIMBING_CODE.matcher(text);
    while (code.find()) {
      targets.add(code.group(1));
    }
    return targets;
  }

  private static List<Path> documents() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }
}
