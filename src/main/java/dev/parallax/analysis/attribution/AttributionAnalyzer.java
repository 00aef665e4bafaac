package dev.parallax.analysis.attribution;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.analysis.SentenceColumn;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Who says so: every direct quote and attributed paraphrase with its speaker, source type and reporting verb, and
 * the sentences the outlet asserts in its own voice with no source at all.
 */
public final class AttributionAnalyzer implements Analyzer {
  public static final String ID = "attribution";
  public static final String SHEET = "Attribution";
  public static final String UNATTRIBUTED = "Unattributed";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public AnalysisResult analyze(ParsedStory story) {
    Table rows = Table.create(SHEET, StringColumn.create("Outlet"), StringColumn.create("Sentence"),
        StringColumn.create("Kind"), StringColumn.create("Quote"), StringColumn.create("Speaker"),
        StringColumn.create("Role"), StringColumn.create("Source type"), StringColumn.create("Reporting verb"), StringColumn.create("Verb stance"));
    Table unattributed = Table.create(UNATTRIBUTED, StringColumn.create("Outlet"), StringColumn.create("Sentence"),
        StringColumn.create("Text"));
    Table chart = ChartData.create("attribution-sources");
    List<Figure> figures = new ArrayList<>();
    Map<String, Object> speakerColumn = new LinkedHashMap<>();
    Set<String> types = new LinkedHashSet<>();
    // A list, not a map: a map would hash each article, all its sentences and tokens, at every lookup.
    List<Map.Entry<ParsedArticle, List<Attribution>>> byArticle = new ArrayList<>();
    for (ParsedArticle article : story.articles()) {
      Optional<AttributionLexicon> lexicon = AttributionLexicon.forLanguage(article.language());
      lexicon.ifPresent(l -> types.addAll(l.types()));
      List<Attribution> found = lexicon.map(l -> new AttributionFinder(l).find(new ArticleTokens(article)))
          .orElse(List.of());
      found.forEach(a -> types.add(a.speaker().type()));
      byArticle.add(Map.entry(article, found));
    }
    for (var entry : byArticle) {
      ParsedArticle article = entry.getKey();
      String outlet = article.outlet();
      List<Attribution> found = entry.getValue();
      Set<Integer> sourced = new HashSet<>();
      for (Attribution a : found) {
        Sentence sentence = article.sentences().get(a.sentence());
        rows.stringColumn("Outlet").append(outlet);
        rows.stringColumn("Sentence").append(sentence.id());
        rows.stringColumn("Kind").append(a.kind());
        rows.stringColumn("Quote").append(a.quote());
        rows.stringColumn("Speaker").append(a.speaker().name().isEmpty() ? Speaker.NONE : a.speaker().name());
        rows.stringColumn("Role").append(a.speaker().role());
        rows.stringColumn("Source type").append(a.speaker().type());
        rows.stringColumn("Reporting verb").append(a.verb());
        rows.stringColumn("Verb stance").append(a.stance());
        sourced.add(a.sentence());
        speakerColumn.merge(sentence.id(), a.speaker().label(), (x, y) -> x + "; " + y);
      }
      int candidates = 0;
      int unsourced = 0;
      for (int s = 0; s < article.sentences().size(); s++) {
        Sentence sentence = article.sentences().get(s);
        if (!assertion(sentence)) {
          continue;
        }
        candidates++;
        if (!sourced.contains(s)) {
          unsourced++;
          unattributed.stringColumn("Outlet").append(outlet);
          unattributed.stringColumn("Sentence").append(sentence.id());
          unattributed.stringColumn("Text").append(sentence.text());
        }
      }
      long direct = found.stream().filter(Attribution::direct).count();
      figures.add(new Figure(outlet, "Quotes", found.size(), Figure.Format.COUNT, SHEET));
      figures.add(new Figure(outlet, "Direct share", found.isEmpty() ? 0 : (double) direct / found.size(),
          Figure.Format.PERCENT, SHEET));
      for (String type : types) {
        long count = found.stream().filter(a -> a.speaker().type().equals(type)).count();
        figures.add(new Figure(outlet, "Sources: " + type, count, Figure.Format.COUNT, SHEET));
        ChartData.add(chart, type, outlet, count);
      }
      figures.add(new Figure(outlet, "Unattributed share", candidates == 0 ? 0 : (double) unsourced / candidates,
          Figure.Format.PERCENT, UNATTRIBUTED));
      // Wire copy speaks in the agency's voice, not the outlet's: the count links to the Articles sheet's Wire column.
      figures.add(new Figure(outlet, "Wire credits", article.wires().size(), Figure.Format.COUNT, ""));
    }
    return new AnalysisResult(ID, figures,
        List.of(new ResultSheet(rows, "One row per attributed statement: a direct quote or a paraphrase given as a "
                + "source's words, with its speaker, source type and reporting verb."),
            new ResultSheet(unattributed, "One row per sentence the outlet asserts in its own voice with no source: "
                + "no quote, no \"selon\", no reporting verb.")),
        List.of(new SentenceColumn("Attribution", speakerColumn)),
        List.of(new ChartSpec("attribution-sources", "Who each outlet quotes: attributed statements by source type",
            "Source type", "Attributed statements", ChartSpec.Kind.GROUPED_BARS, chart)),
        methodNotes());
  }

  /** A sentence that asserts something: not a heading or a question, with a verb outside quotation marks. */
  private static boolean assertion(Sentence sentence) {
    return !sentence.heading() && !sentence.text().strip().endsWith("?")
        && sentence.tokens().stream().anyMatch(t -> t.isVerb() && !t.quoted());
  }

  private static List<String> methodNotes() {
    return List.of(
        "Attribution: a direct quote is text in « », “ ” or \"…\"; it may span sentences and be split by an incise "
            + "(«…», précise le communiqué, «…»), which makes it one quote. Its source is read from the incise after "
            + "it, the frame before it in its sentence (précise X, ; X a déclaré : ; selon X,), the clause before a "
            + "colon, or else it continues the quote before it in the same or the previous paragraph (verb \"-\"). "
            + "Quotes of one or two words with no source are taken as names or scare quotes and left out.",
        "Attribution: a paraphrase is a sentence framed by \"selon X\"/\"d'après X\", an inverted incise "
            + "(\", renseigne le document,\"), a reporting verb with \"que\", or a named person's reporting verb "
            + "with its object (\"Abdoulaye Diop a exprimé … la détermination\"). Reporting verbs whose subject is "
            + "an institution and that have no \"que\" are read as acts, not speech (\"les Parties ont exprimé "
            + "leur engagement\").",
        "Attribution: pronouns resolve to the last person named outside quotes with a matching gender (il, elle) "
            + "or the last plural subject (ils, elles); a role without a name (\"le ministre malien\") to the last "
            + "person named with that role; a bare \"le document\" to the last document quoted.",
        "Attribution: source types come from lexicons/<lang>/source-types.txt (the head noun of the source's "
            + "phrase; a name of two proper nouns is a person); reporting verbs and their stance (neutral or "
            + "evaluative) from reporting-verbs.txt. Infinitives and -ant participles are not taken as the "
            + "verb of a report.",
        "Wire credits: the news agencies the article's text credits as its source (\"Avec AFP\", \"By Reuters\", "
            + "\"(Bloomberg) --\", \"MARRAKECH, Morocco (AP)\"), named in the Articles sheet's Wire column. An article "
            + "with one is wire copy: its unattributed sentences are the agency's reporting as the outlet republished "
            + "it. An agency named inside a sentence (\"a rapporté l'AFP\", \"told Reuters\") is a media source, "
            + "not a credit.",
        "Unattributed share: sentences in the outlet's own voice (not a heading or a question, with a verb "
            + "outside quotes) that carry no quote and no attribution, over all such sentences. A hedged "
            + "sentence still counts: a hedge qualifies a claim, it does not source it.");
  }
}
