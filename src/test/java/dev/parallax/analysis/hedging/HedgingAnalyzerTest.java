package dev.parallax.analysis.hedging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallax.TestStories;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Figure;
import dev.parallax.text.ParsedStory;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * Rule tests on real sentences: the seeds, and short sentences from French news pages named in a comment
 * ("shortened" says where words were cut). Sentences that must not give a cue first, then those that must.
 */
class HedgingAnalyzerTest {

  /** One row of the Hedging sheet. */
  record Row(String sentence, String cue, String category, String voice) {
  }

  private static List<Row> rows(ParsedStory story) {
    Table table = new HedgingAnalyzer().analyze(story).sheets().get(0).table();
    return IntStream.range(0, table.rowCount()).mapToObj(i -> new Row(table.stringColumn("Sentence").get(i),
        table.stringColumn("Cue").get(i), table.stringColumn("Category").get(i), table.stringColumn("Voice").get(i)))
        .toList();
  }

  private static List<Row> rows(String text) {
    return rows(TestStories.french(text));
  }

  private static List<Row> seedRows(String sentenceId) {
    return rows(TestStories.seeds()).stream().filter(r -> r.sentence().equals(sentenceId)).toList();
  }

  // ---- must not fire

  @ParameterizedTest
  @ValueSource(strings = {
      "maliweb.net#12",       // "Faut-il rappeler que cette première réunion qui fera date…": question form, future
      "maliweb.net#5",        // "précise le communiqué": a reporting verb is not an evidential hedge
      "Ovajabmedia.com#2",    // "qui a eu lieu récemment": vague about the date, not about the truth
      "Ovajabmedia.com#4",    // "Nous avons pu enregistrer": "pu" means succeeded
      "Ovajabmedia.com#6"})   // "plusieurs pays du Sahel": a vague quantifier of a known set
  void seedSentencesWithoutHedges(String sentence) {
    assertThat(seedRows(sentence)).isEmpty();
  }

  @Test
  void futureTenseAndIlFautAreNotHedges() {
    // wakatsera.com, "Lutte contre le terrorisme : « la victoire est inéluctable » (Simon Compaoré)".
    assertThat(rows("Dans cette vidéo, M. Compaoré annonce que « Dieu voulant, 2018 va être une année qui produira "
        + "davantage de résultats » car « il faut qu’on remporte des victoires » sur le terrorisme.")).isEmpty();
  }

  @Test
  void imperfectsAndNounsEndingLikeAConditionalAreNotHedges() {
    // kalenews.org, "Mali : la France met fin à sa présence militaire 9 ans après": "opérait" is an imperfect,
    // "retrait" a noun; both end in -rait and are listed in not-conditional.txt.
    assertThat(rows("Il s’agit du retrait du dernier détachement de la force Barkhane qui opérait au Mali depuis "
        + "neuf ans.")).isEmpty();
  }

  @Test
  void presDeOnlyBeforeANumberIsAnApproximator() {
    // bamada.net, "Mali : 35 soldats tués dans une attaque terroriste" (shortened at the start): "près de la
    // frontière" is a place; hedges.txt lists "près de <number>".
    assertThat(rows("Trente-cinq soldats maliens ont été tués vendredi lors d’une attaque lancée contre une position "
        + "militaire à Indelimane, dans la zone de Ménaka, près de la frontière avec le Niger, selon un nouveau bilan "
        + "de l’armée.")).extracting(Row::cue, Row::category).containsExactly(tuple("selon", "evidential"));
  }

  // ---- must fire

  @Test
  void conditionalMoodInTheAuthorsVoice() {
    // Ovajabmedia.com seed: "Ce climat de confiance pourrait ouvrir la voie…"
    assertThat(seedRows("Ovajabmedia.com#9")).containsExactly(
        new Row("Ovajabmedia.com#9", "pourrait", "conditional", "author"));
  }

  @Test
  void selonIsAnEvidentialHedge() {
    // Ovajabmedia.com seed: "… « très francs et très ouverts », selon le ministre malien."
    assertThat(seedRows("Ovajabmedia.com#8")).containsExactly(
        new Row("Ovajabmedia.com#8", "selon", "evidential", "author"));
  }

  @Test
  void conditionalFoundFromMorphologyNotFromAList() {
    // fasozine.com/actualite/monde/4550 (shortened at the end). "aurait" is in no list: it is a VERB/AUX ending in
    // "-rait" (conditional-endings.txt) that not-conditional.txt does not exclude.
    assertThat(rows("L'attaque, d'après des témoins, aurait été perpétrée par un kamikaze qui voulait entrer dans "
        + "le camp du G5 Sahel.")).extracting(Row::cue, Row::category)
        .containsExactly(tuple("d'après", "evidential"), tuple("aurait", "conditional"));
  }

  @Test
  void conditionalAndApproximator() {
    // bamada.net, "Mali : Serval cogne dur sur les djihadistes au nord de Tombouctou".
    assertThat(rows("Le bilan serait élevé, avec une vingtaine d’individus hostiles « neutralisés » (RFI et "
        + "désormais l’AFP parlent de 19).")).extracting(Row::cue, Row::category)
        .containsExactly(tuple("serait", "conditional"), tuple("une vingtaine", "approximator"));
  }

  @Test
  void approximatorsOfQuantity() {
    // fr.alakhbar.info/16516, "Burkina Faso : 10 morts dans une attaque armée".
    assertThat(rows("Depuis 2015, le Burkina Faso subit des attaques de groupes armés qui ont fait des milliers de "
        + "morts et près de deux millions de déplacés.")).extracting(Row::cue, Row::category)
        .containsExactly(tuple("des milliers", "approximator"), tuple("près de", "approximator"));
  }

  @Test
  void epistemicAdverbAndEvidential() {
    // studiotamani.org, « Sans paix au Mali, il n'y a pas de sécurité au Niger ».
    assertThat(rows("Selon les autorités de ces pays, les assaillants viennent ou se sont enfuis vraisemblablement "
        + "vers le Nord du Mali.")).extracting(Row::cue, Row::category)
        .containsExactly(tuple("Selon", "evidential"), tuple("vraisemblablement", "epistemic"));
  }

  @Test
  void semble() {
    // lesechosduniger.com, 24 August 2022 (shortened at the end).
    assertThat(rows("Dans un contexte où la menace sécuritaire semble s’étendre au pays du golfe de Guinée, le "
        + "ministre nigérien a également indiqué que son pays et le Burkina se sont aussi engagés à travailler avec "
        + "le Bénin.")).extracting(Row::cue, Row::category).containsExactly(tuple("semble", "epistemic"));
  }

  @Test
  void hedgeInsideAQuoteIsInTheQuotedVoice() {
    // maliactu.net, "Mali : attaques contre les localités de Tenenkou et de Nampala, onze suspects interpellés".
    assertThat(rows("La source militaire citée haut a également affirmé que « ces personnes sont très probablement "
        + "les auteurs des dernières attaques survenues à Nampala, et Tenenkou ».")).containsExactly(
        new Row("test#1", "probablement", "epistemic", "quoted"));
    // people.beninwebtv.com, "Lutte contre le terrorisme : le Burkina Faso et le Niger se donnent la main".
    assertThat(rows("Selon lui, il a été aussi question d’imaginer « ensemble les solutions qui pourraient nous "
        + "permettre de reprendre le contrôle de toute la situation ».")).extracting(Row::cue, Row::voice)
        .containsExactly(tuple("Selon", "author"), tuple("pourraient", "quoted"));
  }

  // ---- figures

  @Test
  void densitiesPerOutletAndVoice() {
    AnalysisResult result = new HedgingAnalyzer().analyze(TestStories.seeds());
    Figure perThousand = result.figures().stream()
        .filter(f -> f.outlet().equals("Ovajabmedia.com") && f.name().equals("Hedges per 1,000 words"))
        .findFirst().orElseThrow();
    int words = TestStories.seeds().articles().stream().filter(a -> a.outlet().equals("Ovajabmedia.com"))
        .findFirst().orElseThrow().wordCount();
    assertThat(perThousand.value()).isCloseTo(4 * 1000.0 / words, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(perThousand.format()).isEqualTo(Figure.Format.PER_THOUSAND);
    assertThat(result.figures()).extracting(Figure::name).contains("Hedges per 1,000 words (author)",
        "Hedges per 1,000 words (quoted)", "Hedges per sentence");
    assertThat(result.sheets().get(0).table().columnNames())
        .containsExactly("Outlet", "Sentence", "Cue", "Category", "Voice", "Source", "Text");
    assertThat(result.charts().get(0).data().stringColumn("Category").unique().asList())
        .contains("conditional", "modal", "epistemic", "evidential", "approximator");
  }

  @Test
  void noRateForAVoiceOfAFewWords() {
    // blick.ch (ECB rate cut, development set): one quoted word, itself a hedge, made "1,000 per 1,000 words".
    AnalysisResult result = new HedgingAnalyzer().analyze(TestStories.french("Christine Lagarde elle-même avait "
        + "qualifié ce scénario de «probable» lors de la dernière réunion."));
    assertThat(result.sheets().get(0).table().stringColumn("Cue").asList()).containsExactly("probable");
    assertThat(result.figures()).extracting(Figure::name).contains("Hedges per 1,000 words")
        .doesNotContain("Hedges per 1,000 words (quoted)", "Hedges per 1,000 words (author)");
  }

  @Test
  void uncertaintyStatedAsAFactIsNoHedge() {
    // economiematin.fr (ECB rate cut, development set): "reste incertaine" says the recovery is uncertain, it does not
    // hedge a claim; the conditional "devraient" before it does.
    AnalysisResult result = new HedgingAnalyzer().analyze(TestStories.french("Les emprunteurs à taux variable, "
        + "particulièrement touchés par les hausses précédentes, devraient voir un certain soulagement. Cependant, la "
        + "reprise de l'activité immobilière reste incertaine et dépendra de la stabilité des taux d'intérêt."));
    assertThat(result.sheets().get(0).table().stringColumn("Cue").asList()).containsExactly("devraient");
  }

  @Test
  void aPossibleThingNamedIsNoHedgeButItsConditionalIs() {
    // afriques.info and icibeyrouth.com (Senegal's 2024 results, development set): "en fonction d'éventuels
    // recours" names appeals that may come, it hedges no claim; "pourrait intervenir" does.
    AnalysisResult stated = new HedgingAnalyzer().analyze(TestStories.french("Le Conseil Constitutionnel doit "
        + "maintenant valider la victoire de Bassirou Diomaye Faye. Ce qui sera fait d’ici à quelques jours en "
        + "fonction d’éventuels recours."));
    assertThat(stated.sheets().get(0).table().stringColumn("Cue").asList()).isEmpty();
    AnalysisResult hedged = new HedgingAnalyzer().analyze(TestStories.french("Cette validation pourrait intervenir "
        + "dans les prochains jours, en fonction d’éventuels recours."));
    assertThat(hedged.sheets().get(0).table().stringColumn("Cue").asList()).containsExactly("pourrait");
  }
}
