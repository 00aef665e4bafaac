package dev.parallax.report;

import dev.parallax.analysis.Figure;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The handful of cell styles a Parallax workbook uses, created once per workbook. */
final class Styles {
  final CellStyle header;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle link;
  final CellStyle title;
  private final Map<Figure.Format, CellStyle> numbers = new EnumMap<>(Figure.Format.class);
  private final Map<CellStyle, CellStyle> quotePrefixed = new HashMap<>();
  private final Workbook workbook;
  private final Map<Figure.Format, CellStyle> linkedNumbers = new EnumMap<>(Figure.Format.class);

  Styles(Workbook workbook) {
    this.workbook = workbook;
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    text = workbook.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    Font blue = workbook.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());
    link = workbook.createCellStyle();
    link.setFont(blue);
    link.setVerticalAlignment(VerticalAlignment.TOP);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(big);
    for (Figure.Format format : Figure.Format.values()) {
      numbers.put(format, number(workbook, format, null));
      linkedNumbers.put(format, number(workbook, format, blue));
    }
  }

  /**
   * The style for a text cell: text that starts like a formula ({@code = + - @}) gets the same style with Excel's
   * quote prefix, so that editing the cell or saving the sheet as CSV keeps it text rather than a formula.
   */
  CellStyle forText(CellStyle style, String text) {
    if (text.isEmpty() || "=+-@".indexOf(text.charAt(0)) < 0) {
      return style;
    }
    return quotePrefixed.computeIfAbsent(style, plain -> {
      CellStyle quoted = workbook.createCellStyle();
      quoted.cloneStyleFrom(plain);
      quoted.setQuotePrefixed(true);
      return quoted;
    });
  }

  /** A text cell: its value and {@link #forText its style}. */
  void text(Cell cell, String text, CellStyle style) {
    cell.setCellValue(text);
    cell.setCellStyle(forText(style, text));
  }

  CellStyle number(Figure.Format format, boolean linked) {
    return (linked ? linkedNumbers : numbers).get(format);
  }

  private static CellStyle number(Workbook workbook, Figure.Format format, Font font) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(pattern(format)));
    style.setVerticalAlignment(VerticalAlignment.TOP);
    if (font != null) {
      style.setFont(font);
    }
    return style;
  }

  private static String pattern(Figure.Format format) {
    return switch (format) {
      case COUNT -> "#,##0";
      case DECIMAL -> "0.00";
      case PERCENT -> "0.0%";
      case PER_THOUSAND -> "0.0"; // the unit is spelt out in the header: "… per 1,000 words"
    };
  }
}
