package dev.parallax.text;

import dev.parallax.corpus.AlignmentHint;
import dev.parallax.corpus.CorpusException;
import dev.parallax.corpus.OutletDirectory;
import dev.parallax.corpus.Story;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A story after the language layer: the analyzers' only input, one article per outlet. {@code alignment} holds the
 * analyst's corrections of the facts alignment, each naming two sentences of the story; {@code directory} the
 * analyst's profiles of the outlets (country, owner, kind, bloc), empty without an outlets.tsv.
 */
public record ParsedStory(String name, List<ParsedArticle> articles, List<AlignmentHint> alignment,
                          OutletDirectory directory) {

  public ParsedStory {
    articles = List.copyOf(articles);
    alignment = List.copyOf(alignment);
  }

  public ParsedStory(String name, List<ParsedArticle> articles, List<AlignmentHint> alignment) {
    this(name, articles, alignment, OutletDirectory.none());
  }

  public ParsedStory(String name, List<ParsedArticle> articles) {
    this(name, articles, List.of());
  }

  /** The parsed articles of a story with its alignment hints, each checked to name a sentence that is not a heading. */
  public static ParsedStory of(Story story, List<ParsedArticle> articles) {
    Map<String, Sentence> sentences = articles.stream().flatMap(a -> a.sentences().stream())
        .collect(Collectors.toMap(Sentence::id, Function.identity()));
    for (AlignmentHint hint : story.alignment()) {
      for (String id : List.of(hint.sentence(), hint.other())) {
        Sentence sentence = sentences.get(id);
        if (sentence == null) {
          String outlet = id.substring(0, id.lastIndexOf('#'));
          long count = articles.stream().flatMap(a -> a.sentences().stream())
              .filter(s -> s.id().startsWith(outlet + "#")).count();
          throw new CorpusException(hint.file(), "line " + hint.line() + ": no sentence " + id + " (" + outlet
              + " has " + count + " sentences; see the Sentences sheet)");
        }
        if (sentence.heading()) {
          throw new CorpusException(hint.file(), "line " + hint.line() + ": " + id
              + " is a heading, which reports no fact");
        }
      }
    }
    return new ParsedStory(story.name(), articles, story.alignment(), story.directory());
  }

  public List<String> outlets() {
    return articles.stream().map(ParsedArticle::outlet).toList();
  }

  /** The blocs of the story's outlets, in the outlets' order, each with its outlets; empty without blocs. */
  public Map<String, List<String>> blocs() {
    return directory.blocs(outlets());
  }

  public List<Sentence> sentences() {
    return articles.stream().flatMap(a -> a.sentences().stream()).toList();
  }
}
