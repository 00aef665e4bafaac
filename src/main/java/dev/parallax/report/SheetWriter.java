package dev.parallax.report;

import dev.parallax.analysis.Figure;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a grid of values as one sheet: a frozen, filterable header row (and key columns, for a wide sheet), widths fitted to the content, long text
 * wrapped. Text is always written as a text cell, never as a formula, whatever its first character, and text that
 * starts like a formula carries the quote prefix that keeps it text when the cell is edited.
 */
final class SheetWriter {
  private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  /** Excel's limit of links in one worksheet; past it a cell keeps its text and loses its link. */
  static final int MAX_LINKS_PER_SHEET = 65_530;
  /** Excel's rows in a sheet, the header row included. */
  static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  private static final int MAX_WIDTH_CHARS = 70;
  private static final int SAMPLE_ROWS = 500;
  private static final float LINE_POINTS = 15f;
  private static final int MAX_LINES = 20;
  private static final double PAGE_WIDTH_CHARS = 200.0;
  private static final String FILE_LINK = "file:";

  /** A cell value with its optional format and link target. */
  record Value(Object content, Figure.Format format, String link) {
    static Value of(Object content) {
      return new Value(content, null, null);
    }

    static Value linked(Object content, String link) {
      return new Value(content, null, link);
    }

    /** A link to another file, by its path relative to the workbook's folder. */
    static Value linkedToFile(Object content, String relativePath) {
      return new Value(content, null, FILE_LINK + relativePath);
    }

    Value withFormat(Figure.Format newFormat) {
      return new Value(content, newFormat, link);
    }
  }

  private final Workbook workbook;
  private final Styles styles;
  private int linksInSheet;

  SheetWriter(Workbook workbook, Styles styles) {
    this.workbook = workbook;
    this.styles = styles;
  }

  Sheet write(String name, List<String> headers, List<List<Value>> allRows) {
    return write(name, headers, allRows, 0);
  }

  /**
   * The sheet, with its header row and its first {@code frozenColumns} columns frozen: a wide sheet (one column
   * per outlet) keeps the row's key in sight while it scrolls right.
   */
  Sheet write(String name, List<String> headers, List<List<Value>> allRows, int frozenColumns) {
    List<List<Value>> rows = withinRowLimit(allRows);
    Sheet sheet = workbook.createSheet(SafeNames.sheet(name));
    linksInSheet = 0;
    Row headerRow = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      styles.text(headerRow.createCell(c), headers.get(c), styles.header);
    }
    List<Integer> widths = widths(headers, rows);
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Value> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        write(row.createCell(c), values.get(c));
      }
      row.setHeightInPoints(LINE_POINTS * lines(values, widths));
    }
    sheet.createFreezePane(frozenColumns, 1);
    if (!headers.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, headers.size() - 1));
    }
    for (int c = 0; c < widths.size(); c++) {
      sheet.setColumnWidth(c, widths.get(c) * 256);
    }
    printReadably(sheet, widths.stream().mapToInt(Integer::intValue).sum());
    if (frozenColumns > 0) {
      // printed over several pages wide, each page repeats the key columns, as the screen keeps them
      sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, frozenColumns - 1));
    }
    return sheet;
  }

  private void write(Cell cell, Value value) {
    Object content = value.content();
    boolean linked = value.link() != null
        && (value.link().startsWith(FILE_LINK) || !Links.isForeignScheme(value.link()))
        && linksInSheet < MAX_LINKS_PER_SHEET;
    if (content instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      Figure.Format format = value.format() != null ? value.format()
          : isWhole(number) ? Figure.Format.COUNT : Figure.Format.DECIMAL;
      cell.setCellStyle(styles.number(format, linked));
    } else if (content != null) {
      String text = content.toString();
      styles.text(cell, text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text,
          linked ? styles.link : text.length() > MAX_WIDTH_CHARS ? styles.wrapped : styles.text);
    }
    if (linked) {
      linksInSheet++;
      cell.setHyperlink(hyperlink(value.link()));
    }
  }

  private Hyperlink hyperlink(String target) {
    boolean web = Links.isWebAddress(target);
    boolean file = target.startsWith(FILE_LINK);
    Hyperlink link = workbook.getCreationHelper().createHyperlink(
        web ? HyperlinkType.URL : file ? HyperlinkType.FILE : HyperlinkType.DOCUMENT);
    link.setAddress(web ? Links.webAddress(target) : file ? target.substring(FILE_LINK.length()) : target);
    return link;
  }

  /** The rows a sheet can hold; when there are more, the last row says how many were left out. */
  static List<List<Value>> withinRowLimit(List<List<Value>> rows) {
    if (rows.size() <= MAX_ROWS - 1) {
      return rows;
    }
    int kept = MAX_ROWS - 2;
    List<List<Value>> shown = new ArrayList<>(rows.subList(0, kept));
    shown.add(List.of(Value.of("… " + String.format("%,d", rows.size() - kept) + " more rows not shown: an Excel "
        + "sheet holds " + String.format("%,d", MAX_ROWS) + " rows")));
    return shown;
  }

  /**
   * Landscape, as few pages wide as keep the text legible (about 200 characters of columns a page), header row
   * repeated: a sheet printed or exported to PDF stays readable.
   */
  private static void printReadably(Sheet sheet, int totalWidthChars) {
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) Math.max(1, Math.ceil(totalWidthChars / PAGE_WIDTH_CHARS)));
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
  }

  private static boolean isWhole(Number number) {
    double d = number.doubleValue();
    return d == Math.rint(d) && !Double.isInfinite(d);
  }

  /** Rows are given the height of their longest wrapped text, as not every spreadsheet program computes it. */
  private static int lines(List<Value> values, List<Integer> widths) {
    int lines = 1;
    for (int c = 0; c < values.size() && c < widths.size(); c++) {
      Object content = values.get(c).content();
      if (content instanceof String text && text.length() > MAX_WIDTH_CHARS) {
        lines = Math.max(lines, (int) Math.ceil(text.length() * 0.9 / widths.get(c)));
      }
    }
    return Math.min(lines, MAX_LINES);
  }

  private static List<Integer> widths(List<String> headers, List<List<Value>> rows) {
    List<Integer> widths = new ArrayList<>();
    for (String header : headers) {
      widths.add(Math.min(MAX_WIDTH_CHARS, Math.max(8, header.length() + 4)));
    }
    for (List<Value> row : rows.subList(0, Math.min(rows.size(), SAMPLE_ROWS))) {
      for (int c = 0; c < row.size() && c < widths.size(); c++) {
        Object content = row.get(c).content();
        int length = content == null ? 0 : content instanceof Number ? 10 : content.toString().length() + 2;
        widths.set(c, Math.min(MAX_WIDTH_CHARS, Math.max(widths.get(c), length)));
      }
    }
    return widths;
  }

  /** The address of a cell in another sheet, for a document hyperlink. */
  static String address(String sheet, int rowIndex, int column) {
    return "'" + SafeNames.sheet(sheet).replace("'", "''") + "'!"
        + new org.apache.poi.ss.util.CellReference(rowIndex, column).formatAsString(false);
  }

}
