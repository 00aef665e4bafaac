package dev.parallax.report;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Loads the report's libraries on a background thread while the run reads and analyses the articles. A two-article
 * run spends most of its time loading classes once: Tablesaw's table class scans the class path when first used,
 * POI and XMLBeans load hundreds of classes for the first workbook, Java2D its fonts for the first chart. Doing that
 * on the second core, in parallel with the language layer, takes it off the run's path. Nothing here is written
 * anywhere, and the run does the same work (the same classes, once) whether or not this finishes first.
 */
public final class Warmup {
  private Warmup() {
  }

  private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

  /** Starts loading on a daemon thread and returns at once; later calls do nothing. */
  public static void start(boolean charts) {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(() -> load(charts), "parallax-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /**
   * Tablesaw's {@code Table}, when first loaded, scans the class path with ClassGraph for CSV and JSON readers and
   * writers to register; Parallax uses none of them. ClassGraph reads the class path from {@code java.class.path}:
   * pointed at nothing for that one scan, it has nothing to list, instead of the jar's 41,000 entries (0.07 against
   * 0.23 s here). No other code of the run reads the property, and it is put back at once.
   */
  private static void loadTablesaw() throws ClassNotFoundException {
    String classPath = System.getProperty("java.class.path");
    System.setProperty("java.class.path", "");
    try {
      Class.forName("tech.tablesaw.api.Table");
    } finally {
      System.setProperty("java.class.path", classPath);
    }
  }

  private static void load(boolean charts) {
    try {
      loadTablesaw();
      try (SXSSFWorkbook workbook = new StreamingWorkbook(10)) {
        workbook.createSheet("warm-up").createRow(0).createCell(0).setCellValue("warm-up");
        workbook.write(OutputStream.nullOutputStream());
        workbook.dispose();
      }
      if (charts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "a", "b");
        JFreeChart chart = ChartFactory.createBarChart("warm-up", "", "", data);
        chart.getTitle().setFont(new Font("DejaVu Sans", Font.BOLD, 12));
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 64, 36));
        g.dispose();
        ChartRenderer.encode(image);
      }
    } catch (ClassNotFoundException | IOException | RuntimeException e) {
      // Only a head start: whatever failed here fails again, and is reported, where the run really uses it.
    }
  }
}
