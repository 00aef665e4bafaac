package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed story's workbook read back: frozen key columns, units in words, each word list's provenance whole. */
class WideSheetsTest {
  @TempDir
  static Path dir;
  private static XSSFWorkbook workbook;

  @BeforeAll
  static void write() throws IOException {
    workbook = SeedWorkbook.writeAndRead(dir);
  }

  private static PaneInformation pane(String sheet) {
    return workbook.getSheet(sheet).getPaneInformation();
  }

  @Test
  void factsAndActorsFreezeTheirKeyColumnsWithTheHeader() {
    assertThat(pane("Facts").isFreezePane()).isTrue();
    assertThat(pane("Facts").getVerticalSplitPosition()).as("Fact and Summary").isEqualTo((short) 2);
    assertThat(pane("Facts").getHorizontalSplitPosition()).as("header row").isEqualTo((short) 1);
    assertThat(pane("Actors").getVerticalSplitPosition()).as("Actor").isEqualTo((short) 1);
    assertThat(pane("Summary").getVerticalSplitPosition()).as("Outlet").isEqualTo((short) 1);
    assertThat(pane("Hedging").getVerticalSplitPosition()).as("a long sheet, one row per hedge").isZero();
    assertThat(workbook.getSheet("Facts").getRepeatingColumns()).as("printed: Fact and Summary on every page")
        .isEqualTo(org.apache.poi.ss.util.CellRangeAddress.valueOf("A:B"));
    assertThat(workbook.getSheet("Hedging").getRepeatingColumns()).isNull();
  }

  @Test
  void noCellShowsAPerMilleSignAndPerThousandFiguresSayPer1000WordsInTheirHeader() {
    List<String> perMille = new ArrayList<>();
    for (var sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          String format = cell.getCellStyle().getDataFormatString();
          if (format.contains("‰") || cell.toString().contains("‰")) {
            perMille.add(sheet.getSheetName() + "!" + cell.getAddress());
          }
        }
      }
    }
    assertThat(perMille).isEmpty();
    XSSFSheet summary = workbook.getSheet("Summary");
    List<String> headers = new ArrayList<>();
    summary.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
    assertThat(headers).contains("Hedges per 1,000 words", "Evaluative words per 1,000 words");
  }

  @Test
  void theAboutSheetPrintsEachWordListsProvenanceOnceAndWhole() {
    XSSFSheet about = workbook.getSheet("About");
    String loaded = null;
    for (Row row : about) {
      if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("lexicons/fr/loaded.txt")) {
        loaded = row.getCell(2).getStringCellValue();
      }
    }
    assertThat(loaded).endsWith("Middle East coverage. Licence: same as the Parallax project.");
    assertThat(loaded.indexOf("Licence")).isEqualTo(loaded.lastIndexOf("Licence"));
  }
}
