package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import org.junit.jupiter.api.Test;

/**
 * A sentence in the first person outside quotation marks is a source's words: the quoted speaker's, when it follows
 * their quote, or the name signing it. Real paragraphs of lapresse.ca (the ECB's June 2024 rate cut, development set)
 * and, where no source is in reach, of an opinion piece and a campaign blog in the first person (slate.com, 2016;
 * nonalautoroute.over-blog.com, 2010).
 */
class FirstPersonStatementsTest {

  @Test
  void aSentenceLeftOutsideTheMarksContinuesTheQuote() {
    assertThat(FoundStatement.in(TestStories.french("En conférence de presse, la présidente de la BCE, Christine "
        + "Lagarde, a déclaré que l’inflation s’était suffisamment atténuée pour que la banque centrale puisse "
        + "commencer à réduire son taux.\n\n« Nous maintiendrons les taux directeurs suffisamment restrictifs aussi "
        + "longtemps que nécessaire », a-t-elle déclaré. Nous ne nous engageons pas sur une trajectoire de taux "
        + "particulière.")))
        .anySatisfy(s -> {
          assertThat(s.quote()).startsWith("Nous ne nous engageons pas");
          assertThat(s.speaker()).isEqualTo("Christine Lagarde");
          assertThat(s.direct()).isFalse();
        });
  }

  @Test
  void aPullQuoteIsTheWordsOfTheNameSigningIt() {
    assertThat(FoundStatement.in(TestStories.french("Mercredi, la Banque du Canada a annoncé une baisse de son taux "
        + "directeur.\n\nSommes-nous aujourd’hui dans une phase de recul ? Je ne dirais pas ça. Christine Lagarde")))
        .anySatisfy(s -> {
          assertThat(s.quote()).contains("Je ne dirais pas ça").doesNotContain("Christine Lagarde");
          assertThat(s.speaker()).isEqualTo("Christine Lagarde");
        });
  }

  @Test
  void anAuthorsOwnIWithNoSourceInReachStaysUnattributed() {
    assertThat(FoundStatement.in(TestStories.english("I attended the anti-Trump protest in New York City that marched "
        + "between Union Square and Trump Tower on Saturday afternoon, and many of the chants I heard did not meet "
        + "those criteria."))).isEmpty();
  }

  @Test
  void aWritersOwnNousAfterAParagraphBreakIsNotTheSourceQuotedBefore() {
    // lapresse.ca's quote paragraph, then a blog's own "nous" in a paragraph of its own
    assertThat(FoundStatement.in(TestStories.french("« Nous maintiendrons les taux directeurs suffisamment restrictifs "
        + "aussi longtemps que nécessaire », a déclaré Christine Lagarde.\n\nNous vous informions que le ministère, "
        + "suivant la loi énoncée à plusieurs reprises, devait annoncer sa décision avant le 28 juin.")))
        .noneMatch(s -> s.quote().startsWith("Nous vous informions"));
  }
}
