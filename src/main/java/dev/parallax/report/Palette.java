package dev.parallax.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One look per outlet, the same in every chart and sheet of a run: a colour of {@link #COLOURS}, and past the
 * sixteenth outlet the colours again under a hatch ({@link Hatch}), so that no two outlets of a story look alike.
 *
 * <p>The sixteen colours: first the eight of Okabe and Ito's colour-blind-safe palette (M. Okabe and K. Ito, "Color
 * Universal Design (CUD): how to make figures and presentations that are friendly to colorblind people", 2008,
 * jfly.uni-koeln.de/color), then eight of Kenneth L. Kelly's "twenty-two colours of maximum contrast" (Color
 * Engineering 3(6), 1965; sRGB values of the ISCC–NBS centroid colours), each the one furthest (CIEDE2000) from
 * all the colours before it and from the white background. Colour values are facts, free to reuse; Kelly's list
 * is a work of the US National Bureau of Standards, in the public domain. Any two of the sixteen differ by at
 * least 17 CIEDE2000 units, any one from white by at least 24; the Kelly eight are in the order that keeps
 * neighbours (the bars of consecutive outlets, side by side) furthest apart, also to an eye without red or
 * green cones: neighbours differ by at least 25 units, and by at least 12 under simulated protanopia and
 * deuteranopia (PaletteTest).
 */
public final class Palette {
  static final List<Color> COLOURS = List.of(
      // Okabe–Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion, black, yellow
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000), new Color(0xF0E442),
      // Kelly: red, violet, yellowish pink, yellowish brown, yellow green, grey, olive green, buff
      new Color(0xBE0032), new Color(0x604E97), new Color(0xF99379), new Color(0x654522),
      new Color(0x8DB600), new Color(0x848482), new Color(0x2B3D26), new Color(0xC2B280));
  /** The bar of the outlets a chart groups as "others": a light grey that no outlet has. */
  static final Color OTHERS = new Color(0xBDBDBD);

  /** The second cue: past the first sixteen outlets, a colour again under one of these hatches. */
  public enum Hatch {
    SOLID(null), UP_DIAGONAL("dkUpDiag"), DOWN_DIAGONAL("dkDnDiag"), CROSS("diagCross"), HORIZONTAL("dkHorz"),
    VERTICAL("dkVert"), DOTS("pct50");

    /** The same hatch as a DrawingML preset pattern (a:pattFill prst) of a native chart; null for a solid fill. */
    public final String preset;

    Hatch(String preset) {
      this.preset = preset;
    }
  }

  /** A colour and a hatch: how one outlet looks. */
  public record Look(Color colour, Hatch hatch) {
  }

  private final Map<String, Look> byOutlet = new LinkedHashMap<>();

  public Palette(List<String> outlets) {
    for (int i = 0; i < outlets.size(); i++) {
      Hatch hatch = Hatch.values()[(i / COLOURS.size()) % Hatch.values().length];
      byOutlet.put(outlets.get(i), new Look(COLOURS.get(i % COLOURS.size()), hatch));
    }
  }

  public Color colour(String outlet) {
    return look(outlet).colour();
  }

  public Look look(String outlet) {
    return byOutlet.getOrDefault(outlet, new Look(OTHERS, Hatch.SOLID));
  }

  /** What a chart fills the outlet's bars with: its colour, or its colour hatched on white. */
  public Paint paint(String outlet) {
    Look look = look(outlet);
    return look.hatch() == Hatch.SOLID ? look.colour() : texture(look);
  }

  /** The colour as RRGGBB hex, for the workbook. */
  public String hex(String outlet) {
    return String.format("%06X", colour(outlet).getRGB() & 0xFFFFFF);
  }

  /** The number of outlets this palette colours. */
  public int size() {
    return byOutlet.size();
  }

  private static final int TILE = 12;

  private static Paint texture(Look look) {
    BufferedImage tile = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = tile.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, TILE, TILE);
    g.setColor(look.colour());
    g.setStroke(new java.awt.BasicStroke(3.5f));
    switch (look.hatch()) {
      case UP_DIAGONAL -> upward(g);
      case DOWN_DIAGONAL -> downward(g);
      case CROSS -> {
        upward(g);
        downward(g);
      }
      case HORIZONTAL -> g.fillRect(0, 0, TILE, TILE / 2);
      case VERTICAL -> g.fillRect(0, 0, TILE / 2, TILE);
      case DOTS -> {
        g.fillOval(1, 1, 5, 5);
        g.fillOval(7, 7, 5, 5);
      }
      case SOLID -> g.fillRect(0, 0, TILE, TILE);
    }
    g.dispose();
    return new TexturePaint(tile, new Rectangle2D.Double(0, 0, TILE, TILE));
  }

  private static void upward(Graphics2D g) {
    g.drawLine(-1, TILE + 1, TILE + 1, -1);
    g.drawLine(-TILE / 2, TILE / 2, TILE / 2, -TILE / 2);
    g.drawLine(TILE / 2, TILE + TILE / 2, TILE + TILE / 2, TILE / 2);
  }

  private static void downward(Graphics2D g) {
    g.drawLine(-1, -1, TILE + 1, TILE + 1);
    g.drawLine(-TILE / 2, TILE / 2, TILE / 2, TILE + TILE / 2);
    g.drawLine(TILE / 2, -TILE / 2, TILE + TILE / 2, TILE / 2);
  }
}
