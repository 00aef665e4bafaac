package dev.parallax.analysis;

/**
 * One headline number for one outlet.
 *
 * @param evidenceSheet the sheet whose rows for this outlet produced the number (empty when it is a plain count
 *     of the outlet's sentences)
 */
public record Figure(String outlet, String name, double value, Format format, String evidenceSheet) {

  /** How a figure is shown: a count, a decimal, a share (0–1 shown as %), or a rate per 1,000 words. */
  public enum Format { COUNT, DECIMAL, PERCENT, PER_THOUSAND }
}
