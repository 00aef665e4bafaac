package dev.parallax.analysis.facts;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.actors.SharedActors;
import dev.parallax.analysis.actors.StoryActors;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Shared facts: splits each article into claims, aligns claims of different outlets into facts, gives each fact's
 * status per outlet (stated, attributed, hedged, absent, read from the attribution and hedging analyzers), finds
 * facts only some outlets report, conflicting details (dates, numbers, places, actors) and passages reused from a
 * common source.
 */
public final class FactsAnalyzer implements Analyzer {
  public static final String ID = "facts";
  /** Cosine similarity two claims of different outlets need to be one fact; chosen on the seeds (method notes). */
  public static final double DEFAULT_THRESHOLD = 0.11;
  /** The shortest run of shared words reported as reuse. */
  public static final int REUSE_MIN_WORDS = 8;
  private static final int SUMMARY_WORDS = 30;

  private final Analyzer attribution;
  private final Analyzer hedging;
  private final double threshold;
  private final Optional<SentenceEncoder> encoder;
  private final SharedActors actors;

  public FactsAnalyzer(Analyzer attribution, Analyzer hedging) {
    this(attribution, hedging, DEFAULT_THRESHOLD);
  }

  public FactsAnalyzer(Analyzer attribution, Analyzer hedging, double threshold) {
    this(attribution, hedging, threshold, Optional.empty());
  }

  /** @param encoder a sentence encoder whose cosine joins the lexical similarity; empty: lexical alone */
  public FactsAnalyzer(Analyzer attribution, Analyzer hedging, double threshold, Optional<SentenceEncoder> encoder) {
    this(attribution, hedging, threshold, encoder, new SharedActors());
  }

  /** @param actors the story's actors, found once for this analyzer and the tone */
  public FactsAnalyzer(Analyzer attribution, Analyzer hedging, double threshold, Optional<SentenceEncoder> encoder,
                       SharedActors actors) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("similarity threshold must be in (0, 1], got " + threshold);
    }
    this.attribution = attribution;
    this.hedging = hedging;
    this.threshold = threshold;
    this.encoder = encoder;
    this.actors = actors;
  }

  @Override
  public String id() {
    return ID;
  }

  public double threshold() {
    return threshold;
  }

  @Override
  public AnalysisResult analyze(ParsedStory story) {
    List<Fact> facts = facts(story);
    StatusReader status = StatusReader.from(attribution.analyze(story), hedging.analyze(story));
    List<Conflict> conflicts = conflicts(story, facts, actors.of(story));
    ReuseFinder.Result reuse = new ReuseFinder(REUSE_MIN_WORDS).find(story.articles());
    return new FactsReport(story, facts, status, conflicts, reuse, threshold,
        encoder.map(e -> FactsMethod.encoderNote(e, EncodedSimilarity.WEIGHT, EncodedSimilarity.COSINE_FLOOR))
            .stream().toList()).result();
  }

  /** The story's facts, those most outlets report first, then in the order the first outlet reports them. */
  List<Fact> facts(ParsedStory story) {
    List<Claim> claims = claims(story);
    ClaimSimilarity vectors = similarity(vectors(story, claims), claims);
    List<FactCluster> clusters = new ArrayList<>(new FactAligner(threshold).align(claims, vectors, story.alignment()));
    List<String> outlets = story.outlets();
    clusters.sort(Comparator.comparingInt(FactCluster::outletCount).reversed()
        .thenComparingInt(c -> outlets.indexOf(firstOutlet(c, outlets)))
        .thenComparingInt(c -> c.evidence(firstOutlet(c, outlets)).orElseThrow().start()));
    List<Fact> facts = new ArrayList<>();
    for (FactCluster cluster : clusters) {
      String id = String.format("F%02d", facts.size() + 1);
      facts.add(new Fact(id, cluster, summary(cluster.evidence(firstOutlet(cluster, outlets)).orElseThrow()),
          match(cluster, outlets, vectors), nearest(cluster, outlets, claims, vectors)));
    }
    return facts;
  }

  /** Every article's claims, in article order. */
  static List<Claim> claims(ParsedStory story) {
    List<Claim> claims = new ArrayList<>();
    for (ParsedArticle article : story.articles()) {
      claims.addAll(new ClaimSplitter().claims(article));
    }
    return claims;
  }

  /** The claims' term vectors, each claim read with its article's language. */
  static TermVectors vectors(ParsedStory story, List<Claim> claims) {
    Map<String, Vocabulary> vocabularies = new HashMap<>();
    story.articles().forEach(a -> vocabularies.put(a.outlet(), Vocabulary.of(a.language())));
    return new TermVectors(claims, c -> vocabularies.get(c.outlet()));
  }

  /** The lexical similarity, joined with the encoder's cosine when there is an encoder. */
  private ClaimSimilarity similarity(TermVectors lexical, List<Claim> claims) {
    return encoder.<ClaimSimilarity>map(e -> new EncodedSimilarity(lexical, claims, e)).orElse(lexical);
  }

  /** The lowest similarity between the evidence claims of two outlets of the fact. */
  private static OptionalDouble match(FactCluster cluster, List<String> outlets, ClaimSimilarity vectors) {
    List<Claim> evidence = outlets.stream().map(cluster::evidence).flatMap(Optional::stream).toList();
    double lowest = Double.NaN;
    for (int i = 0; i < evidence.size(); i++) {
      for (int j = i + 1; j < evidence.size(); j++) {
        double similarity = vectors.similarity(evidence.get(i), evidence.get(j));
        lowest = Double.isNaN(lowest) ? similarity : Math.min(lowest, similarity);
      }
    }
    return Double.isNaN(lowest) ? OptionalDouble.empty() : OptionalDouble.of(lowest);
  }

  /** For each outlet without the fact, its claim most similar to any of the fact's evidence claims. */
  private static Map<String, Fact.Nearest> nearest(FactCluster cluster, List<String> outlets, List<Claim> claims,
                                                   ClaimSimilarity vectors) {
    List<Claim> evidence = outlets.stream().map(cluster::evidence).flatMap(Optional::stream).toList();
    Map<String, Fact.Nearest> nearest = new LinkedHashMap<>();
    for (Claim claim : claims) {
      if (cluster.claimsByOutlet().containsKey(claim.outlet())) {
        continue;
      }
      double best = evidence.stream().mapToDouble(e -> vectors.similarity(e, claim)).max().orElse(0);
      Fact.Nearest current = nearest.get(claim.outlet());
      if (best > 0 && (current == null || best > current.similarity())) {
        nearest.put(claim.outlet(), new Fact.Nearest(claim, best));
      }
    }
    return nearest;
  }

  private static String firstOutlet(FactCluster cluster, List<String> outlets) {
    return outlets.stream().filter(cluster.claimsByOutlet()::containsKey).findFirst().orElseThrow();
  }

  private static String summary(Claim claim) {
    String[] words = claim.text().strip().split("\\s+");
    return Arrays.stream(words).limit(SUMMARY_WORDS).collect(Collectors.joining(" "))
        + (words.length > SUMMARY_WORDS ? " …" : "");
  }

  private static List<Conflict> conflicts(ParsedStory story, List<Fact> facts, StoryActors actors) {
    Map<String, ParsedArticle> articles = story.articles().stream()
        .collect(Collectors.toMap(ParsedArticle::outlet, a -> a, (a, b) -> a, LinkedHashMap::new));
    ConflictFinder finder = new ConflictFinder();
    Map<String, DetailFinder> detailFinders = new HashMap<>();
    articles.values().forEach(a -> detailFinders.put(a.outlet(), new DetailFinder(a.language(), actors)));
    Map<String, ArticleNames> names = new HashMap<>();
    articles.values().forEach(a -> names.put(a.outlet(), new ArticleNames(a)));
    Map<String, Optional<LocalDate>> dates = new HashMap<>();
    articles.values().forEach(a -> dates.put(a.outlet(), date(a, detailFinders.get(a.outlet()))));
    List<Conflict> conflicts = new ArrayList<>();
    Map<String, String> factOfSentence = new HashMap<>();
    for (Fact fact : facts) {
      Map<String, List<Detail>> byOutlet = new LinkedHashMap<>();
      fact.cluster().claimsByOutlet().forEach((outlet, claims) -> {
        ParsedArticle article = articles.get(outlet);
        DetailFinder details = detailFinders.get(outlet);
        byOutlet.put(outlet, claims.stream()
            .flatMap(c -> details.details(c, reference(article, c.sentence(), dates)).stream()).toList());
        claims.forEach(c -> factOfSentence.putIfAbsent(c.sentenceId(), fact.id()));
      });
      conflicts.addAll(finder.acrossOutlets(new ConflictFinder.FactDetails(fact.id(), byOutlet, names)));
    }
    for (ParsedArticle article : articles.values()) {
      DetailFinder details = detailFinders.get(article.outlet());
      List<DateMention> mentions = article.sentences().stream()
          .flatMap(s -> details.dates(s, reference(article, s, dates)).stream()).toList();
      conflicts.addAll(finder.insideArticle(article.outlet(), mentions, factOfSentence,
          article.article().metadata().date().isPresent()));
    }
    return conflicts;
  }

  /**
   * The day a sentence's weekdays and yearless dates are read from: the front matter date of its file, else the
   * latest full date (with its year) the outlet's text gives.
   */
  private static Optional<LocalDate> reference(ParsedArticle article, Sentence sentence,
      Map<String, Optional<LocalDate>> fallback) {
    return article.date(sentence).or(() -> fallback.get(article.outlet()));
  }

  /** The latest full date (with its year) an outlet's text gives, or its front matter date. */
  private static Optional<LocalDate> date(ParsedArticle article, DetailFinder details) {
    Optional<LocalDate> published = article.article().metadata().date();
    if (published.isPresent()) {
      return published;
    }
    return article.sentences().stream().flatMap(s -> details.dates(s, Optional.empty()).stream())
        .filter(d -> d.kind() == DateMention.Kind.ABSOLUTE && d.year().isPresent())
        .flatMap(d -> d.resolved().stream()).max(LocalDate::compareTo);
  }
}
