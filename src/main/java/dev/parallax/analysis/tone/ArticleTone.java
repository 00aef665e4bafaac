package dev.parallax.analysis.tone;

import dev.parallax.text.ParsedArticle;
import java.util.List;
import java.util.OptionalDouble;

/** The tone words and actor mentions of one article, and the scores drawn from them. */
record ArticleTone(ParsedArticle article, List<ToneWord> words, List<ActorMention> mentions) {

  ArticleTone {
    words = List.copyOf(words);
    mentions = List.copyOf(mentions);
  }

  String outlet() {
    return article.outlet();
  }

  /** Mean signed score of the words in one voice; empty when that voice has no tone word. */
  OptionalDouble tone(Voice voice) {
    return words.stream().filter(w -> w.voice() == voice).mapToDouble(ToneWord::score).average();
  }

  /** Mean signed score of the words that qualify an actor; empty when none does. */
  OptionalDouble actorTone(String actor) {
    return words.stream().filter(w -> w.target().equals(actor)).mapToDouble(ToneWord::score).average();
  }

  long mentions(String actor) {
    return mentions.stream().filter(m -> m.actor().equals(actor)).count();
  }

  long quotedMentions(String actor) {
    return mentions.stream().filter(m -> m.actor().equals(actor) && m.quoted()).count();
  }

  double perThousandWords() {
    int count = article.wordCount();
    return count == 0 ? 0 : words.size() * 1000.0 / count;
  }
}
