package dev.parallax.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per outlet, the same in every chart and sheet of a run: the Okabe–Ito colour-blind-safe palette,
 * extended with four of Paul Tol's "muted" colours to reach twelve distinct outlets.
 */
public final class Palette {
  private static final List<Color> COLOURS = List.of(
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000), new Color(0xF0E442),
      new Color(0x882255), new Color(0x44AA99), new Color(0x999933), new Color(0x332288));

  private final Map<String, Color> byOutlet = new LinkedHashMap<>();

  public Palette(List<String> outlets) {
    for (int i = 0; i < outlets.size(); i++) {
      byOutlet.put(outlets.get(i), COLOURS.get(i % COLOURS.size()));
    }
  }

  public Color colour(String outlet) {
    return byOutlet.getOrDefault(outlet, Color.GRAY);
  }

  /** The colour as RRGGBB hex, for the workbook. */
  public String hex(String outlet) {
    return String.format("%06X", colour(outlet).getRGB() & 0xFFFFFF);
  }

  /** The number of outlets this palette colours. */
  public int size() {
    return byOutlet.size();
  }
}
