package dev.parallax.analysis.findings;

/**
 * One headline finding: a short sentence generated from a table, how much it separates the outlets (0 to 1), and
 * its evidence (the sheet and the sentence behind it).
 */
public record Finding(String text, double separation, String outlet, String sheet, String sentence) {
}
