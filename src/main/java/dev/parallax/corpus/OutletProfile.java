package dev.parallax.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the analyst's {@code outlets.tsv} says about one outlet; a value the file leaves blank is empty.
 *
 * @param bloc the analyst's label for the group the outlet is compared in ("international wires", "Malian press")
 */
public record OutletProfile(String outlet, String country, String owner, Optional<Kind> kind, String bloc) {

  /** What sort of outlet it is, as the file spells it. */
  public enum Kind {
    PUBLIC_STATE("public/state"), PRIVATE("private"), WIRE("wire"), AGENCY("agency"), BLOG("blog");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Optional<Kind> parse(String value) {
      String wanted = value.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(kind -> kind.label.equals(wanted)).findFirst();
    }

    static String labels() {
      return String.join(", ", Arrays.stream(values()).map(Kind::label).toList());
    }
  }

  /** An outlet the file does not list: nothing known. */
  public static OutletProfile unknown(String outlet) {
    return new OutletProfile(outlet, "", "", Optional.empty(), "");
  }

  public String kindLabel() {
    return kind.map(Kind::label).orElse("");
  }
}
