package dev.parallax.report;

import java.util.List;

/** The 24 outlets of the dev-set stories ecb-rate-cut and morocco-earthquake joined: a story too wide for 16 colours. */
final class ManyOutlets {
  static final List<String> OUTLETS = List.of("agenceafrique.com", "axios.com", "bfmtv.com", "binance.com",
      "blick.ch", "bnnbloomberg.ca", "boursorama.com", "businesstrendstoday.com", "cirocc.best", "economiematin.fr",
      "edito.seloger.com", "euro.dayfr.com", "fr.allafrica.com", "fr.euronews.com", "huffingtonpost.fr",
      "indiatodayne.in", "jamaica-gleaner.com", "kiss100.co.ke", "lapresse.ca", "lesiteinfo.com", "maghress.com",
      "upday.com", "yalibnan.com", "zawya.com");
  /** The categories of the attribution-sources chart. */
  static final List<String> SOURCE_TYPES = List.of("person", "institution", "document", "media", "anonymous", "none");

  private ManyOutlets() {
  }
}
