package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook without temporary files writes the same sheet XML as POI's SXSSF, and still streams big sheets. */
class StreamingWorkbookTest {
  /** Text that exercises every branch of the escaping, surrogate pairs and a lone surrogate included. */
  private static final List<String> TEXTS = List.of(
      "plain words", "« Nous avons pu » a-t-il dit", "a < b > c & d \"e\" 'f'", "line\nbreak\r\ttab",
      "no\u00A0break", "bell\u0007 and \u0000 nul", "non-characters \uFFFE \uFFFF", "emoji \uD83D\uDE00 done",
      "lone \uD83D surrogate", "", "ends with &");

  @Test
  void sheetXmlIsPoiSxssfsForEveryKindOfCharacter() throws IOException {
    byte[] ours = write(new StreamingWorkbook(10));
    byte[] poi = write(new SXSSFWorkbook(10));
    assertThat(entry(ours, "xl/worksheets/sheet1.xml")).isEqualTo(entry(poi, "xl/worksheets/sheet1.xml"));
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(ours))) {
      assertThat(read.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo(TEXTS.get(2));
    }
  }

  /** Every part but the creation time: sheets with links, filters, frozen panes, widths, merges, and an empty one. */
  @Test
  void everyPartIsPoiSxssfsForSheetsWithLinksFiltersAndPanes() throws IOException {
    byte[] ours = writeDressed(new StreamingWorkbook(10));
    byte[] poi = writeDressed(new SXSSFWorkbook(10));
    List<String> names = names(poi);
    assertThat(names(ours)).containsExactlyInAnyOrderElementsOf(names);
    assertThat(names).contains("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
    for (String name : names) {
      if (!name.equals("docProps/core.xml")) {
        assertThat(entry(ours, name)).as(name).isEqualTo(entry(poi, name));
      }
    }
  }

  private static byte[] writeDressed(SXSSFWorkbook workbook) throws IOException {
    try {
      Sheet sheet = workbook.createSheet("Evidence");
      Sheet empty = workbook.createSheet("Empty");
      CreationHelper helper = workbook.getCreationHelper();
      for (int r = 0; r < 40; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("sentence " + r + " & <more>");
        Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'Empty'!A" + (r + 1));
        row.getCell(0).setHyperlink(link);
        row.createCell(1).setCellValue(r);
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, 39, 0, 1));
      sheet.setColumnWidth(0, 40 * 256);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
      empty.setColumnWidth(1, 12 * 256);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  @Test
  void aSheetPastTheMemoryLimitGoesToATemporaryFileThatDisposeDeletes() throws IOException {
    StreamingWorkbook workbook = new StreamingWorkbook(10, 4096);
    Sheet sheet = workbook.createSheet("big");
    for (int r = 0; r < 500; r++) {
      sheet.createRow(r).createCell(0).setCellValue("row " + r + " of a sheet larger than the memory limit");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    List<Path> spilled = workbook.spilled();
    assertThat(spilled).hasSize(1);
    assertThat(spilled.get(0)).exists();
    workbook.dispose();
    workbook.close();
    assertThat(spilled.get(0)).doesNotExist();
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(read.getSheetAt(0).getRow(499).getCell(0).getStringCellValue()).startsWith("row 499 ");
    }
  }

  private static byte[] write(SXSSFWorkbook workbook) throws IOException {
    try {
      Sheet sheet = workbook.createSheet("text");
      for (int r = 0; r < TEXTS.size(); r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(TEXTS.get(r));
        row.createCell(1).setCellValue(r * 1.5);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static List<String> names(byte[] zip) throws IOException {
    Path file = Files.createTempFile("parallax-test", ".xlsx");
    try {
      Files.write(file, zip);
      try (ZipFile workbook = new ZipFile(file.toFile())) {
        return workbook.stream().map(ZipEntry::getName).toList();
      }
    } finally {
      Files.delete(file);
    }
  }

  /** One part of the workbook, read through the zip's central directory as spreadsheet programs read it. */
  private static String entry(byte[] zip, String name) throws IOException {
    Path file = Files.createTempFile("parallax-test", ".xlsx");
    try {
      Files.write(file, zip);
      try (ZipFile workbook = new ZipFile(file.toFile())) {
        ZipEntry entry = workbook.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(file);
    }
  }
}
