package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sources named with more than their head, on real sentences of the development set: an owner before an institution
 * or a document ("Morocco's Interior Ministry"), a participle after the subject's noun ("Economists polled by
 * Reuters"), a lone name before its apposition ("Holzmann, one of …, told"), a lead closed by a participle of saying
 * (", writing:") and an incise whose complement carries a participle ("Sall said on X formerly called Twitter").
 */
class OwnersAndPostModifiersTest {

  private static List<FoundStatement> rows(ParsedStory story) {
    return FoundStatement.in(story);
  }

  @Test
  void theOwnerOfAnInstitutionOrADocumentIsNotTheSource() {
    // jamaica-gleaner.com
    assertThat(rows(TestStories.english("At least 1,037 people died, mostly in Marrakech and five provinces near the "
        + "quake's epicentre, and another 1,204 people were injured, Morocco's Interior Ministry reported Saturday "
        + "morning."))).singleElement().satisfies(row -> {
          assertThat(row.speaker()).isEqualTo("Morocco's Interior Ministry");
          assertThat(row.type()).isEqualTo("institution");
        });
    // yalibnan.com
    assertThat(rows(TestStories.english("In a statement, Algeria’s presidency said it was ready to provide humanitarian "
        + "aid and offer all its material and human capabilities in solidarity with the Moroccan people if Morocco "
        + "requests such help."))).singleElement().satisfies(row -> {
          assertThat(row.speaker()).isEqualTo("Algeria’s presidency");
          assertThat(row.type()).isEqualTo("institution");
        });
    // kafupdates.com: the tagger reads "tally" as an adverb; after a possessive and an adjective it heads the phrase
    assertThat(rows(TestStories.english("Opposition presidential candidate Bassirou Diomaye Faye is set to become "
        + "Senegal’s next president,the National Election Commission’s provisional tally showed on Monday.")))
        .singleElement().satisfies(row -> {
          assertThat(row.speaker()).isEqualTo("National Election Commission’s provisional tally");
          assertThat(row.type()).isEqualTo("document");
          assertThat(row.verb()).isEqualTo("showed");
        });
  }

  @Test
  void aNameAfterAPossessiveIsStillThePerson() {
    // bnnbloomberg.ca: "Austria’s" owns no institution here; Robert Holzmann is named after it
    List<FoundStatement> rows = rows(TestStories.english("Austria’s hawkish central bank chief Robert Holzmann was the sole "
        + "dissenter against the move on Thursday to cut euro-zone interest rates.\n\n"
        + "“Data-driven decisions should be data-driven decisions,” Holzmann said via a spokesman, who confirmed his "
        + "dissenting view following an earlier report on the matter."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.speaker()).isEqualTo("Robert Holzmann");
      assertThat(row.type()).isEqualTo("person");
    });
  }

  @Test
  void aParticipleAfterTheSubjectsNounModifiesIt() {
    // binance.com
    assertThat(rows(TestStories.english("Economists polled by Reuters last week predicted that there could be two more "
        + "rate cuts over the coming months, even though markets have currently priced in only one further reduction "
        + "this year."))).singleElement().satisfies(row -> {
          assertThat(row.speaker()).isEqualTo("Economists");
          assertThat(row.type()).isEqualTo("anonymous");
        });
    // bnnbloomberg.ca
    assertThat(rows(TestStories.english("Euro-area data published May 31 showed that inflation accelerated more than "
        + "anticipated last month."))).singleElement().satisfies(row -> {
          assertThat(row.speaker()).isEqualTo("Euro-area data");
          assertThat(row.type()).isEqualTo("document");
        });
  }

  @Test
  void aVerbOfSayingBeforeTheSubjectIsNoParticiple() {
    // jamaica-gleaner.com: "said" is the clause's verb, so "most deaths" is the reported clause's subject, and the
    // official speaks
    assertThat(rows(TestStories.english("A local official said most deaths were in mountain areas that were hard to "
        + "reach."))).singleElement().satisfies(row -> {
          assertThat(row.quote()).startsWith("most deaths were");
          assertThat(row.speaker()).isEqualTo("local official");
        });
  }

  @Test
  void aLoneNameBeforeItsAppositionIsTheSubject() {
    // bnnbloomberg.ca: the apposition ends with "members"; the subject is Holzmann, named in full before
    List<FoundStatement> rows = rows(TestStories.english("Austria’s hawkish central bank chief Robert Holzmann was the sole "
        + "dissenter against the move on Thursday to cut euro-zone interest rates.\n\n"
        + "Holzmann, one of the Governing Council most hawkish members, told Econostream Media in an interview "
        + "published May 28 that “as things stand now, I would support a cut next week, but I will also warn that "
        + "there should be no automaticity about further moves.”"));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("as things stand now");
      assertThat(row.speaker()).isEqualTo("Robert Holzmann");
      assertThat(row.type()).isEqualTo("person");
    });
  }

  @Test
  void aLeadClosedByAParticipleOfSayingHandsItsQuoteToTheSubject() {
    // kafupdates.com: the quote is a paragraph of its own under the lead
    List<FoundStatement> rows = rows(TestStories.english("Outgoing President Macky Sall offered his congratulations to Faye shortly "
        + "before the electoral commission posted its results, writing:\n\n"
        + "“I salute the smooth running of the presidential election of March 24, 2024 and congratulate the winner, "
        + "Mr. Bassirou Diomaye Faye, who the trends show as the winner. It is the victory of Senegalese democracy.”\n\n"
        + "A candidate needs an absolute majority of 50% of the vote to win the first round."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("I salute the smooth running");
      assertThat(row.speaker()).isEqualTo("Macky Sall");
      assertThat(row.verb()).isEqualTo("writing");
    });
  }

  @Test
  void anInciseWhoseComplementCarriesAParticipleClosesTheQuote() {
    // foroyaa.net: a two-sentence quote, closed by "Sall said on X formerly called Twitter"
    List<FoundStatement> rows = rows(TestStories.english("In a recent tweet, president Macky Sall congratulated Diomaye Faye.\n\n"
        + "“I salute the smooth running of the presidential election of March 24, 2024 and congratulate the winner, "
        + "Mr. Bassirou Diomaye Faye, who the trends show as the winner. It is the victory of Senegalese democracy,” "
        + "Sall said on X formerly called Twitter."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("I salute the smooth running");
      assertThat(row.speaker()).endsWith("Sall");
      assertThat(row.verb()).isEqualTo("said");
    });
  }

  @Test
  void anInvertedSourceDescribedByAParticipleStillClosesTheStatement() {
    // information.tv5monde.com
    List<FoundStatement> rows = rows(TestStories.french("L'opposant sénégalais Bassirou Diomaye Faye l'a largement emporté dès le "
        + "premier tour de la présidentielle avec 54,28% des voix, loin devant le candidat du pouvoir Amadou Ba (35,79%), "
        + "indiquent les résultats finaux provisoires proclamés mercredi."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("L'opposant sénégalais").endsWith("(35,79%)");
      assertThat(row.speaker()).isEqualTo("résultats finaux provisoires");
      assertThat(row.type()).isEqualTo("document");
    });
  }

  @Test
  void aSourceDescribedByAParticipleIsANewSourceNotTheOneBefore() {
    // information.tv5monde.com: "les chiffres annoncés au tribunal …" are not the results of the sentence before
    List<FoundStatement> rows = rows(TestStories.french("L'opposant sénégalais Bassirou Diomaye Faye l'a largement emporté dès le "
        + "premier tour de la présidentielle avec 54,28% des voix, loin devant le candidat du pouvoir Amadou Ba (35,79%), "
        + "indiquent les résultats finaux provisoires proclamés mercredi.\n\n"
        + "Le troisième sur 19 candidats listés, Aliou Mamadou Dia, n'a recueilli que 2,8% des suffrages, selon les "
        + "chiffres annoncés au tribunal de Dakar par le président de la Commission nationale de recensement des votes, "
        + "Amady Diouf."));
    assertThat(rows).extracting(FoundStatement::speaker).containsExactly("résultats finaux provisoires", "chiffres");
  }
}
