package dev.parallax.analysis.findings;

import java.util.List;

/** Outlet names in running text: "a", "a and b", "a, b and c". */
final class Names {
  private Names() {
  }

  /** A name has a word in capitals ("Amadou Ba", "Rfm"); "statement", "officials" or "quake" name nobody. */
  static boolean isNamed(String name) {
    return java.util.Arrays.stream(name.strip().split("\\s+"))
        .anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
  }

  static String join(List<String> names) {
    return names.size() <= 1 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
