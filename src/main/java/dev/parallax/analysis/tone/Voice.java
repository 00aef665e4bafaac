package dev.parallax.analysis.tone;

/** Whose words they are: the outlet's own, or a source's inside quotation marks. */
enum Voice {
  OUTLET("outlet", "outlet voice"),
  QUOTED("quoted", "quoted voice");

  private final String label;
  private final String category;

  Voice(String label, String category) {
    this.label = label;
    this.category = category;
  }

  /** The value of the Voice column. */
  String label() {
    return label;
  }

  /** The chart category. */
  String category() {
    return category;
  }
}
