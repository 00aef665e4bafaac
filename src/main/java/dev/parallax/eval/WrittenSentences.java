package dev.parallax.eval;

import dev.parallax.corpus.StrippedLine;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.util.HashMap;
import java.util.Map;

/**
 * Sentences as the article file has them. The reader cuts the dateline or wire credit off a lead ("(Bloomberg) --
 * ", "MARRAKECH, Morocco (AP) "), but a gold anchor is copied from the text and may start with it: the lead's
 * sentence can also be compared with its dateline put back. A scorer tries both texts, since a dateline that stood
 * on a line of its own ("[Dakar, 25th March 2025]") is not part of the next sentence's anchor.
 */
final class WrittenSentences {
  /** At most this many characters (spaces) between the end of a cut dateline and the sentence it opened. */
  private static final int GAP = 3;
  private final Map<String, String> withDateline = new HashMap<>();

  WrittenSentences(ParsedStory story) {
    for (ParsedArticle article : story.articles()) {
      for (StrippedLine line : article.article().stripped()) {
        if (line.kind() != StrippedLine.Kind.DATELINE) {
          continue;
        }
        int end = line.start() + line.text().length();
        article.sentences().stream()
            .filter(s -> s.start() >= end && s.start() - end <= GAP).findFirst()
            .ifPresent(s -> withDateline.put(s.id(), line.text() + " " + s.text()));
      }
    }
  }

  String text(Sentence sentence) {
    return withDateline.getOrDefault(sentence.id(), sentence.text());
  }
}
