package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Outlet and fact names on chart axes: one rule, never cut inside a word. Names are the dev set's and the seed's. */
class ShortNamesTest {
  @Test
  void aWebAddressLosesWwwAndItsDomainEnding() {
    assertThat(ShortNames.outlet("kiss100.co.ke")).isEqualTo("kiss100");
    assertThat(ShortNames.outlet("www.maliweb.net")).isEqualTo("maliweb");
    assertThat(ShortNames.outlet("fr.allafrica.com")).isEqualTo("fr.allafrica");
    assertThat(ShortNames.outlet("jamaica-gleaner.com")).isEqualTo("jamaica-gleaner");
    assertThat(ShortNames.outlet("Ovajabmedia.com")).isEqualTo("Ovajabmedia");
    assertThat(ShortNames.outlet("information.tv5monde.com")).isEqualTo("information.tv5monde");
  }

  @Test
  void aLongNameIsCutAtAWordBoundaryAndALongWordStaysWhole() {
    assertThat(ShortNames.outlet("Agence africaine de presse 01")).isEqualTo("Agence africaine de…");
    assertThat(ShortNames.outlet("businesstrendstoday.com")).isEqualTo("businesstrendstoday");
    assertThat(ShortNames.outlet("pressecotedivoireetafrique.fr")).as("one word of 26 letters")
        .isEqualTo("pressecotedivoireetafrique");
    assertThat(ShortNames.words("F03 Dans son bulletin d’alerte, l’Institut national de géophysique", 48))
        .isEqualTo("F03 Dans son bulletin d’alerte, l’Institut…");
  }

  @Test
  void noShortNameEndsInsideAWordOfTheFullName() {
    for (String name : List.of("Le Monde: Afrique/Sahel?*[1]", "Agence africaine de presse 01",
        "information.tv5monde.com", "The Guardian Nigeria and West Africa", "edito.seloger.com")) {
      String shown = ShortNames.outlet(name);
      String kept = shown.endsWith("…") ? shown.substring(0, shown.length() - 1) : shown;
      int end = name.replaceFirst("^www\\.", "").indexOf(kept) + kept.length();
      String rest = name.replaceFirst("^www\\.", "").substring(end);
      assertThat(rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(0))).as(name + " -> " + shown).isTrue();
    }
  }

  @Test
  void twoOutletsThatWouldShareAShortNameKeepTheirFullNames() {
    ShortNames names = new ShortNames(List.of("lemonde.fr", "lemonde.com", "axios.com"));
    assertThat(names.of("lemonde.fr")).isEqualTo("lemonde.fr");
    assertThat(names.of("lemonde.com")).isEqualTo("lemonde.com");
    assertThat(names.of("axios.com")).isEqualTo("axios");
  }

  @Test
  void theNoteGivesTheRuleAndTheFullNameOfEveryCutName() {
    ShortNames names = new ShortNames(List.of("axios.com", "Agence africaine de presse 01"));
    assertThat(names.note()).contains("domain ending").contains("Agence africaine de… = Agence africaine de presse 01");
    assertThat(new ShortNames(List.of("Le Monde", "Libération")).note()).isEmpty();
  }
}
