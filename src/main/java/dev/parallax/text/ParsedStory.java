package dev.parallax.text;

import dev.parallax.corpus.AlignmentHint;
import dev.parallax.corpus.CorpusException;
import dev.parallax.corpus.Story;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A story after the language layer: the analyzers' only input. {@code alignment} holds the analyst's corrections of
 * the facts alignment, each naming two sentences of the story.
 */
public record ParsedStory(String name, List<ParsedArticle> articles, List<AlignmentHint> alignment) {

  public ParsedStory {
    articles = List.copyOf(articles);
    alignment = List.copyOf(alignment);
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
          long count = articles.stream().filter(a -> a.outlet().equals(outlet))
              .mapToLong(a -> a.sentences().size()).sum();
          throw new CorpusException(hint.file(), "line " + hint.line() + ": no sentence " + id + " (" + outlet
              + " has " + count + " sentences; see the Sentences sheet)");
        }
        if (sentence.heading()) {
          throw new CorpusException(hint.file(), "line " + hint.line() + ": " + id
              + " is a heading, which reports no fact");
        }
      }
    }
    return new ParsedStory(story.name(), articles, story.alignment());
  }

  public List<String> outlets() {
    return articles.stream().map(ParsedArticle::outlet).toList();
  }

  public List<Sentence> sentences() {
    return articles.stream().flatMap(a -> a.sentences().stream()).toList();
  }
}
