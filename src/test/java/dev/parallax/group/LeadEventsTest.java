package dev.parallax.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.ArticleMetadata;
import dev.parallax.corpus.Paragraph;
import dev.parallax.text.LanguageLayer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Leads of the development set's articles (one sentence each), from the five Senegal, ECB and Morocco stories. */
class LeadEventsTest {
  private static final LanguageLayer LAYER = new LanguageLayer();

  private static Set<String> lead(String language, String... paragraphs) {
    List<Paragraph> parts = new java.util.ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      parts.add(new Paragraph(i + 1, paragraphs[i], 0, false));
    }
    Article article = new Article(Path.of("lead.txt"), new ArticleMetadata("X", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(language)), String.join("\n\n", paragraphs), parts, List.of());
    return LeadEvents.of(LAYER.parse(article).sentences(), language);
  }

  @Test
  void anAppointmentASwearingInAndAPostponementAreReadFromTheLead() {
    // challenge.ma, lematinal.bj, businessday.ng
    assertThat(lead("fr", "Le président sénégalais, Bassirou Diomaye Faye a nommé, mardi soir, Ousmane Sonko Premier "
        + "ministre, selon un décret lu à la télévision nationale (RTS) par le secrétaire général de la présidence."))
        .containsExactly("appointment");
    assertThat(lead("fr", "Comme prévu par la Constitution sénégalaise, Bassirou Diomaye Faye a prêté serment ce "
        + "mardi 2 avril 2024 à Diamniadio.")).containsExactly("swearing-in");
    assertThat(lead("en", "The President of Senegal, Macky Sall, has declared the indefinite postponement of the "
        + "presidential election set for February 25, just hours before the commencement of official campaigning."))
        .containsExactly("postponement");
  }

  @Test
  void resultsRateDecisionsAndDisasterTollsAreNoneOfTheseSteps() {
    // information.tv5monde.com, allafrica.com, lapresse.ca, axios.com, fr.euronews.com, zawya.com
    assertThat(lead("fr", "L'opposant sénégalais Bassirou Diomaye Faye l'a largement emporté dès le premier tour de la "
        + "présidentielle avec 54,28% des voix, loin devant le candidat du pouvoir Amadou Ba (35,79%), indiquent les "
        + "résultats finaux provisoires proclamés mercredi.")).isEmpty();
    assertThat(lead("en", "Senegalese opposition candidate Bassirou Diomaye Faye won the presidential election in a "
        + "first-round ballot as former Prime Minister and ruling coalition candidate Amadou Ba conceded defeat "
        + "yesterday.")).isEmpty();
    assertThat(lead("fr", "(Francfort) La Banque centrale européenne (BCE) a abaissé son taux d’intérêt directeur d’un "
        + "quart de point de pourcentage jeudi, au lendemain d’une annonce identique de la Banque du Canada.")).isEmpty();
    assertThat(lead("en", "The European Central Bank on Thursday lowered interest rates for the first time in nearly "
        + "five years, taking the rare step of front-running the U.S. Federal Reserve.")).isEmpty();
    assertThat(lead("fr", "Le Maroc en état de choc après le puissant séisme de vendredi soir, qui a fait plus de 1 000 "
        + "morts et au moins autant de blessés.")).isEmpty();
  }

  @Test
  void onlyTheLeadCountsNotTheEventsTheArticleRecallsFurtherDown() {
    // information.tv5monde.com's lead, then its later sentence on the postponement and the swearing-in
    assertThat(lead("fr", "L'opposant sénégalais Bassirou Diomaye Faye l'a largement emporté dès le premier tour de la "
        + "présidentielle avec 54,28% des voix, loin devant le candidat du pouvoir Amadou Ba (35,79%), indiquent les "
        + "résultats finaux provisoires proclamés mercredi.", "La grave crise politique causée par le report de "
        + "dernière minute de la présidentielle en février et le resserrement du calendrier avec la fixation de la "
        + "nouvelle date du 24 mars ont semé le doute sur la possibilité d'une investiture avant l'expiration "
        + "officielle du mandat du président Sall, le 2 avril.")).isEmpty();
  }

  @Test
  void aBylineWithoutAVerbIsNotTheLead() {
    // edito.seloger.com's byline line, then challenge.ma's lead
    assertThat(lead("fr", "Blandine Rochelle", "Le président sénégalais, Bassirou Diomaye Faye a nommé, mardi soir, "
        + "Ousmane Sonko Premier ministre, selon un décret lu à la télévision nationale (RTS) par le secrétaire général "
        + "de la présidence.")).containsExactly("appointment");
  }

  @Test
  void leadsDifferWhenOneReportsAStepTheOtherDoesNotShare() {
    assertThat(LeadEvents.differ(Set.of("appointment"), Set.of())).isTrue();
    assertThat(LeadEvents.differ(Set.of("appointment"), Set.of("swearing-in"))).isTrue();
    assertThat(LeadEvents.differ(Set.of("appointment", "swearing-in"), Set.of("swearing-in"))).isFalse();
    assertThat(LeadEvents.differ(Set.of(), Set.of())).isFalse();
  }
}
