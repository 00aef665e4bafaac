package dev.parallax.cli;

import dev.parallax.corpus.Article;
import dev.parallax.group.ArticleFolder;
import dev.parallax.group.Grouping;
import dev.parallax.group.GroupingWriter;
import dev.parallax.group.SameOutlet;
import dev.parallax.group.StoryGrouper;
import dev.parallax.report.OutputTransaction;
import dev.parallax.run.Workers;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax group}: sorts a flat folder of articles into stories by event. */
@Command(name = "group", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Sorts a flat folder of articles into stories by event: articles whose wording, names (proper "
        + "nouns) and numbers agree, and whose dates (front matter, or full dates in the text) lie within a few "
        + "days, share a story; a different meeting between the same parties does not, nor does an article whose "
        + "lead reports another step (an appointment, a swearing-in) than theirs.",
        "Writes a TSV of article, story and the reason in one line, and with --write-folders one folder per story, "
            + "ready for compare."})
final class GroupCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "A folder of articles (*.txt).")
  Path folder;

  @Option(names = "--tsv", defaultValue = "reports/stories.tsv", paramLabel = "FILE",
      description = "The TSV to write (default: ${DEFAULT-VALUE}).")
  Path tsv;

  @Option(names = "--write-folders", paramLabel = "OUT",
      description = "Also copy the articles into OUT/<story>/ (OUT must be new or empty).")
  Path folders;

  @Option(names = "--window-days", defaultValue = "7", paramLabel = "N",
      description = "Articles whose dates are more than N days apart never share a story (default: "
          + "${DEFAULT-VALUE}).")
  int windowDays;

  @Option(names = "--threshold", defaultValue = "0.33", paramLabel = "X",
      description = "The score (0.6 × wording + 0.4 × shared names + up to 0.45 for shared numbers) from which "
          + "two articles share a story, provided their wording agrees at least 0.25; two articles of one language "
          + "whose leads use the same words (cosine at least 0.25) share a story whatever their score "
          + "(default: ${DEFAULT-VALUE}).")
  double threshold;

  @Mixin
  ThreadsOption threads;

  @Mixin
  VerboseOption verbose;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    int threadCount = threads.count();
    if (windowDays < 0) {
      throw new ParameterException(spec.commandLine(), "--window-days must be at least 0, was " + windowDays);
    }
    if (!(threshold > 0 && threshold <= 1)) { // NaN too
      throw new ParameterException(spec.commandLine(),
          "--threshold must be a number above 0 and at most 1, was " + threshold);
    }
    GroupingWriter.check(tsv, folders);
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, 3);
    progress.stage("Reading " + folder);
    List<Article> articles = ArticleFolder.read(folder, progress::note);
    Grouping grouping;
    try (Workers workers = new Workers(threadCount)) {
      progress.stage("Language layer and grouping: " + articles.size() + " articles");
      List<ParsedArticle> parsed = workers.map(articles, new LanguageLayer()::parse);
      grouping = SameOutlet.flagged(new StoryGrouper(threshold, windowDays, workers).group(parsed), articles);
    }
    progress.stage("Writing " + tsv + (folders == null ? "" : " and " + folders));
    try (OutputTransaction outputs = new OutputTransaction()) {
      GroupingWriter.tsv(grouping, tsv, outputs);
      if (folders != null) {
        GroupingWriter.folders(grouping, folders, outputs);
      }
      outputs.commit();
    }
    print(grouping, spec.commandLine().getOut());
    return 0;
  }

  private void print(Grouping grouping, PrintWriter out) {
    for (Grouping.Group story : grouping.stories()) {
      out.println(story.name() + " (" + story.articles().size() + " article" + (story.articles().size() == 1 ? "" : "s")
          + (story.articles().size() == 1 ? "; compare needs two" : "") + ")");
      for (Grouping.Decision decision : grouping.decisions()) {
        if (decision.story().equals(story.name())) {
          out.println("  " + decision.article().getFileName() + "  " + decision.reason());
        }
      }
    }
    out.println("Wrote " + tsv + (folders == null ? "" : " and " + grouping.stories().size() + " story folders in "
        + folders));
    out.flush();
  }
}
