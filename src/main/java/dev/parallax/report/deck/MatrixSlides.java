package dev.parallax.report.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextDirection;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import tech.tablesaw.api.Table;

/**
 * The fact × outlet matrix as slide tables: a row per fact (its id and its words, cut between two words to one line),
 * a column per outlet, each cell a letter on its status colour (S stated, A attributed, H hedged, blank absent), so
 * that the status reads without the colour. The facts most outlets report come first; at most {@link #MAX_FACTS},
 * over as many slides as keep the rows readable.
 */
final class MatrixSlides {
  static final int MAX_FACTS = 40;
  static final int MIN_FACTS = 10;
  private static final double TOP = 78;
  private static final double ROW = 22;
  private static final double CELL_SIZE = 12;
  private static final double HEADER_SIZE = 12;
  private static final double LEGEND = 24;
  private static final double MAX_OUTLET_COLUMN = 110;
  private static final double MIN_LABEL_COLUMN = 300;
  private static final double UPRIGHT_COLUMN = 34;
  /** A line of 12-point upright text and the cell's insets. */
  private static final double MIN_UPRIGHT_COLUMN = 21;
  private static final double MAX_HEADER = 190;
  private static final Color RULE = new Color(0xBBBBBB);
  private static final Map<String, Status> STATUSES = Map.of(
      "stated", new Status("S", new Color(0x0072B2), Color.WHITE),
      "attributed", new Status("A", new Color(0xE69F00), Color.BLACK),
      "hedged", new Status("H", new Color(0xCC79A7), Color.BLACK));
  private static final Status ABSENT = new Status("", new Color(0xEEEEEE), Color.BLACK);

  private record Status(String letter, Color fill, Color ink) {
  }

  /** A fact as a matrix row: id, words, and each outlet's status. */
  record FactRow(String id, String summary, List<String> statuses) {
    long reporting() {
      return statuses.stream().filter(s -> STATUSES.containsKey(s) || s.startsWith("hedged")).count();
    }
  }

  private MatrixSlides() {
  }

  static void add(SlideWriter writer, StoryTables tables) {
    List<FactRow> all = rows(tables);
    if (all.isEmpty()) {
      return;
    }
    List<FactRow> shown = shown(all);
    List<String> outlets = tables.outlets();
    boolean upright = outlets.size() > 6;
    double tableWidth = SlideWriter.WIDTH - 2 * SlideWriter.MARGIN;
    // Upright names need a column only as wide as a line; names across need room for two lines.
    // Many outlets: columns narrow down to a line of upright text, so that the facts keep room for their words.
    double outletColumn = upright
        ? Math.max(MIN_UPRIGHT_COLUMN, Math.min(UPRIGHT_COLUMN, (tableWidth - MIN_LABEL_COLUMN) / outlets.size()))
        : Math.min(MAX_OUTLET_COLUMN, (tableWidth - MIN_LABEL_COLUMN) / outlets.size());
    double labelColumn = tableWidth - outletColumn * outlets.size();
    double header = upright ? Math.min(MAX_HEADER, outlets.stream()
        .mapToDouble(o -> TextFit.width(o, HEADER_SIZE, true)).max().orElse(60) + 30)
        : 2 * HEADER_SIZE * TextFit.LEADING + 10;
    int perSlide = (int) Math.floor((SlideWriter.HEIGHT - TOP - header - LEGEND - 20) / ROW);
    int slides = (shown.size() + perSlide - 1) / perSlide;
    int each = (shown.size() + slides - 1) / slides;
    for (int s = 0; s < slides; s++) {
      List<FactRow> part = shown.subList(s * each, Math.min(shown.size(), (s + 1) * each));
      String title = "Which outlet reports which fact" + (slides == 1 ? "" : " (" + (s + 1) + " of " + slides + ")");
      XSLFSlide slide = writer.slide(title, new Rectangle2D.Double(SlideWriter.MARGIN, 18, tableWidth, TOP - 24));
      table(slide, part, outlets, labelColumn, outletColumn, header, upright);
      double legendTop = TOP + header + ROW * part.size() + 8;
      writer.text(slide, new Rectangle2D.Double(SlideWriter.MARGIN, legendTop, tableWidth, LEGEND),
          List.of(new SlideWriter.Para(legend(all, shown), 11, false, SlideWriter.GREY, 0)));
      List<String> notes = new ArrayList<>(List.of(title + ": facts " + part.get(0).id() + "… as the Facts sheet "
          + "holds them; S stated, A attributed to a source, H hedged, blank: absent."));
      for (FactRow row : part) {
        List<String> cells = new ArrayList<>();
        for (int o = 0; o < outlets.size(); o++) {
          cells.add(outlets.get(o) + " " + (row.statuses().get(o).isEmpty() ? "absent" : row.statuses().get(o)));
        }
        notes.add("- " + row.id() + " “" + row.summary() + "”: " + String.join(", ", cells));
      }
      writer.notes(slide, notes);
    }
  }

  /**
   * Every fact when there are at most {@link #MAX_FACTS}, those most outlets report first; else the facts two or more
   * outlets report (at most {@link #MAX_FACTS}, at least {@link #MIN_FACTS} facts): what one outlet alone reports is
   * in the Facts sheet and the omissions chart.
   */
  static List<FactRow> shown(List<FactRow> all) {
    List<FactRow> sorted = all.stream().sorted(Comparator.comparingLong(FactRow::reporting).reversed()).toList();
    if (sorted.size() <= MAX_FACTS) {
      return sorted;
    }
    List<FactRow> shared = sorted.stream().filter(f -> f.reporting() >= 2).limit(MAX_FACTS).toList();
    return shared.size() >= MIN_FACTS ? shared : sorted.subList(0, MIN_FACTS);
  }

  static List<FactRow> rows(StoryTables tables) {
    List<FactRow> rows = new ArrayList<>();
    tables.sheet("Facts").ifPresent(facts -> {
      for (int r = 0; r < facts.rowCount(); r++) {
        rows.add(row(facts, r, tables.outlets()));
      }
    });
    return rows;
  }

  private static FactRow row(Table facts, int r, List<String> outlets) {
    List<String> statuses = outlets.stream().map(o -> StoryTables.cell(facts, r, o)).toList();
    return new FactRow(StoryTables.cell(facts, r, "Fact"), StoryTables.cell(facts, r, "Summary"), statuses);
  }

  private static void table(XSLFSlide slide, List<FactRow> rows, List<String> outlets, double labelColumn,
                            double outletColumn, double header, boolean upright) {
    XSLFTable table = slide.createTable();
    XSLFTableRow head = table.addRow();
    head.setHeight(header);
    XSLFTableCell corner = head.addCell();
    text(corner, "Fact", HEADER_SIZE, true, SlideWriter.INK, TextAlign.LEFT);
    corner.setVerticalAlignment(VerticalAlignment.BOTTOM);
    for (String outlet : outlets) {
      XSLFTableCell cell = head.addCell();
      String name = upright ? outlet : TextFit.shorten(outlet, HEADER_SIZE, true, outletColumn - 6, 2);
      text(cell, name, HEADER_SIZE, true, SlideWriter.INK, upright ? TextAlign.LEFT : TextAlign.CENTER);
      cell.setVerticalAlignment(VerticalAlignment.BOTTOM);
      if (upright) {
        cell.setTextDirection(TextDirection.VERTICAL_270);
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
      }
    }
    for (FactRow row : rows) {
      XSLFTableRow line = table.addRow();
      line.setHeight(ROW);
      String label = TextFit.shorten(row.id() + " " + row.summary(), CELL_SIZE, false, labelColumn - 8, 1);
      text(line.addCell(), label, CELL_SIZE, false, SlideWriter.INK, TextAlign.LEFT);
      for (String value : row.statuses()) {
        Status status = value.startsWith("hedged") ? STATUSES.get("hedged") : STATUSES.getOrDefault(value, ABSENT);
        XSLFTableCell cell = line.addCell();
        text(cell, status.letter(), CELL_SIZE, true, status.ink(), TextAlign.CENTER);
        cell.setFillColor(status.fill());
      }
    }
    table.setColumnWidth(0, labelColumn);
    for (int o = 0; o < outlets.size(); o++) {
      table.setColumnWidth(o + 1, outletColumn);
    }
    table.setAnchor(new Rectangle2D.Double(SlideWriter.MARGIN, TOP, labelColumn + outletColumn * outlets.size(),
        header + ROW * rows.size()));
  }

  private static void text(XSLFTableCell cell, String text, double size, boolean bold, Color ink, TextAlign align) {
    cell.clearText();
    cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(1, 3, 1, 3));
    cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
    for (BorderEdge edge : BorderEdge.values()) {
      cell.setBorderColor(edge, RULE);
      cell.setBorderWidth(edge, 0.5);
    }
    var paragraph = cell.addNewTextParagraph();
    paragraph.setTextAlign(align);
    XSLFTextRun run = paragraph.addNewTextRun();
    run.setText(text);
    run.setFontFamily(TextFit.FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setFontColor(ink);
  }

  private static String legend(List<FactRow> all, List<FactRow> shown) {
    String key = "S stated · A attributed to a source · H hedged · blank: absent (the Facts sheet says how close "
        + "the outlet's nearest sentence is).";
    if (all.size() == shown.size()) {
      return key;
    }
    long alone = all.stream().filter(f -> f.reporting() < 2).count();
    boolean onlyShared = shown.stream().allMatch(f -> f.reporting() >= 2);
    return key + " " + shown.size() + " of " + all.size() + " facts: " + (onlyShared ? "those two or more outlets "
        + "report; the " + alone + " that one outlet alone reports" : "those most outlets report; the others")
        + " are in the Facts sheet.";
  }
}
