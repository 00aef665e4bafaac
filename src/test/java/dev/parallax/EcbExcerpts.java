package dev.parallax;

import dev.parallax.text.ParsedArticle;

/**
 * Excerpts of the dev-set coverage of the ECB's June 2024 rate cut, as the rule tests of several packages read them:
 * one or two sentences of an outlet, parsed as that outlet's article.
 */
public final class EcbExcerpts {
  private EcbExcerpts() {
  }

  /** businesstrendstoday.com quotes Christine Lagarde twice. */
  public static ParsedArticle businessTrendsToday() {
    return TestStories.parsedArticle("businesstrendstoday.com", "en", "“The inflation outlook has improved markedly,” "
        + "Christine Lagarde, the president of the E.C.B., said on Thursday at a news conference in Frankfurt. "
        + "“It is now appropriate to moderate the degree of monetary policy restriction.”");
  }

  /** cirocc.best quotes Christine Lagarde once (the sentence shortened before its dash aside). */
  public static ParsedArticle ciroccQuotingLagardeOnce() {
    return TestStories.parsedArticle("cirocc.best", "en", "Speaking to journalists, ECB President Christine Lagarde "
        + "emphasized that the central bank would continue to follow “a data-dependent and meeting-by-meeting "
        + "approach.”");
  }

  /** edito.seloger.com: "devrait" twice in its own voice, in two paragraphs. */
  public static ParsedArticle editoSeloger() {
    return TestStories.parsedArticle("edito.seloger.com", "fr", "Le marché immobilier étant en berne depuis plusieurs "
        + "mois maintenant, cette baisse est attendue avec impatience, car elle devrait apporter de l’oxygène, en "
        + "facilitant l’emprunt immobilier.\n\nPar répercussion, cela devrait désengorger le marché locatif "
        + "devenu surchargé dans de nombreuses villes.");
  }

  /** boursorama.com's lead: no doubt of its own ("Comme attendu" is no hedge). */
  public static ParsedArticle boursorama() {
    return TestStories.parsedArticle("boursorama.com", "fr", "Comme attendu, la Banque centrale européenne (BCE) a "
        + "baissé ses taux directeurs d'un quart de point ce jeudi 6 juin, à l'issue de sa réunion de politique "
        + "monétaire.");
  }
}
