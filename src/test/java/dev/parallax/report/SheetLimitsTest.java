package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Excel's limits (specifications and limits): 32,767 characters in a cell, 65,530 links and 1,048,576 rows in a
 * worksheet.
 */
class SheetLimitsTest {
  @TempDir
  Path dir;

  @Test
  void textIsCutAtTheCellLimitAndLinksStopAtTheSheetLimit() throws IOException {
    int rows = SheetWriter.MAX_LINKS_PER_SHEET + 100;
    List<List<SheetWriter.Value>> values = new ArrayList<>(rows);
    values.add(List.of(SheetWriter.Value.of("x".repeat(40_000))));
    for (int i = 1; i < rows; i++) {
      values.add(List.of(SheetWriter.Value.linked("row " + i, SheetWriter.address("Links", 1, 0))));
    }
    Path file = dir.resolve("limits.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
      SheetWriter writer = new SheetWriter(workbook, new Styles(workbook));
      writer.write("Links", List.of("Value"), values);
      writer.write("More links", List.of("Value"), values.subList(1, 11));
      workbook.write(out);
      workbook.dispose();
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
      XSSFSheet links = workbook.getSheet("Links");
      String text = links.getRow(1).getCell(0).getStringCellValue();
      assertThat(text).hasSize(SpreadsheetVersion.EXCEL2007.getMaxTextLength()).endsWith("…");
      assertThat(links.getHyperlinkList()).hasSize(SheetWriter.MAX_LINKS_PER_SHEET);
      assertThat(links.getRow(rows).getCell(0).getStringCellValue()).isEqualTo("row " + (rows - 1));
      assertThat(links.getRow(rows).getCell(0).getHyperlink()).isNull();
      assertThat(workbook.getSheet("More links").getHyperlinkList()).as("the count starts again per sheet").hasSize(10);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /** A table longer than a sheet: the last row says how many rows were left out, and the run does not fail. */
  @Test
  void rowsStopAtTheSheetLimitWithANote() throws Exception {
    int rows = SheetWriter.MAX_ROWS + 10;
    List<List<SheetWriter.Value>> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      values.add(List.of(SheetWriter.Value.of(i)));
    }
    Path file = dir.resolve("rows.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
      new SheetWriter(workbook, new Styles(workbook)).write("Rows", List.of("Value"), values);
      workbook.write(out);
      workbook.dispose();
    }
    int[] last = {-1};
    String[] lastValue = {null};
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      try (InputStream sheet = reader.getSheetsData().next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
            new XSSFSheetXMLHandler.SheetContentsHandler() {
              @Override
              public void startRow(int rowNum) {
                last[0] = rowNum;
              }

              @Override
              public void endRow(int rowNum) {
              }

              @Override
              public void cell(String reference, String value, XSSFComment comment) {
                lastValue[0] = value;
              }
            }, false));
        parser.parse(new InputSource(sheet));
      }
    }
    assertThat(last[0]).isEqualTo(SheetWriter.MAX_ROWS - 1);
    assertThat(lastValue[0]).isEqualTo("… 12 more rows not shown: an Excel sheet holds 1,048,576 rows");
  }
}
