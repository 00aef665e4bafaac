package dev.parallax.analysis.facts;

import dev.parallax.text.ParsedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common-source reuse: runs of at least {@code minWords} words that two articles share, or that an article writes
 * in its own voice and also quotes from a source (a communiqué it cites). Words are compared by stem without
 * accents, so a changed ending still counts as near-verbatim reuse.
 */
final class ReuseFinder {
  /**
   * Places in the other article compared with each place of an article: a run of eight words that recurs more often
   * is a paragraph repeated through the article, whose every repeat would add nothing but time (the comparison of a
   * 5 MB article of repeated paragraphs with itself grew with the square of its length). News text never comes near.
   */
  static final int MAX_MATCHES_PER_PLACE = 64;
  private final int minWords;

  ReuseFinder(int minWords) {
    this.minWords = minWords;
  }

  /** One word of an article, where it occurs. */
  private record Word(Token token, Sentence sentence, String key) {
  }

  /**
   * An article's words with each run of {@code minWords} keys, and where each run starts, in order: all of them,
   * and those whose first word is quoted or in the author's voice. Built once per article.
   */
  private record Text(List<Word> words, String[] grams, Map<String, int[]> starts, Map<String, int[]> quotedStarts,
                      Map<String, int[]> authorStarts) {
    /** The starts of the gram in the other voice than {@code word}'s: the only ones an article reuses from itself. */
    int[] otherVoice(String gram, Word word) {
      return (word.token().quoted() ? authorStarts : quotedStarts).getOrDefault(gram, NONE);
    }
  }

  private static final int[] NONE = new int[0];

  /** The words of an article that lie in a shared passage, with the passages, and how many places were compared. */
  record Result(List<SharedPassage> passages, Map<String, Set<Token>> reusedWords, long placesCompared) {
  }

  Result find(List<ParsedArticle> articles) {
    Map<String, Text> texts = new HashMap<>();
    articles.forEach(a -> texts.put(a.outlet(), indexed(words(a))));
    // Keyed so that a passage repeated across a long article is listed once per sentence and source outlet.
    Map<String, SharedPassage> passages = new java.util.LinkedHashMap<>();
    Map<String, Set<Token>> reused = new HashMap<>();
    long[] compared = new long[1];
    // Identity sets: a token is one position in one article, and hashing the record would hash all its fields.
    articles.forEach(a -> reused.put(a.outlet(), Collections.newSetFromMap(new IdentityHashMap<>())));
    for (int i = 0; i < articles.size(); i++) {
      Text own = texts.get(articles.get(i).outlet());
      compared[0] += compare(own, own, true, passages, reused);
      for (int j = i + 1; j < articles.size(); j++) {
        compared[0] += compare(own, texts.get(articles.get(j).outlet()), false, passages, reused);
      }
    }
    return new Result(List.copyOf(passages.values()), reused, compared[0]);
  }

  private static List<Word> words(ParsedArticle article) {
    List<Word> words = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      for (Token token : sentence.tokens()) {
        if (token.isWord()) {
          words.add(new Word(token, sentence, Vocabulary.plain(token.stem())));
        }
      }
    }
    return words;
  }

  /**
   * Maximal common runs of {@code a} and {@code b}. Inside one article ({@code self}), only runs that are quoted on
   * one side and in the author's voice on the other count: the author reusing a quoted source's words. Each place of
   * {@code a} is compared with at most {@link #MAX_MATCHES_PER_PLACE} places of {@code b}, so the work grows with
   * the articles' length, not its square. Returns the number of place pairs compared.
   */
  private long compare(Text textA, Text textB, boolean self, Map<String, SharedPassage> passages,
                       Map<String, Set<Token>> reused) {
    List<Word> a = textA.words();
    List<Word> b = textB.words();
    // Runs are found in order of i, so on each diagonal (j - i) the pairs already in a run are those up to the end
    // of its latest run: one number per diagonal instead of every covered pair (which a long, repetitive article
    // turns into hundreds of millions).
    Map<Integer, Integer> coveredUntil = new HashMap<>();
    long compared = 0;
    for (int i = 0; i + minWords <= a.size(); i++) {
      int[] starts = self ? textB.otherVoice(textA.grams()[i], a.get(i))
          : textB.starts().getOrDefault(textA.grams()[i], NONE);
      int from = self ? firstAfter(starts, i) : 0;
      int until = from + Math.min(starts.length - from, MAX_MATCHES_PER_PLACE);
      for (int k = from; k < until; k++) {
        int j = starts[k];
        compared++;
        if (coveredUntil.getOrDefault(j - i, -1) >= i) {
          continue;
        }
        int length = minWords;
        while (i + length < a.size() && j + length < b.size() && a.get(i + length).key().equals(b.get(j + length).key())
            && (!self || voicesDiffer(a.get(i + length), b.get(j + length)))) {
          length++;
        }
        coveredUntil.put(j - i, i + length - 1);
        record(a.subList(i, i + length), b.subList(j, j + length), self, passages, reused);
      }
    }
    return compared;
  }

  /** The index of the first start after {@code i} in the ascending starts. */
  private static int firstAfter(int[] starts, int i) {
    int index = java.util.Arrays.binarySearch(starts, i + 1);
    return index >= 0 ? index : -index - 1;
  }

  private static boolean voicesDiffer(Word x, Word y) {
    return x.token().quoted() != y.token().quoted();
  }

  private static void record(List<Word> runA, List<Word> runB, boolean self, Map<String, SharedPassage> passages,
                             Map<String, Set<Token>> reused) {
    if (self) {
      List<Word> authorRun = runA.get(0).token().quoted() ? runB : runA;
      List<Word> quotedRun = authorRun == runA ? runB : runA;
      add(authorRun, quotedRun, passages, reused);
      return;
    }
    add(runA, runB, passages, reused);
    add(runB, runA, passages, reused);
  }

  private static void add(List<Word> run, List<Word> other, Map<String, SharedPassage> passages,
                          Map<String, Set<Token>> reused) {
    Word first = run.get(0);
    String text = text(run);
    Sentence source = other.get(0).sentence();
    passages.putIfAbsent(first.sentence().id() + "\u0000" + source.outlet() + "\u0000" + text,
        new SharedPassage(first.sentence().outlet(), first.sentence().id(), source.id(), text, run.size()));
    run.forEach(w -> reused.get(w.sentence().outlet()).add(w.token()));
  }

  /** The run's words as the article writes them, punctuation included, sentence by sentence. */
  private static String text(List<Word> run) {
    StringBuilder text = new StringBuilder();
    int from = 0;
    for (int k = 1; k <= run.size(); k++) {
      if (k == run.size() || run.get(k).sentence() != run.get(from).sentence()) {
        Sentence sentence = run.get(from).sentence();
        text.append(text.length() == 0 ? "" : " ")
            .append(sentence.slice(run.get(from).token().start(), run.get(k - 1).token().end()));
        from = k;
      }
    }
    return text.toString();
  }

  private Text indexed(List<Word> words) {
    String[] grams = new String[Math.max(0, words.size() - minWords + 1)];
    Map<String, List<Integer>> starts = new HashMap<>();
    Map<String, List<Integer>> quoted = new HashMap<>();
    Map<String, List<Integer>> author = new HashMap<>();
    for (int j = 0; j < grams.length; j++) {
      grams[j] = gram(words, j);
      starts.computeIfAbsent(grams[j], k -> new ArrayList<>()).add(j);
      (words.get(j).token().quoted() ? quoted : author).computeIfAbsent(grams[j], k -> new ArrayList<>()).add(j);
    }
    return new Text(words, grams, arrays(starts), arrays(quoted), arrays(author));
  }

  private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> arrays = new HashMap<>(lists.size() * 4 / 3 + 1);
    lists.forEach((gram, list) -> arrays.put(gram, list.stream().mapToInt(Integer::intValue).toArray()));
    return arrays;
  }

  private String gram(List<Word> words, int from) {
    StringBuilder gram = new StringBuilder();
    for (int k = from; k < from + minWords; k++) {
      gram.append(words.get(k).key()).append(' ');
    }
    return gram.toString();
  }

}
