package dev.parallax.text;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.Paragraph;
import dev.parallax.corpus.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;

/**
 * The language layer: article → language → paragraphs → sentences → tokens with stems, POS tags and quote
 * marking. Thread-safe; models are shared and taggers are per thread.
 */
public final class LanguageLayer {
  private static final String NO_TAG = "X";
  private final LanguageDetector detector = new LanguageDetector();
  private final ThreadLocal<java.util.Map<Language, java.util.function.UnaryOperator<String[]>>> taggers =
      ThreadLocal.withInitial(java.util.HashMap::new);
  private final java.util.Map<Language, SentenceSplitter> splitters = new java.util.concurrent.ConcurrentHashMap<>();

  public ParsedStory parse(Story story) {
    return ParsedStory.of(story, story.articles().stream().map(this::parse).toList());
  }

  public ParsedArticle parse(Article article) {
    boolean detected = article.metadata().language().isEmpty();
    LanguageDetector.Detection detection = article.metadata().language()
        .map(code -> new LanguageDetector.Detection(code, java.util.Optional.empty()))
        .orElseGet(() -> detector.detection(bodyText(article)));
    Language language = Language.forCode(detection.code());
    List<Sentence> sentences = new ArrayList<>();
    java.util.Map<String, Integer> numbered = new java.util.HashMap<>();
    for (Paragraph paragraph : article.paragraphs()) {
      // An outlet's several files (a report and its follow-up) number their sentences each from 1, under their id.
      String id = article.partAt(paragraph.start()).id();
      List<Sentence> found = sentences(article.outlet(), id, paragraph, language, numbered.getOrDefault(id, 0));
      numbered.merge(id, found.size(), Integer::sum);
      sentences.addAll(found);
    }
    return new ParsedArticle(article, language, detected, detection.note(), sentences);
  }

  private List<Sentence> sentences(String outlet, String articleId, Paragraph paragraph, Language language,
                                   int before) {
    List<QuoteSpans.Range> quotes = QuoteSpans.find(paragraph.text());
    SentenceSplitter splitter = splitters.computeIfAbsent(language, SentenceSplitter::new);
    List<Sentence> sentences = new ArrayList<>();
    for (Span span : splitter.split(paragraph.text(), paragraph.heading())) {
      String text = paragraph.text().substring(span.getStart(), span.getEnd());
      int number = before + sentences.size() + 1;
      List<Token> tokens = tokens(text, paragraph.start() + span.getStart(), span.getStart(), quotes, language);
      sentences.add(new Sentence(Sentence.id(articleId, number), outlet, number, paragraph.index(),
          paragraph.start() + span.getStart(), paragraph.start() + span.getEnd(), text, tokens, paragraph.heading()));
    }
    return sentences;
  }

  private List<Token> tokens(String text, int articleOffset, int paragraphOffset, List<QuoteSpans.Range> quotes,
                             Language language) {
    List<Tokenizer.Span> spans = new Tokenizer(language).tokenize(text);
    String[] tags = tag(spans, language);
    List<Token> tokens = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      Tokenizer.Span span = spans.get(i);
      String lower = normalise(span.text());
      boolean quoted = QuoteSpans.inside(quotes, paragraphOffset + span.start());
      tokens.add(new Token(span.text(), articleOffset + span.start(), articleOffset + span.end(), lower,
          language.stem(lower), tags[i], quoted));
    }
    return tokens;
  }

  private String[] tag(List<Tokenizer.Span> spans, Language language) {
    String[] words = spans.stream().map(s -> s.text().replace('’', '\'')).toArray(String[]::new);
    java.util.function.UnaryOperator<String[]> tagger = taggers.get().computeIfAbsent(language,
        l -> l.posModel().map(LanguageLayer::tagger).orElse(null));
    if (tagger == null) {
      String[] none = new String[words.length];
      java.util.Arrays.fill(none, NO_TAG);
      return none;
    }
    return tagger.apply(words);
  }

  private static java.util.function.UnaryOperator<String[]> tagger(POSModel model) {
    if (GreedyPosTagger.supports(model)) {
      return new GreedyPosTagger(model)::tag;
    }
    return new POSTaggerME(model)::tag;
  }

  /** Lowercase with the typographic apostrophe made straight, so that lexicon entries match either form. */
  public static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static String bodyText(Article article) {
    return String.join("\n", article.paragraphs().stream().map(Paragraph::text).toList());
  }
}
