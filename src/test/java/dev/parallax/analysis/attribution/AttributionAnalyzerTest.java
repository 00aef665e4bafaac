package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Rule tests on real sentences, one per construction: the seed articles where they have it, otherwise a short
 * sentence from a French news page named in a comment ("shortened" says where words were cut). Sentences that must
 * not give a row come first, then those that must.
 */
class AttributionAnalyzerTest {

  /** One row of the Attribution sheet. */
  record Row(String sentence, String kind, String quote, String speaker, String type, String verb, String stance) {
  }

  private static List<Row> rows(ParsedStory story) {
    AnalysisResult result = new AttributionAnalyzer().analyze(story);
    Table table = result.sheets().get(0).table();
    return IntStream.range(0, table.rowCount()).mapToObj(i -> new Row(
        table.stringColumn("Sentence").get(i), table.stringColumn("Kind").get(i), table.stringColumn("Quote").get(i),
        label(table.stringColumn("Speaker").get(i), table.stringColumn("Role").get(i)),
        table.stringColumn("Source type").get(i),
        table.stringColumn("Reporting verb").get(i), table.stringColumn("Verb stance").get(i))).toList();
  }

  /** The speaker as the rule tests name it: "Abdoulaye Diop, ministre" (the sheet has name and role apart). */
  private static String label(String speaker, String role) {
    return role.isEmpty() ? speaker : speaker + ", " + role;
  }

  private static List<Row> seedRows(String sentenceId) {
    return rows(TestStories.seeds()).stream().filter(r -> r.sentence().equals(sentenceId)).toList();
  }

  private static Row only(List<Row> rows) {
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  // ---- must not fire

  @ParameterizedTest
  @ValueSource(strings = {
      "maliweb.net#1",        // "Les Parties sont convenues du renforcement…": an agreement, not speech
      "maliweb.net#4",        // "Elles ont également exprimé leur engagement…": an act of institutions, no "que"
      "maliweb.net#9",        // "…pour saluer … et reconnaitre…": infinitives
      "maliweb.net#10",       // "Les diplomates de la Confédération ont félicité la Russie…": no one named
      "maliweb.net#11",       // "les Parties se sont félicitées de…"
      "maliweb.net#12",       // "Faut-il rappeler que…": infinitive, impersonal
      "Ovajabmedia.com#1",    // "la Russie a réaffirmé sa volonté…": a state's act
      "Ovajabmedia.com#5",    // "Cette déclaration met en lumière…": the author's reading
      "Ovajabmedia.com#6"})   // "L'Alliance … souhaite maintenant voir…"
  void actsAndTheAuthorsOwnWordsAreNotAttributions(String sentence) {
    assertThat(seedRows(sentence)).isEmpty();
  }

  @Test
  void shortQuoteWithNoSourceIsANameNotAStatement() {
    // lequotidien.sn, "Après la fin de son retrait : Barkhane réarticulée hors du Mali" (shortened): « Barkhane » is
    // in quotes here only as a name.
    assertThat(rows(TestStories.french("L’opération « Barkhane » au Mali a pris officiellement fin hier."))).isEmpty();
  }

  // ---- direct quotes

  @Test
  void quoteWithIncisePrecedingIt() {
    // maliweb.net seed: "Dans cette perspective, précise le communiqué conjoint, « la Partie russe a réitéré… »."
    Row row = only(seedRows("maliweb.net#5"));
    assertThat(row.kind()).isEqualTo("direct");
    assertThat(row.quote()).startsWith("la Partie russe a réitéré son soutien indéfectible").doesNotContain("«", "»");
    assertThat(row.speaker()).isEqualTo("communiqué conjoint");
    assertThat(row.type()).isEqualTo("document");
    assertThat(row.verb()).isEqualTo("précise");
    assertThat(row.stance()).isEqualTo("neutral");
  }

  @Test
  void quoteWithNoFrameContinuesTheSourceBeforeIt() {
    // maliweb.net seed: "Les Parties sont ensuite convenues « du renforcement… »." follows the communiqué's quote.
    Row row = only(seedRows("maliweb.net#6"));
    assertThat(row.quote()).startsWith("du renforcement des capacités opérationnelles");
    assertThat(row.speaker()).isEqualTo("communiqué conjoint");
    assertThat(row.verb()).isEqualTo("-");
  }

  @Test
  void invertedPluralCliticResolvesToTheLastPluralSubject() {
    // maliweb.net seed: "« En outre, les Parties ont fermement condamné… », fustigent-elles."
    Row row = only(seedRows("maliweb.net#8"));
    assertThat(row.quote()).startsWith("En outre, les Parties ont fermement condamné");
    assertThat(row.speaker()).isEqualTo("Parties");
    assertThat(row.type()).isEqualTo("institution");
    assertThat(row.verb()).isEqualTo("fustigent-elles");
    assertThat(row.stance()).isEqualTo("evaluative");
  }

  @Test
  void invertedSingularCliticResolvesToTheLastNamedMan() {
    // Ovajabmedia.com seed: "« Nous avons pu enregistrer… », a-t-il affirmé dans une déclaration à Sputnik."
    Row row = only(seedRows("Ovajabmedia.com#4"));
    assertThat(row.quote()).startsWith("Nous avons pu enregistrer un engagement très fort");
    assertThat(row.speaker()).isEqualTo("Abdoulaye Diop, ministre");
    assertThat(row.type()).isEqualTo("person");
    assertThat(row.verb()).isEqualTo("a-t-il affirmé");
  }

  @Test
  void selonAfterAQuoteAndARoleWithoutANameResolveToThePersonNamedWithThatRole() {
    // Ovajabmedia.com seed: "… qualifiés de « très francs et très ouverts », selon le ministre malien."
    Row row = only(seedRows("Ovajabmedia.com#8"));
    assertThat(row.quote()).isEqualTo("très francs et très ouverts");
    assertThat(row.speaker()).isEqualTo("Abdoulaye Diop, ministre");
    assertThat(row.verb()).isEqualTo("selon");
  }

  @Test
  void quoteSpanningTwoSentencesWithAnAnonymousSource() {
    // maliactu.net, "Mali : deux soldats tués par une mine dans le nord" (AFP).
    ParsedStory story = TestStories.french("« Le convoi du ministre du Développement rural (Bocary Tereta) a quitté "
        + "mardi matin Gao pour Bourem. L’une des voitures de l’escorte a sauté sur une mine », a déclaré à l’AFP un "
        + "responsable du ministère de la Défense sous le couvert de l’anonymat.");
    Row row = only(rows(story));
    assertThat(row.sentence()).isEqualTo("test#1");
    assertThat(row.kind()).isEqualTo("direct");
    assertThat(row.quote()).startsWith("Le convoi du ministre").endsWith("a sauté sur une mine");
    assertThat(row.speaker()).isEqualTo("responsable du ministère de la Défense");
    assertThat(row.type()).isEqualTo("anonymous");
    assertThat(row.verb()).isEqualTo("a déclaré");
  }

  @Test
  void quoteSplitByAnInciseIsOneQuote() {
    // Constructed: no seed or page found had «…», précise le communiqué, «…»; the words are the maliweb.net seed's.
    ParsedStory story = TestStories.french("« La Partie russe a réitéré son soutien indéfectible », précise le "
        + "communiqué conjoint, « et sa disponibilité à apporter l’assistance technique nécessaire ».");
    Row row = only(rows(story));
    assertThat(row.quote()).isEqualTo("La Partie russe a réitéré son soutien indéfectible […] et sa disponibilité "
        + "à apporter l’assistance technique nécessaire");
    assertThat(row.speaker()).isEqualTo("communiqué conjoint");
    assertThat(row.verb()).isEqualTo("précise");
  }

  @Test
  void quoteAfterAColonWithANameAndItsRole() {
    // Le Figaro, 9 October 2019, "Les pays d'Afrique de l'Ouest tentent de sonner la mobilisation générale"
    // (Tanguy Berthemet), via sfrpresse.sfr.fr. "glisser" is not a listed reporting verb: the colon frames the quote.
    ParsedStory story = TestStories.french("D’abord, Antonio Guterres, le secrétaire général de l’ONU, glissait : "
        + "« Nous ne sommes pas en train de gagner la guerre au Sahel. »");
    Row row = only(rows(story));
    assertThat(row.quote()).isEqualTo("Nous ne sommes pas en train de gagner la guerre au Sahel.");
    assertThat(row.speaker()).isEqualTo("Antonio Guterres, secrétaire général");
    assertThat(row.type()).isEqualTo("person");
    assertThat(row.verb()).isEqualTo("glissait");
    assertThat(row.stance()).isEmpty();
  }

  @Test
  void estimeQueWithAQuote() {
    // Le Figaro, same article: "X estimait que « … »".
    ParsedStory story = TestStories.french("Puis, fin juillet, le chef d’état-major français, le général Lecointre, "
        + "estimait que « les conditions d’une extension de la déstabilisation sont aujourd’hui réunies ».");
    Row row = only(rows(story));
    assertThat(row.kind()).isEqualTo("direct");
    assertThat(row.quote()).startsWith("les conditions d’une extension");
    assertThat(row.speaker()).startsWith("Lecointre");
    assertThat(row.type()).isEqualTo("person");
    assertThat(row.verb()).isEqualTo("estimait");
    assertThat(row.stance()).isEqualTo("neutral");
  }

  // ---- paraphrase

  @Test
  void namedPersonWithRoleAndAReportingVerbWithItsObject() {
    // Ovajabmedia.com seed: "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a exprimé, après les
    // discussions, la détermination de la Russie…"
    Row row = only(seedRows("Ovajabmedia.com#3"));
    assertThat(row.kind()).isEqualTo("indirect");
    assertThat(row.quote()).startsWith("la détermination de la Russie à soutenir");
    assertThat(row.speaker()).isEqualTo("Abdoulaye Diop, ministre");
    assertThat(row.verb()).isEqualTo("a exprimé");
  }

  @Test
  void invertedInciseNamingADocumentAlreadyQuoted() {
    // maliweb.net seed: "A ce titre, renseigne le document, la partie russe a exprimé sa disponibilité…"
    Row row = only(seedRows("maliweb.net#7"));
    assertThat(row.kind()).isEqualTo("indirect");
    assertThat(row.quote()).startsWith("la partie russe a exprimé sa disponibilité");
    assertThat(row.speaker()).isEqualTo("communiqué conjoint");
    assertThat(row.type()).isEqualTo("document");
    assertThat(row.verb()).isEqualTo("renseigne");
  }

  @Test
  void aDeclareQue() {
    // lesechosduniger.com, 24 August 2022, "Sécurité : le Niger et le Burkina forment un front commun contre le
    // terrorisme" (shortened: the opening adverbial is cut).
    ParsedStory story = TestStories.french("Le ministre de la Défense nigérienne a déclaré que les deux pays "
        + "n’entendaient pas céder un seul centimètre de territoire aux groupes terroristes.");
    Row row = only(rows(story));
    assertThat(row.kind()).isEqualTo("indirect");
    assertThat(row.quote()).startsWith("les deux pays n’entendaient pas céder");
    assertThat(row.speaker()).isEqualTo("ministre de la Défense nigérienne");
    assertThat(row.type()).isEqualTo("person");
    assertThat(row.verb()).isEqualTo("a déclaré");
  }

  @Test
  void selonAtTheEndWithAnAnonymousSource() {
    // jeuneafrique.com/39863, "Nord-Mali : deux soldats tués et cinq autres blessés par une mine".
    Row row = only(rows(TestStories.french(
        "Deux militaires ont été tués et cinq autres grièvement blessés, selon des sources concordantes.")));
    assertThat(row.quote()).isEqualTo("Deux militaires ont été tués et cinq autres grièvement blessés");
    assertThat(row.speaker()).isEqualTo("sources concordantes");
    assertThat(row.type()).isEqualTo("anonymous");
    assertThat(row.verb()).isEqualTo("selon");
  }

  @Test
  void selonNamingAMedium() {
    // fr.alakhbar.info/16516, "Burkina Faso : 10 morts dans une attaque armée".
    Row row = only(rows(TestStories.french("L'attaque a également fait plusieurs victimes, selon l’AFP.")));
    assertThat(row.speaker()).isEqualTo("AFP");
    assertThat(row.type()).isEqualTo("media");
  }

  @Test
  void dApresInTheMiddleKeepsTheSubjectBeforeIt() {
    // fasozine.com/actualite/monde/4550, "Mali : le QG du G5 Sahel attaqué, des morts déplorés" (shortened at the end).
    Row row = only(rows(TestStories.french("L'attaque, d'après des témoins, aurait été perpétrée par un kamikaze "
        + "qui voulait entrer dans le camp du G5 Sahel.")));
    assertThat(row.quote()).startsWith("L'attaque aurait été perpétrée par un kamikaze");
    assertThat(row.speaker()).isEqualTo("témoins");
    assertThat(row.type()).isEqualTo("anonymous");
    assertThat(row.verb()).isEqualTo("d'après");
  }

  @Test
  void invertedVerbAfterTheContentWithARoleAndANameInApposition() {
    // maliweb.net/insecurite/attaque-jihadiste-a-bamako-5-suspects-arretes-4-assaillants-tues-2335902 (AFP, 2017).
    Row row = only(rows(TestStories.french("Cinq suspects ont été arrêtés et quatre assaillants ont été tués après "
        + "l’attaque jihadiste dimanche visant des étrangers près de Bamako, a déclaré lundi à l’AFP le ministre "
        + "malien de la Sécurité, le général Salif Traoré.")));
    assertThat(row.quote()).startsWith("Cinq suspects ont été arrêtés");
    assertThat(row.speaker()).isEqualTo("Salif Traoré, ministre");
    assertThat(row.type()).isEqualTo("person");
  }

  @Test
  void selonLuiPointsBackToTheLastNamedMan() {
    // people.beninwebtv.com, "Lutte contre le terrorisme : le Burkina Faso et le Niger se donnent la main"
    // (first quote shortened).
    ParsedStory story = TestStories.french("« Nous avons fait le tour de la situation sécuritaire dans nos deux "
        + "pays », a indiqué le ministre de la Défense nationale du Niger, Alkassoum Indattou.\n\n"
        + "Selon lui, il a été aussi question d’examiner les défis auxquels les forces armées nationales sont "
        + "confrontées et d’imaginer « ensemble les solutions qui pourraient nous permettre de reprendre le contrôle "
        + "de toute la situation et de sécuriser toutes nos populations ».");
    List<Row> rows = rows(story);
    assertThat(rows).extracting(Row::speaker).containsOnly("Alkassoum Indattou, ministre");
    assertThat(rows).extracting(Row::verb).containsExactly("a indiqué", "Selon");
  }

  // ---- figures

  @Test
  void figuresPerOutletPointAtTheirEvidence() {
    AnalysisResult result = new AttributionAnalyzer().analyze(TestStories.seeds());
    assertThat(result.figures()).filteredOn(f -> f.outlet().equals("maliweb.net"))
        .extracting(Figure::name, Figure::value, Figure::evidenceSheet)
        .contains(org.assertj.core.groups.Tuple.tuple("Quotes", 4.0, "Attribution"),
            org.assertj.core.groups.Tuple.tuple("Direct share", 0.75, "Attribution"),
            org.assertj.core.groups.Tuple.tuple("Sources: document", 3.0, "Attribution"),
            org.assertj.core.groups.Tuple.tuple("Sources: institution", 1.0, "Attribution"));
    assertThat(result.figures()).filteredOn(f -> f.name().equals("Unattributed share"))
        .allMatch(f -> f.format() == Figure.Format.PERCENT && f.evidenceSheet().equals("Unattributed"));
    assertThat(result.sheets().get(0).table().columnNames()).containsExactly("Outlet", "Sentence", "Kind", "Quote",
        "Speaker", "Role", "Source type", "Reporting verb", "Verb stance");
    assertThat(result.sheets().get(1).table().columnNames()).containsExactly("Outlet", "Sentence", "Text");
    Table unattributed = result.sheets().get(1).table();
    assertThat(unattributed.stringColumn("Sentence").asList()).contains("maliweb.net#12")
        .doesNotContain("maliweb.net#5", "Ovajabmedia.com#10");
  }
}
