package dev.parallax.report;

import java.util.regex.Pattern;

/**
 * What a link target may be: an http(s) address (any case of the scheme, as the corpus reader accepts it) or a cell
 * of this workbook. A target with any other scheme (javascript:, file:, mailto:...) is never made a link.
 */
final class Links {
  private static final Pattern WEB = Pattern.compile("(?i)https?://\\S+");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private Links() {
  }

  static boolean isWebAddress(String target) {
    return WEB.matcher(target).matches();
  }

  /** A web address with its scheme in lower case (the canonical form, which every reader recognises). */
  static String webAddress(String target) {
    int colon = target.indexOf(':');
    return target.substring(0, colon).toLowerCase(java.util.Locale.ROOT) + target.substring(colon);
  }

  /** True for a URI with a scheme other than http(s); a cell address ('Sheet'!A1) has none. */
  static boolean isForeignScheme(String target) {
    return !isWebAddress(target) && SCHEME.matcher(target).find();
  }
}
