package dev.parallax.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names short enough for a chart's axis and legend, by one rule: an outlet named by its web address loses "www."
 * and its domain ending (".com", ".fr", ".co.ke"); then any name, outlet or fact, longer than the room is cut at
 * the last word boundary (space, dot, hyphen) that fits, and "…" marks the cut. A single word longer than the room
 * stays whole: a name is never cut inside a word. Two outlets whose short names would be the same keep their full
 * names.
 */
final class ShortNames {
  static final int OUTLET_ROOM = 20;
  private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}");
  /** Second-level labels under a country code: "co.ke", "com.au", "org.uk". */
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu");

  private final Map<String, String> shortByOutlet = new LinkedHashMap<>();

  ShortNames(List<String> outlets) {
    Map<String, Integer> uses = new HashMap<>();
    outlets.forEach(outlet -> uses.merge(outlet(outlet), 1, Integer::sum));
    outlets.forEach(outlet -> shortByOutlet.put(outlet, uses.get(outlet(outlet)) > 1 ? outlet : outlet(outlet)));
  }

  /** The outlet's short name in this story (its full name when another outlet would share the short one). */
  String of(String outlet) {
    return shortByOutlet.getOrDefault(outlet, outlet);
  }

  /**
   * A note under a chart: the rule, and the full name of every outlet cut with "…" (an ending dropped by the rule
   * is not listed: the reader restores it); empty when no name was shortened.
   */
  String note() {
    boolean anyShortened = shortByOutlet.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue()));
    if (!anyShortened) {
      return "";
    }
    StringBuilder note = new StringBuilder("Outlets without \"www.\" and their domain ending (.com, .fr, .co.ke…)");
    List<String> cut = shortByOutlet.entrySet().stream().filter(e -> e.getValue().endsWith("…"))
        .map(e -> e.getValue() + " = " + e.getKey()).toList();
    if (!cut.isEmpty()) {
      note.append("; in full: ").append(String.join(", ", cut));
    }
    return note.append('.').toString();
  }

  /** The rule for one outlet, alone. */
  static String outlet(String name) {
    String shown = name.strip();
    if (DOMAIN.matcher(shown).matches()) {
      if (shown.regionMatches(true, 0, "www.", 0, 4)) {
        shown = shown.substring(4);
      }
      String[] labels = shown.split("\\.");
      int keep = labels.length - 1;
      if (keep >= 2 && labels[keep].length() == 2 && SECOND_LEVEL.contains(labels[keep - 1].toLowerCase())) {
        keep--;
      }
      shown = String.join(".", java.util.Arrays.copyOf(labels, keep));
    }
    return words(shown, OUTLET_ROOM);
  }

  /** The text if it fits the room, else cut at the last word boundary that fits, with "…"; never inside a word. */
  static String words(String text, int room) {
    if (text.length() <= room) {
      return text;
    }
    for (int i = room - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == ' ' || c == '.' || c == '-' || c == '/') {
        String kept = text.substring(0, i).stripTrailing();
        if (!kept.isEmpty()) {
          return kept + "…";
        }
      }
    }
    int end = text.indexOf(' ');
    return end < 0 ? text : text.substring(0, end) + "…";
  }
}
