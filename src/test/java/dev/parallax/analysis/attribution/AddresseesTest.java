package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * A person after a verb of saying is whom the words were addressed to, not what was said: "Amadou Ba a félicité son
 * adversaire, Bassirou Diomaye Faye" reports an act, no statement. Real sentences of the development set (Senegal's
 * 2024 presidential results) and of the seed story.
 */
class AddresseesTest {

  private static List<String> quotes(ParsedStory story) {
    AnalysisResult result = new AttributionAnalyzer().analyze(story);
    Table table = result.sheets().get(0).table();
    return table.stringColumn("Quote").asList();
  }

  @Test
  void aFrenchObjectNamingAPersonIsTheAddressee() {
    // pressafrik.com
    assertThat(quotes(TestStories.french("Reconnaissant finalement sa défaite à la présidentielle du 24 mars 2024, "
        + "Amadou Ba a félicité son adversaire, Bassirou Diomaye Faye."))).isEmpty();
  }

  @Test
  void anEnglishObjectNamingAPersonIsTheAddressee() {
    // kafupdates.com
    assertThat(quotes(TestStories.english("In a recent tweet, president Macky Sall congratulated Diomaye Faye.")))
        .isEmpty();
  }

  @Test
  void anObjectThatIsNoPersonIsStillWhatWasSaid() {
    // Ovajabmedia.com (seed story)
    assertThat(quotes(TestStories.french("Le ministre malien des Affaires étrangères, Abdoulaye Diop, a exprimé, après "
        + "les discussions, la détermination de la Russie à soutenir les efforts de sécurité de l’AES.")))
        .singleElement().satisfies(q -> assertThat(q).startsWith("la détermination de la Russie"));
  }
}
