package dev.parallax.corpus;

/**
 * One file of an outlet that has several articles in a story (a news report and its follow-up), as it lies inside
 * the outlet's joined article.
 *
 * @param id {@code <outlet>/<file name without .txt>}, the prefix of its sentence ids
 * @param article the file as read
 * @param start where its text begins in the joined text
 * @param paragraphsBefore the paragraphs of the outlet's earlier files, to number its paragraphs from 1 again
 */
public record ArticlePart(String id, Article article, int start, int paragraphsBefore) {

  public int end() {
    return start + article.originalText().length();
  }
}
