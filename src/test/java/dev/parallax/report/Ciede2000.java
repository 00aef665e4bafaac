package dev.parallax.report;

import java.awt.Color;

/** The CIEDE2000 colour difference of two sRGB colours (D65), for the palette test. */
final class Ciede2000 {
  private Ciede2000() {
  }

  static double difference(Color a, Color b) {
    return difference(lab(a), lab(b));
  }

  static double[] lab(Color colour) {
    return lab(linear(colour.getRed() / 255.0), linear(colour.getGreen() / 255.0), linear(colour.getBlue() / 255.0));
  }

  /**
   * The colour as an eye with the given deficiency sees it: its linear RGB through a 3×3 simulation matrix, clipped
   * to the sRGB gamut.
   */
  static double[] lab(Color colour, double[][] simulation) {
    double[] rgb = {linear(colour.getRed() / 255.0), linear(colour.getGreen() / 255.0),
        linear(colour.getBlue() / 255.0)};
    double[] seen = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        seen[i] += simulation[i][j] * rgb[j];
      }
      seen[i] = Math.min(1, Math.max(0, seen[i]));
    }
    return lab(seen[0], seen[1], seen[2]);
  }

  private static double[] lab(double r, double g, double b) {
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  }

  private static double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static double f(double t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
  }

  static double difference(double[] lab1, double[] lab2) {
    double c1 = Math.hypot(lab1[1], lab1[2]);
    double c2 = Math.hypot(lab2[1], lab2[2]);
    double cMean = (c1 + c2) / 2;
    double g = 0.5 * (1 - Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7))));
    double a1 = (1 + g) * lab1[1];
    double a2 = (1 + g) * lab2[1];
    double c1p = Math.hypot(a1, lab1[2]);
    double c2p = Math.hypot(a2, lab2[2]);
    double h1 = hue(a1, lab1[2]);
    double h2 = hue(a2, lab2[2]);
    double dL = lab2[0] - lab1[0];
    double dC = c2p - c1p;
    double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
    double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
    double lMean = (lab1[0] + lab2[0]) / 2;
    double cpMean = (c1p + c2p) / 2;
    double hMean = c1p * c2p == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
        : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
        + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
    double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
    double rc = 2 * Math.sqrt(Math.pow(cpMean, 7) / (Math.pow(cpMean, 7) + Math.pow(25, 7)));
    double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
    double sc = 1 + 0.045 * cpMean;
    double sh = 1 + 0.015 * cpMean * t;
    double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
    return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
  }

  private static double hue(double a, double b) {
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }
}
