package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credit lines and lead datelines, on real lines of the development set and the seed corpus. */
class CreditsTest {
  private final Credits credits = new Credits();

  @Test
  void aWireCreditLineNamesItsAgency() {
    assertThat(credits.line("Avec AFP")).contains(credit(StrippedLine.Kind.CREDIT, "AFP"));           // icibeyrouth.com
    assertThat(credits.line("London CNN —")).contains(credit(StrippedLine.Kind.CREDIT, "CNN"));       // cirocc.best
    assertThat(credits.line("David Mchugh Associated Press"))                                        // lapresse.ca
        .contains(credit(StrippedLine.Kind.CREDIT, "AP"));
  }

  @Test
  void aBylineOpenedByByOrParIsABylineAndKeepsItsAgencies() {
    assertThat(credits.line("By Frank Kamuntu")).contains(credit(StrippedLine.Kind.BYLINE));         // kafupdates.com
    assertThat(credits.line("By Biran Gaye")).contains(credit(StrippedLine.Kind.BYLINE));            // foroyaa.net
    assertThat(credits.line("Par Euronews avec AFP"))                                                // fr.euronews.com
        .contains(credit(StrippedLine.Kind.BYLINE, "Euronews", "AFP"));
  }

  @Test
  void contributionRoleSignOffAndPhotoCreditsAreCredits() {
    assertThat(credits.line("--With assistance from Jana Randow and Mark Schroers."))               // bnnbloomberg.ca
        .contains(credit(StrippedLine.Kind.CREDIT));
    assertThat(credits.line("Special correspondent in Frankfurt"))                                   // euro.dayfr.com
        .contains(credit(StrippedLine.Kind.BYLINE));
    assertThat(credits.line("La rédaction.")).contains(credit(StrippedLine.Kind.BYLINE));
    // huffingtonpost.fr: the photographer / the agency, twice; the picture is the agency's, the text is not.
    assertThat(credits.line("FADEL SENNA / AFP FADEL SENNA / AFP")).contains(credit(StrippedLine.Kind.PHOTO_CREDIT));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ECB expects rapid GDP growth",                                   // binance.com, a heading
      "All eyes are now on the U.S.",                                   // binance.com
      "Retournement de situation en 2022",                              // blick.ch
      "OFFERS OF FOREIGN AID AND SUPPORT",                              // yalibnan.com
      "Vers une collaboration renforcée pour la sécurité du Sahel",     // Ovajabmedia.com (seed)
      "Blandine Rochelle",                                              // edito.seloger.com: a bare name, no agency
      "Christine Lagarde ne \"confirme pas le processus d'assouplissement\"", // bfmtv.com
      "When he arrived in one such village, BBC correspondent Nick Beake says, an elderly woman was wailing.", // kiss100
      "Par ailleurs, la BCE a laissé la porte ouverte à d'autres baisses.",
      "Photos of the damage spread on social media."})
  void headingsNamesAndSentencesAreNotCredits(String line) {
    assertThat(credits.line(line)).isEmpty();
  }

  @Test
  void anAgencyAcronymCountsOnlyInCapitals() {
    assertThat(credits.line("Map")).isEmpty();
    assertThat(credits.line("(MAP)")).contains(credit(StrippedLine.Kind.CREDIT, "MAP"));
  }

  @Test
  void aLeadOpensWithAWireCreditOrADateline() {
    assertThat(cut("(Bloomberg) -- Austria’s hawkish central bank chief Robert Holzmann was the sole dissenter."))
        .isEqualTo(new Cut("(Bloomberg) --", List.of("Bloomberg")));                                 // bnnbloomberg.ca
    assertThat(cut("MARRAKECH, Morocco (AP) A rare, powerful earthquake struck Morocco, killing more than 1,000."))
        .isEqualTo(new Cut("MARRAKECH, Morocco (AP)", List.of("AP")));                               // jamaica-gleaner
    assertThat(cut("Dakar, (APP - UrduPoint / Pakistan Point News - 28th Mar, 2024) Anti-establishment figure "
        + "Bassirou Diomaye Faye has comfortably won")).isEqualTo(
        new Cut("Dakar, (APP - UrduPoint / Pakistan Point News - 28th Mar, 2024)", List.of("APP"))); // urdupoint.com
    assertThat(cut("(Francfort) La Banque centrale européenne (BCE) a abaissé son taux d’intérêt directeur."))
        .isEqualTo(new Cut("(Francfort)", List.of()));                                               // lapresse.ca
    assertThat(cut("Dakar — Le chef de l'État sénégalais, Macky Sall, a adressé samedi ses condoléances."))
        .isEqualTo(new Cut("Dakar —", List.of()));                                                   // fr.allafrica.com
    assertThat(cut("MAROC - Le Maroc est en deuil après le tremblement de terre le plus puissant de son histoire."))
        .isEqualTo(new Cut("MAROC -", List.of()));                                                   // huffingtonpost.fr
    assertThat(cut("MARRAKECH, Morocco - A powerful earthquake in Morocco has killed more than 600 people."))
        .isEqualTo(new Cut("MARRAKECH, Morocco -", List.of()));                                      // zawya.com
    assertThat(cut("[Dakar, 25th March 2025]")).isEqualTo(new Cut("[Dakar, 25th March 2025]", List.of())); // foroyaa
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The European Central Bank (ECB) has announced its first interest rate cut in five years.",     // binance.com
      "La Banque centrale européenne (BCE) a pris la mesure que les économistes attendaient.",       // blick.ch
      "Au Sénégal, Bassirou Diomaye Faye l’emporte dès le premier tour de la présidentielle.",       // afriques.info
      "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a exprimé la détermination.",     // seed
      "Senegalese opposition candidate Bassirou Diomaye Faye won the presidential election.",       // allafrica.com
      "Cette fois, c'est la bonne. Comme attendu, la Banque centrale européenne (BCE) a baissé."})  // boursorama.com
  void anOrdinaryLeadKeepsItsFirstWords(String lead) {
    assertThat(credits.dateline(lead)).isEmpty();
  }

  private record Cut(String prefix, List<String> wires) {
  }

  private Cut cut(String lead) {
    Credits.Dateline dateline = credits.dateline(lead).orElseThrow();
    return new Cut(lead.substring(0, dateline.length()).strip(), dateline.wires());
  }

  private static Credits.Credit credit(StrippedLine.Kind kind, String... wires) {
    return new Credits.Credit(kind, List.of(wires));
  }
}
