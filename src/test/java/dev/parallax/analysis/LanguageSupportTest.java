package dev.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.Language;
import org.junit.jupiter.api.Test;

/** The word lists analyzers declare, and the gaps reported for a language without them. */
class LanguageSupportTest {

  @Test
  void everyListAnAnalyzerDeclaresShipsInFrenchAndEnglish() {
    for (Analyzer analyzer : Analyzers.all()) {
      for (String list : analyzer.lexicons()) {
        for (String code : new String[] {"fr", "en"}) {
          assertThat(Language.forCode(code).lexicon(list)).as(analyzer.id() + " needs " + code + "/" + list)
              .isPresent();
        }
      }
    }
  }

  @Test
  void theSeedStoryHasNoGaps() {
    assertThat(LanguageSupport.gaps(TestStories.seeds(), Analyzers.all())).isEmpty();
    assertThat(LanguageSupport.notices(TestStories.seeds(), Analyzers.all())).isEmpty();
  }

  @Test
  void toneNeedsItsListsAndCoverageNone() {
    assertThat(Analyzers.all()).filteredOn(a -> a.id().equals("tone")).singleElement()
        .satisfies(a -> assertThat(a.lexicons()).contains("polarity", "actors"));
    assertThat(Analyzers.all()).filteredOn(a -> a.id().equals("coverage")).singleElement()
        .satisfies(a -> assertThat(a.lexicons()).isEmpty());
  }
}
