package dev.parallax.report;

import static dev.parallax.report.ManyOutlets.OUTLETS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.axis.SymbolAxis;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The fact × outlet matrix of a large story: 127 facts over 24 outlets, the size of the dev-set stories
 * ecb-rate-cut and morocco-earthquake joined. Every fact and every outlet keeps its label.
 */
class FactMatrixTest {
  private static final List<String> STATUSES = List.of("stated", "attributed", "hedged", "absent");

  private static ChartSpec matrix(int facts) {
    List<String> categories = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    for (int f = 1; f <= facts; f++) {
      for (int o = 0; o < OUTLETS.size(); o++) {
        categories.add(String.format("F%03d Le séisme, qui a fait au moins 2 000 morts, fact number %d", f, f));
        outlets.add(OUTLETS.get(o));
        statuses.add(STATUSES.get((f + o) % STATUSES.size()));
      }
    }
    Table data = Table.create("facts-matrix", StringColumn.create("Category", categories),
        StringColumn.create("Outlet", outlets), DoubleColumn.create("Value", new double[categories.size()]),
        StringColumn.create("Status", statuses));
    return new ChartSpec("facts-matrix", "Which outlet reports which fact", "Fact", "Outlet",
        ChartSpec.Kind.MATRIX, data);
  }

  @Test
  void aHundredAndTwentySevenFactsAreFivePicturesOfAtMostThirtyInTheirOrder() {
    List<ChartSpec> parts = ChartWriter.parts(matrix(127));
    assertThat(parts).hasSize(5);
    assertThat(parts).extracting(ChartSpec::name).containsExactly("facts-matrix", "facts-matrix-2",
        "facts-matrix-3", "facts-matrix-4", "facts-matrix-5");
    assertThat(parts).extracting(part -> part.data().stringColumn("Category").unique().size())
        .containsExactly(26, 26, 26, 26, 23).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(ChartRenderer.MATRIX_ROWS));
    assertThat(parts.get(4).title()).endsWith("(facts 105–127 of 127)");
    assertThat(ChartWriter.parts(matrix(30))).hasSize(1);
  }

  /** One tick a fact and one an outlet, each with its (short) name: no label is thinned out. */
  @Test
  void everyFactAndEveryOutletOfAPictureIsLabelled() {
    ChartSpec part = ChartWriter.parts(matrix(127)).get(0);
    var plot = new ChartRenderer(new Palette(OUTLETS), OUTLETS).chart(part, Optional.empty()).getXYPlot();
    SymbolAxis facts = (SymbolAxis) plot.getRangeAxis();
    SymbolAxis outlets = (SymbolAxis) plot.getDomainAxis();
    assertThat(facts.getSymbols()).hasSize(26);
    assertThat(facts.isAutoTickUnitSelection()).isFalse();
    assertThat(facts.getTickUnit().getSize()).isEqualTo(1);
    assertThat(facts.getSymbols()[25]).startsWith("F001 ");
    assertThat(outlets.getSymbols()).hasSize(24).contains("kiss100", "jamaica-gleaner");
    assertThat(outlets.isAutoTickUnitSelection()).isFalse();
    assertThat(outlets.getTickUnit().getSize()).isEqualTo(1);
  }
}
