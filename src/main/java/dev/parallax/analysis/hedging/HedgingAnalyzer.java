package dev.parallax.analysis.hedging;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How sure is it: every hedging cue (conditional mood, modal, epistemic, evidential, approximator) with its
 * voice, the outlet's own or a quoted source's, and the density of hedges per outlet.
 */
public final class HedgingAnalyzer implements Analyzer {
  /**
   * Below this many words in a voice, no rate per 1,000 words is given for it (a blank cell): one hedge in one quoted
   * word read as 1,000 per 1,000 words.
   */
  static final int MIN_WORDS_FOR_RATE = 50;
  public static final String ID = "hedging";
  public static final String SHEET = "Hedging";
  /** Column of the sheet: whether an evidential names its source, and whether the outlet distances itself too. */
  public static final String SOURCE = "Source";
  public static final String NAMES_SOURCE = "names its source";
  public static final String NAMES_SOURCE_DISTANCED = "names its source, distanced";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public AnalysisResult analyze(ParsedStory story) {
    Table rows = Table.create(SHEET, StringColumn.create("Outlet"), StringColumn.create("Sentence"),
        StringColumn.create("Cue"), StringColumn.create("Category"), StringColumn.create("Voice"),
        StringColumn.create(SOURCE), StringColumn.create("Text"));
    Table chart = ChartData.create("hedging-categories");
    List<Figure> figures = new ArrayList<>();
    Map<String, Object> cueColumn = new LinkedHashMap<>();
    // A list, not a map: a map would hash each article, all its sentences and tokens, at every lookup.
    List<Map.Entry<ParsedArticle, List<Hedge>>> byArticle = new ArrayList<>();
    Set<String> categories = new LinkedHashSet<>();
    for (ParsedArticle article : story.articles()) {
      Optional<HedgeFinder> finder = HedgeFinder.forLanguage(article.language());
      finder.ifPresent(f -> categories.addAll(f.categories()));
      List<Hedge> hedges = new ArrayList<>();
      for (Sentence sentence : article.sentences()) {
        List<Hedge> found = finder.map(f -> f.find(sentence)).orElse(List.of());
        boolean distanced = found.stream().anyMatch(h -> !h.quoted() && !h.namesSource());
        for (Hedge hedge : found) {
          rows.stringColumn("Outlet").append(article.outlet());
          rows.stringColumn("Sentence").append(sentence.id());
          rows.stringColumn("Cue").append(hedge.cue());
          rows.stringColumn("Category").append(hedge.category());
          rows.stringColumn("Voice").append(hedge.voice());
          rows.stringColumn(SOURCE).append(!hedge.namesSource() ? "" : distanced ? NAMES_SOURCE_DISTANCED
              : NAMES_SOURCE);
          rows.stringColumn("Text").append(sentence.text());
          cueColumn.merge(sentence.id(), hedge.cue(), (a, b) -> a + "; " + b);
        }
        hedges.addAll(found);
      }
      byArticle.add(Map.entry(article, hedges));
    }
    for (var entry : byArticle) {
      ParsedArticle article = entry.getKey();
      List<Hedge> hedges = entry.getValue();
      String outlet = article.outlet();
      int words = article.wordCount();
      int quotedWords = article.quotedWordCount();
      long quoted = hedges.stream().filter(Hedge::quoted).count();
      figures.add(new Figure(outlet, "Hedges", hedges.size(), Figure.Format.COUNT, SHEET));
      figures.add(new Figure(outlet, "Hedges per 1,000 words", perThousand(hedges.size(), words),
          Figure.Format.PER_THOUSAND, SHEET));
      if (words - quotedWords >= MIN_WORDS_FOR_RATE) {
        figures.add(new Figure(outlet, "Hedges per 1,000 words (author)",
            perThousand(hedges.size() - quoted, words - quotedWords), Figure.Format.PER_THOUSAND, SHEET));
      }
      if (quotedWords >= MIN_WORDS_FOR_RATE) {
        figures.add(new Figure(outlet, "Hedges per 1,000 words (quoted)", perThousand(quoted, quotedWords),
            Figure.Format.PER_THOUSAND, SHEET));
      }
      figures.add(new Figure(outlet, "Hedges per sentence",
          article.sentences().isEmpty() ? 0 : (double) hedges.size() / article.sentences().size(),
          Figure.Format.DECIMAL, SHEET));
      for (String category : categories) {
        long count = hedges.stream().filter(h -> h.category().equals(category)).count();
        ChartData.add(chart, category, outlet, perThousand(count, words));
      }
    }
    return new AnalysisResult(ID, figures,
        List.of(new ResultSheet(rows, "One row per hedging cue: the cue as written, its category, whose voice it is "
            + "in (the outlet's or a quoted source's), whether an evidential names its source, and the sentence that "
            + "holds it.")),
        List.of(new SentenceColumn("Hedges", cueColumn)),
        List.of(new ChartSpec("hedging-categories", "Hedges per 1,000 words, by category and outlet",
            "Hedge category", "Hedges per 1,000 words", ChartSpec.Kind.GROUPED_BARS, chart)),
        List.of("Hedging: cues come from lexicons/<lang>/hedges.txt (modal, epistemic, evidential, approximator, "
                + "conditional connectives), longest phrase first. The conditional mood is found from morphology: a "
                + "token tagged VERB or AUX ending in a conditional ending (conditional-endings.txt), unless listed "
                + "in not-conditional.txt (imperfects such as \"déclarait\", nouns such as \"portrait\").",
            "Hedging: the future (\"fera\") and \"il faut\" are not hedges. Reporting verbs (\"précise\") are not "
                + "evidential hedges; \"selon\" and \"d'après\" are.",
            "Hedging: an evidential followed by a noun phrase (\"selon le ministère\", \"according to Al Jazeera\") "
                + "names its source: it is attribution, marked in the Source column, and counts as the outlet "
                + "hedging in its own voice (findings) only where the same sentence also holds a hedge of the outlet "
                + "that names no source (\"selon X, il aurait…\", \"reportedly\"). hedge-constructions.txt lists the "
                + "constructions where a cue hedges nothing (the month \"May\", \"said it would open\", \"could be "
                + "seen\", \"appeared on television\").",
            "Hedging: a cue inside quotation marks is in the quoted voice, not the outlet's. Densities are per "
                + "1,000 words of the article, and per voice per 1,000 words of that voice (words outside or inside "
                + "quotes); per sentence over all of the article's sentences."));
  }

  private static double perThousand(long count, int words) {
    return words == 0 ? 0 : count * 1000.0 / words;
  }
}
