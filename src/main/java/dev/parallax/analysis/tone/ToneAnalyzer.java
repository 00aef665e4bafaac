package dev.parallax.analysis.tone;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.actors.ActorSpan;
import dev.parallax.analysis.actors.SharedActors;
import dev.parallax.analysis.actors.StoryActors;
import dev.parallax.text.Language;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tone: the evaluative and loaded words of each article, scored with their intensifiers and negators, split by
 * voice (the outlet's own words against words inside quotes) and attributed to the actors they qualify.
 */
public final class ToneAnalyzer implements Analyzer {
  public static final String ID = "tone";

  // Built once per language for the whole run, not per story: a run of many stories creates many analyzers.
  private static final Map<String, ToneFinder> FINDERS = new ConcurrentHashMap<>();
  private static final Map<String, HeadRule> HEAD_RULES = new ConcurrentHashMap<>();

  private final SharedActors actors;

  public ToneAnalyzer() {
    this(new SharedActors());
  }

  /** @param actors the story's actors, found once for this analyzer and the facts' conflicts */
  public ToneAnalyzer(SharedActors actors) {
    this.actors = actors;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> lexicons() {
    return List.of("polarity", "loaded", "intensifiers", "negators", "actors");
  }

  @Override
  public AnalysisResult analyze(ParsedStory story) {
    StoryActors storyActors = actors.of(story);
    List<ArticleTone> articles = story.articles().stream().map(a -> analyze(a, storyActors)).toList();
    List<String> actors = mentionedActors(storyActors, articles);
    return new AnalysisResult(ID, figures(articles),
        List.of(ToneTables.toneSheet(articles), ToneTables.actorSheet(articles, actors),
            ToneTables.mentionSheet(articles)),
        List.of(ToneTables.sentenceColumn(articles)),
        List.of(ToneTables.voiceChart(articles), ToneTables.actorChart(articles, actors)),
        METHOD_NOTES);
  }

  /** One article read alone: its actors are those of a story of that article only. */
  ArticleTone analyze(ParsedArticle article) {
    return analyze(article, StoryActors.of(new ParsedStory(article.outlet(), List.of(article))));
  }

  ArticleTone analyze(ParsedArticle article, StoryActors actors) {
    Language language = article.language();
    ToneFinder finder = FINDERS.computeIfAbsent(language.code(), c -> new ToneFinder(ToneLexicon.of(language)));
    HeadRule heads = HEAD_RULES.computeIfAbsent(language.code(), c -> HeadRule.of(language));
    List<ToneWord> words = new ArrayList<>();
    List<ActorMention> mentions = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      List<ActorMention> found = actors.find(sentence).stream().map(span -> mention(sentence, span)).toList();
      mentions.addAll(found);
      words.addAll(TargetRule.assign(finder.find(sentence), found, heads));
    }
    return new ArticleTone(article, words, mentions);
  }

  private static ActorMention mention(Sentence sentence, ActorSpan span) {
    return new ActorMention(sentence, span.actor(), span.alias(), span.from(), span.to(),
        sentence.tokens().get(span.from()).quoted());
  }

  /** The story's actors, those most outlets name first, that at least one article mentions. */
  private static List<String> mentionedActors(StoryActors actors, List<ArticleTone> articles) {
    return actors.actors().stream()
        .filter(actor -> articles.stream().anyMatch(a -> a.mentions(actor) > 0))
        .toList();
  }

  private static List<Figure> figures(List<ArticleTone> articles) {
    List<Figure> figures = new ArrayList<>();
    for (ArticleTone article : articles) {
      // A voice with no evaluative word has no tone (a blank cell), not the neutral 0 of words that balance out.
      article.tone(Voice.OUTLET).ifPresent(tone -> figures.add(new Figure(article.outlet(), "Tone (outlet voice)",
          tone, Figure.Format.DECIMAL, ToneTables.TONE)));
      article.tone(Voice.QUOTED).ifPresent(tone -> figures.add(new Figure(article.outlet(), "Tone (quoted voices)",
          tone, Figure.Format.DECIMAL, ToneTables.TONE)));
      figures.add(new Figure(article.outlet(), "Evaluative words per 1,000 words", article.perThousandWords(),
          Figure.Format.PER_THOUSAND, ToneTables.TONE));
    }
    return figures;
  }

  private static final List<String> METHOD_NOTES = List.of(
      "Tone words are the lemmas of polarity.txt (strength 1-3) and loaded.txt (framing words, strength 2 unless "
          + "polarity.txt grades them), matched to the text by stem; a phrase entry beats its single words.",
      "A word's score is its sign times its strength, times the factor of each intensifier or downtoner just "
          + "before it (or just after a verb), times -0.5 when a negator precedes it in the same clause within "
          + ToneFinder.NEGATION_REACH + " tokens (negation reverses and weakens).",
      "Voice: words inside quotation marks are the quoted source's tone, words outside are the outlet's; tone per "
          + "voice is the mean score of that voice's words (0 when it has none), from -3 to +3 before intensifiers.",
      "Sentence tone is the sum of its words' scores.",
      "Actors are found in the story's texts: proper-noun phrases of the POS tags (not a one-word phrase the story "
          + "also writes in lowercase, nor a place written after a place preposition), countries by name and "
          + "demonym in either language, a surname joined to the full name it ends, an acronym to the name it "
          + "abbreviates, and the aliases of actors.txt as a hint; an actor is kept when two outlets or three "
          + "mentions name it. A tone word qualifies the actor whose alias contains it; an adjective qualifies "
          + "the noun beside it, and reaches an actor only when that noun is the actor, its complement names one "
          + "(\"la collusion coupable de l'Ukraine\") or a possessive points back to one (\"sa précieuse "
          + "contribution\"), or, without a noun, as the attribute of the verb's subject; an adjective hyphened "
          + "to a number (\"3,000-strong\") is a size; an adverb beside a verb qualifies the verb's subject, "
          + "never its object (\"combattre efficacement le trafic\"); "
          + "else (for a verb) the nearest actor after it in its clause, else the nearest actor in its clause, "
          + "else the nearest in another clause of its sentence within " + TargetRule.CROSS_CLAUSE_REACH
          + " tokens, else none; clauses end at , ; : and quote marks; an actor named inside a longer tone phrase "
          + "(\"sponsors du terrorisme\") is never the target. Actor tone is the mean score of the words that "
          + "qualify it.");
}
