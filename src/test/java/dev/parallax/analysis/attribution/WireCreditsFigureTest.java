package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Figure;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.text.LanguageLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Summary says which outlets ran wire copy: the number of agencies each article's text credits. */
class WireCreditsFigureTest {
  @TempDir
  Path story;

  @Test
  void aWireStoryCountsItsCreditedAgenciesAndAnOwnReportNone() throws IOException {
    Files.writeString(story.resolve("icibeyrouth.com.txt"), """
        L’opposant sénégalais, Bassirou Diomaye Faye, a remporté une victoire écrasante dès le premier tour.

        Le troisième candidat n’a recueilli que 2,8% des suffrages, selon les chiffres officiels.

        Avec AFP
        """);
    Files.writeString(story.resolve("sene1.com.txt"), """
        Bassirou Diomaye Faye est arrivé largement en tête de l’élection présidentielle.

        Le candidat de la mouvance présidentielle, Amadou Bâ, arrive loin derrière avec 31,4 % des suffrages.
        """);
    AnalysisResult result = new AttributionAnalyzer()
        .analyze(new LanguageLayer().parse(new CorpusReader(notice -> { }).readStory(story)));
    assertThat(result.figures()).filteredOn(f -> f.name().equals("Wire credits"))
        .extracting(Figure::outlet, Figure::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("icibeyrouth.com", 1.0),
            org.assertj.core.groups.Tuple.tuple("sene1.com", 0.0));
  }
}
