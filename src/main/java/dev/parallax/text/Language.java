package dev.parallax.text;

import dev.parallax.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;

/**
 * What Parallax knows of one language: its OpenNLP models, stemmer, tokenising rules and word lists. Models are
 * loaded on first use and shared; a language without models still gets tokens and rule-based sentences.
 */
public final class Language {
  private static final Map<String, Language> LOADED = new ConcurrentHashMap<>();

  private final String code;
  private final String name;
  private final String sentenceModelResource;
  private final String posModelResource;
  private final Pattern elision;
  private final Pattern invertedClitic;
  private final UnaryOperator<String> stemmer;
  private final String lemmaDictionaryResource;
  private volatile SentenceModel sentenceModel;
  private volatile POSModel posModel;
  private volatile Set<String> abbreviations;
  private volatile Set<String> openingWords;

  private Language(String code, String name, String sentenceModelResource, String posModelResource,
                   Pattern elision, Pattern invertedClitic, UnaryOperator<String> stemmer,
                   String lemmaDictionaryResource) {
    this.code = code;
    this.name = name;
    this.sentenceModelResource = sentenceModelResource;
    this.posModelResource = posModelResource;
    this.elision = elision;
    this.invertedClitic = invertedClitic;
    this.stemmer = stemmer;
    this.lemmaDictionaryResource = lemmaDictionaryResource;
  }

  public static Language forCode(String code) {
    return LOADED.computeIfAbsent(code, Language::create);
  }

  private static Language create(String code) {
    return switch (code) {
      // Elided articles and pronouns (l', d', qu'...) and the clitics of an inverted verb (a-t-il, fustigent-elles).
      case "fr" -> new Language("fr", "French",
          "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin", "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin",
          Pattern.compile("(?i)(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]"),
          Pattern.compile("(?i)-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous|ce)$"),
          Language::stemFrench, "org/languagetool/resource/fr/french.dict");
      case "en" -> new Language("en", "English",
          "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
          Pattern.compile("(?!)"), Pattern.compile("(?!)"), Language::stemEnglish,
          "org/languagetool/resource/en/english.dict");
      default -> new Language(code, displayName(code), null, null, Pattern.compile("(?!)"), Pattern.compile("(?!)"),
          UnaryOperator.identity(), null);
    };
  }

  public String code() {
    return code;
  }

  /** True when OpenNLP sentence and POS models ship for this language; otherwise sentences are split by rule. */
  public boolean hasModels() {
    return sentenceModelResource != null && posModelResource != null;
  }

  /** The language's English name ("German" for de), or the code when Java does not know it. */
  private static String displayName(String code) {
    String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  public String name() {
    return name;
  }

  /** A word list of this language ({@code lexicons/<code>/<list>.txt}), empty when the language has none. */
  public Optional<Lexicon> lexicon(String list) {
    return Lexicon.forLanguage(code, list);
  }

  /**
   * The tokens of a lexicon phrase, split as article text is and normalised as {@link Token#lower()}, so that a
   * phrase ("d'après", "paraît-il") can be matched against a sentence token by token.
   */
  public java.util.List<String> phraseTokens(String phrase) {
    return new Tokenizer(this).tokenize(phrase).stream().map(s -> LanguageLayer.normalise(s.text())).toList();
  }

  public String stem(String lowercaseWord) {
    return stemmer.apply(lowercaseWord);
  }

  /** The classpath resource of the language's Morfologik POS dictionary (LanguageTool's), if one ships. */
  Optional<String> lemmaDictionary() {
    return Optional.ofNullable(lemmaDictionaryResource);
  }

  Pattern elision() {
    return elision;
  }

  Pattern invertedClitic() {
    return invertedClitic;
  }

  public Optional<SentenceModel> sentenceModel() {
    if (sentenceModelResource != null && sentenceModel == null) {
      synchronized (this) {
        if (sentenceModel == null) {
          sentenceModel = load(sentenceModelResource, SentenceModel::new);
        }
      }
    }
    return Optional.ofNullable(sentenceModel);
  }

  public Optional<POSModel> posModel() {
    if (posModelResource != null && posModel == null) {
      synchronized (this) {
        if (posModel == null) {
          posModel = load(posModelResource, POSModel::new);
        }
      }
    }
    return Optional.ofNullable(posModel);
  }

  /** Abbreviations that end with a full stop but do not end a sentence ("M.", "etc."), lowercase. */
  Set<String> abbreviations() {
    if (abbreviations == null) {
      abbreviations = lexicon("abbreviations")
          .map(l -> l.entries().stream().map(e -> e.field(0).toLowerCase()).collect(Collectors.toUnmodifiableSet()))
          .orElse(Set.of());
    }
    return abbreviations;
  }

  /** Words that open a sentence (the stopwords list): after "U.S." a "The" opens a new sentence, a "Federal" does not. */
  Set<String> openingWords() {
    if (openingWords == null) {
      openingWords = lexicon("stopwords")
          .map(l -> l.entries().stream().map(e -> e.field(0).toLowerCase()).collect(Collectors.toUnmodifiableSet()))
          .orElse(Set.of());
    }
    return openingWords;
  }

  private interface ModelFactory<M> {
    M create(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelFactory<M> factory) {
    try (InputStream in = Language.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return factory.create(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  private static String stemFrench(String word) {
    char[] buffer = word.toCharArray();
    int length = new FrenchLightStemmer().stem(buffer, buffer.length);
    return new String(buffer, 0, length);
  }

  private static String stemEnglish(String word) {
    char[] buffer = word.toCharArray();
    int length = new EnglishMinimalStemmer().stem(buffer, buffer.length);
    return new String(buffer, 0, length);
  }

  @Override
  public String toString() {
    return code;
  }
}
