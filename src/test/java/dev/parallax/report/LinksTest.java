package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only http(s) addresses and cells of the workbook are ever made links. */
class LinksTest {
  @Test
  void webAddresses() {
    assertThat(Links.isWebAddress("https://www.example.org/a?b=1")).isTrue();
    assertThat(Links.isWebAddress("HTTP://EXAMPLE.ORG/B")).isTrue();
    assertThat(Links.webAddress("HTTP://EXAMPLE.ORG/B")).isEqualTo("http://EXAMPLE.ORG/B");
    assertThat(Links.isWebAddress("www.example.org")).isFalse();
  }

  @Test
  void otherSchemesAreNeverLinks() {
    assertThat(Links.isForeignScheme("javascript:alert(1)")).isTrue();
    assertThat(Links.isForeignScheme("file:///etc/passwd")).isTrue();
    assertThat(Links.isForeignScheme("mailto:someone@example.org")).isTrue();
    assertThat(Links.isForeignScheme("https://www.example.org/")).isFalse();
    assertThat(Links.isForeignScheme("'Sentences'!A2")).isFalse();
    assertThat(Links.isForeignScheme("'Le Monde_ Afrique'!A1")).isFalse();
  }
}
