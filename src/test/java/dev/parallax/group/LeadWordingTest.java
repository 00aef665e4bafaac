package dev.parallax.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.ArticleMetadata;
import dev.parallax.corpus.Paragraph;
import dev.parallax.text.LanguageLayer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The leads' words that say what happened, compared between two articles of one language: the leads of the
 * development set's articles (one sentence each, from the Morocco earthquake, the Senegal results, the ECB cut and the
 * Senegal controls).
 */
class LeadWordingTest {
  private static final LanguageLayer LAYER = new LanguageLayer();

  private static ArticleProfile profile(String language, String lead) {
    Article article = new Article(Path.of("lead.txt"), new ArticleMetadata("X", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(language)), lead, List.of(new Paragraph(1, lead, 0, false)),
        List.of());
    return ArticleProfile.of(LAYER.parse(article));
  }

  private static double leads(String language, String first, String second) {
    return Link.between(0, 1, profile(language, first), profile(language, second), 7).lead();
  }

  @Test
  void aRoundUpOfReactionsLeadsWithTheEventItReactsTo() {
    // lesiteinfo.com / fr.euronews.com
    assertThat(leads("fr", "Le séisme, qui a fait au moins 820 morts au Maroc, a suscité un élan de solidarité dans le "
        + "monde, plusieurs pays, proposant leur aide au Royaume.", "Le Maroc en état de choc après le puissant séisme "
        + "de vendredi soir, qui a fait plus de 1 000 morts et au moins autant de blessés."))
        .isGreaterThanOrEqualTo(StoryGrouper.MIN_LEAD);
    // yalibnan.com / zawya.com
    assertThat(leads("en", "Following are offers of aid and other reactions from foreign governments to the powerful "
        + "earthquake that struck Morocco late on Friday, killing more than 1,000 and destroying buildings in the "
        + "deadliest tremor to hit the country in decades.", "MARRAKECH, Morocco - A powerful earthquake in Morocco "
        + "has killed more than 600 people and injured hundreds more, destroying buildings and sending residents of "
        + "major cities rushing from their homes in the country's deadliest tremor since at least 2004."))
        .isGreaterThanOrEqualTo(StoryGrouper.MIN_LEAD);
  }

  @Test
  void theSamePeopleInLeadsOnAnotherEventAreNotTheSameWords() {
    // challenge.ma (an appointment) / information.tv5monde.com (the results): names left out, the leads differ
    assertThat(leads("fr", "Le président sénégalais, Bassirou Diomaye Faye a nommé, mardi soir, Ousmane Sonko Premier "
        + "ministre, selon un décret lu à la télévision nationale (RTS) par le secrétaire général de la présidence.",
        "L'opposant sénégalais Bassirou Diomaye Faye l'a largement emporté dès le premier tour de la présidentielle "
        + "avec 54,28% des voix, loin devant le candidat du pouvoir Amadou Ba (35,79%), indiquent les résultats "
        + "finaux provisoires proclamés mercredi.")).isLessThan(StoryGrouper.MIN_LEAD);
    // lematinal.bj (the swearing-in) / afriques.info (the results)
    assertThat(leads("fr", "Comme prévu par la Constitution sénégalaise, Bassirou Diomaye Faye a prêté serment ce mardi "
        + "2 avril 2024 à Diamniadio.", "Au Sénégal, Bassirou Diomaye Faye l’emporte dès le premier tour de la "
        + "présidentielle avec 54,28% des voix.")).isLessThan(StoryGrouper.MIN_LEAD);
    // axios.com (the ECB cut) / jamaica-gleaner.com (the earthquake)
    assertThat(leads("en", "The European Central Bank on Thursday lowered interest rates for the first time in nearly "
        + "five years, taking the rare step of front-running the U.S. Federal Reserve.", "MARRAKECH, Morocco (AP) A "
        + "rare, powerful earthquake struck Morocco, killing more than 1,000 people with the toll expected to rise as "
        + "rescuers struggled Saturday to get through boulder-strewn roads to the remote areas hit hardest."))
        .isLessThan(StoryGrouper.MIN_LEAD);
  }

  @Test
  void leadsAreComparedWithinOneLanguageOnly() {
    // fr.euronews.com / jamaica-gleaner.com: one event, two languages; the cognates of a lead are too few
    assertThat(leads2("fr", "Le Maroc en état de choc après le puissant séisme de vendredi soir, qui a fait plus de "
        + "1 000 morts et au moins autant de blessés.", "en", "MARRAKECH, Morocco (AP) A rare, powerful earthquake "
        + "struck Morocco, killing more than 1,000 people with the toll expected to rise as rescuers struggled "
        + "Saturday to get through boulder-strewn roads to the remote areas hit hardest.")).isZero();
  }

  @Test
  void aDatelineWithAVerbIsTooShortToBeCompared() {
    // urdupoint.com's first line, twice: one content word is no lead
    String dateline = "Fahad Shabbir (@FahadShabbir) Published March 28, 2024 | 12:30 AM";
    assertThat(leads("en", dateline, dateline)).isZero();
  }

  private static double leads2(String firstLanguage, String first, String secondLanguage, String second) {
    return Link.between(0, 1, profile(firstLanguage, first), profile(secondLanguage, second), 7).lead();
  }
}
