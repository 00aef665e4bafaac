package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.TexturePaint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The outlet palette: sixteen colours far apart (CIEDE2000), then the same colours hatched, no two outlets alike. */
class PaletteTest {
  private static final List<String> FORTY = IntStream.rangeClosed(1, 40).mapToObj(i -> "outlet" + i + ".com").toList();

  @Test
  void sixteenColoursAnyTwoAtLeast17Ciede2000UnitsApartAndFromWhite() {
    assertThat(Palette.COLOURS).hasSize(16);
    double closest = Double.MAX_VALUE;
    String pair = "";
    for (int i = 0; i < Palette.COLOURS.size(); i++) {
      for (int j = i + 1; j < Palette.COLOURS.size(); j++) {
        double difference = Ciede2000.difference(Palette.COLOURS.get(i), Palette.COLOURS.get(j));
        if (difference < closest) {
          closest = difference;
          pair = i + " and " + j;
        }
      }
      assertThat(Ciede2000.difference(Palette.COLOURS.get(i), Color.WHITE)).as("colour %d against white", i)
          .isGreaterThan(24);
      assertThat(Ciede2000.difference(Palette.COLOURS.get(i), Palette.OTHERS)).as("colour %d against others", i)
          .isGreaterThan(10);
    }
    assertThat(closest).as("closest pair: colours " + pair).isGreaterThan(17);
  }

  /**
   * Simulated dichromacy, severity 1: G. M. Machado, M. M. Oliveira and L. A. F. Fernandes, "A Physiologically-based
   * Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009, table of matrices for linear RGB.
   */
  private static final double[][] PROTANOPIA = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
      {-0.003882, -0.048116, 1.051998}};
  private static final double[][] DEUTERANOPIA = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
      {-0.011820, 0.042940, 0.968881}};

  /** Consecutive outlets' bars stand side by side: their colours differ most, also to a colour-blind reader. */
  @Test
  void neighbouringColoursAreFarApartAlsoWithoutRedOrGreenCones() {
    for (int i = 0; i + 1 < Palette.COLOURS.size(); i++) {
      Color one = Palette.COLOURS.get(i);
      Color next = Palette.COLOURS.get(i + 1);
      assertThat(Ciede2000.difference(one, next)).as("colours %d and %d", i, i + 1).isGreaterThan(25);
      assertThat(Ciede2000.difference(Ciede2000.lab(one, PROTANOPIA), Ciede2000.lab(next, PROTANOPIA)))
          .as("colours %d and %d, protanopia", i, i + 1).isGreaterThan(12);
      assertThat(Ciede2000.difference(Ciede2000.lab(one, DEUTERANOPIA), Ciede2000.lab(next, DEUTERANOPIA)))
          .as("colours %d and %d, deuteranopia", i, i + 1).isGreaterThan(12);
    }
  }

  /** The difference formula itself, on pairs of Sharma, Wu and Dalal's published test data (2005). */
  @Test
  void theCiede2000FormulaGivesThePublishedDifferences() {
    assertThat(Ciede2000.difference(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
        .isCloseTo(2.0425, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(Ciede2000.difference(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}))
        .isCloseTo(27.1492, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void fortyOutletsFortyLooksTheSeventeenthIsTheFirstColourHatched() {
    Palette palette = new Palette(FORTY);
    Set<Palette.Look> looks = new HashSet<>();
    FORTY.forEach(outlet -> looks.add(palette.look(outlet)));
    assertThat(looks).hasSize(40);
    assertThat(palette.look("outlet17.com").colour()).isEqualTo(palette.colour("outlet1.com"));
    assertThat(palette.look("outlet17.com").hatch()).isEqualTo(Palette.Hatch.UP_DIAGONAL);
    assertThat(palette.paint("outlet1.com")).isEqualTo(Palette.COLOURS.get(0));
    assertThat(palette.paint("outlet17.com")).isInstanceOf(TexturePaint.class);
    assertThat(palette.paint("outlet33.com")).isInstanceOf(TexturePaint.class);
    assertThat(palette.look("outlet33.com").hatch()).isEqualTo(Palette.Hatch.DOWN_DIAGONAL);
  }

  @Test
  void aHatchShowsTheOutletsColourOnWhite() {
    TexturePaint hatch = (TexturePaint) new Palette(FORTY).paint("outlet18.com");
    Set<Integer> pixels = new HashSet<>();
    var tile = hatch.getImage();
    for (int x = 0; x < tile.getWidth(); x++) {
      for (int y = 0; y < tile.getHeight(); y++) {
        pixels.add(tile.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertThat(pixels).contains(0xFFFFFF, Palette.COLOURS.get(1).getRGB() & 0xFFFFFF);
  }
}
