package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reading a written workbook back with POI, and the checks every workbook must pass whatever the corpus. */
public final class WorkbookChecks {
  private static final String ILLEGAL_IN_SHEET_NAME = ":\\/?*[]";
  private static final DataFormatter TEXT = new DataFormatter();

  private WorkbookChecks() {
  }

  public static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }

  /** Every cell of every sheet, header rows included. */
  public static void forEachCell(Workbook workbook, Consumer<Cell> check) {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          check.accept(cell);
        }
      }
    }
  }

  public static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /** Names Excel accepts: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
  public static void assertLegalSheetNames(Workbook workbook) {
    for (String name : sheetNames(workbook)) {
      assertThat(name).as("sheet name").isNotEmpty().hasSizeLessThanOrEqualTo(31)
          .doesNotStartWith("'").doesNotEndWith("'");
      assertThat(name.chars().noneMatch(c -> ILLEGAL_IN_SHEET_NAME.indexOf(c) >= 0 || Character.isISOControl(c)))
          .as("sheet name '%s' has no character Excel forbids", name).isTrue();
    }
  }

  /** Every link inside the workbook points at a sheet that exists; every other link is an http(s) address. */
  public static void assertLinksResolve(Workbook workbook) {
    List<String> names = sheetNames(workbook);
    forEachCell(workbook, cell -> {
      var link = cell.getHyperlink();
      if (link == null) {
        return;
      }
      String where = cell.getSheet().getSheetName() + "!" + cell.getAddress();
      if (link.getType() == HyperlinkType.DOCUMENT) {
        String address = link.getAddress();
        assertThat(address).as(where).startsWith("'").contains("'!");
        String sheet = address.substring(1, address.lastIndexOf("'!")).replace("''", "'");
        assertThat(names).as("link in %s to %s", where, address).contains(sheet);
      } else {
        assertThat(link.getType()).as(where).isEqualTo(HyperlinkType.URL);
        assertThat(link.getAddress()).as(where).matches("(?i)https?://.+");
      }
    });
  }

  public static int column(Sheet sheet, String header) {
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
  }

  /** The sheet's rows below its header. */
  public static List<Row> dataRows(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    sheet.forEach(row -> {
      if (row.getRowNum() > 0) {
        rows.add(row);
      }
    });
    return rows;
  }

  /** A cell as Excel shows it; "" for a cell never written. */
  public static String text(Row row, int column) {
    return row.getCell(column) == null ? "" : TEXT.formatCellValue(row.getCell(column));
  }

  /** The column under a header, as Excel shows each cell, header row left out. */
  public static List<String> cells(Sheet sheet, String header) {
    int c = column(sheet, header);
    return dataRows(sheet).stream().map(row -> text(row, c)).toList();
  }
}
