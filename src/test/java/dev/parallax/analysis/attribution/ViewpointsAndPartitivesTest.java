package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause opened by a viewpoint preposition and a person's name ("But for Christine Lagarde, …") is that person's
 * view; a fronted partitive ("Of the injured, the ministry wrote, 721 were…") belongs to the reported clause. Real
 * sentences of the development set.
 */
class ViewpointsAndPartitivesTest {

  private static List<FoundStatement> rows(ParsedStory story) {
    return FoundStatement.in(story);
  }

  @Test
  void aNameAfterAViewpointPrepositionGivesThatPersonsView() {
    // euro.dayfr.com
    List<FoundStatement> rows = rows(TestStories.english("But for Christine Lagarde, the fight to control inflation, on the right "
        + "track, is not over."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("the fight to control inflation");
      assertThat(row.speaker()).isEqualTo("Christine Lagarde");
      assertThat(row.type()).isEqualTo("person");
      assertThat(row.verb()).isEqualTo("for");
    });
  }

  @Test
  void aViewpointPrepositionBeforeAnythingButANameIsNoFrame() {
    // bfmtv.com, axios.com
    assertThat(rows(TestStories.french("Pour rappel, l'inflation en zone euro s'est établie à 2,6% en mai sur un an.")))
        .isEmpty();
    assertThat(rows(TestStories.english("For 2025, the inflation forecast has been adjusted to 2.2%, up from 2%."))).isEmpty();
  }

  @Test
  void aFrontedPartitiveBelongsToTheReportedClause() {
    // jamaica-gleaner.com
    List<FoundStatement> rows = rows(TestStories.english("At least 1,037 people died, mostly in Marrakech and five provinces near "
        + "the quake's epicentre, and another 1,204 people were injured, Morocco's Interior Ministry reported Saturday "
        + "morning. Of the injured, the ministry wrote, 721 were in critical condition."));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).quote()).startsWith("Of the injured").contains("721 were in critical condition");
    assertThat(rows.get(1).speaker()).isEqualTo("Morocco's Interior Ministry");
  }
}
