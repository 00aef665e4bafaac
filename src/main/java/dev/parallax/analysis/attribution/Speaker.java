package dev.parallax.analysis.attribution;

/**
 * Who a statement is attributed to.
 *
 * @param name the person's name, or the source's words without their article ("communiqué conjoint")
 * @param type person, institution, document, media, anonymous, or none when the words name no known kind of source
 * @param role a person's role noun when the text gives one ("ministre"), else empty
 */
record Speaker(String name, String type, String role) {
  static final String NONE = "none";

  boolean known() {
    return !type.equals(NONE);
  }

  /** The Speaker column: the name, then the role when there is one ("Abdoulaye Diop, ministre"). */
  String label() {
    return role.isEmpty() ? name : name + ", " + role;
  }
}
