package dev.parallax.spark;

import dev.parallax.analysis.Figure;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the {@code figures} table: a headline figure of one outlet in one story, as the Summary sheet shows it.
 * A JavaBean, because Spark 3.5 encodes beans (not records) into columns.
 */
public final class FigureRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String story;
  private String analyzer;
  private String outlet;
  private String name;
  private double value;
  private String format;
  private String evidenceSheet;

  public FigureRow() {
  }

  static FigureRow of(String story, String analyzer, Figure figure) {
    FigureRow row = new FigureRow();
    row.story = story;
    row.analyzer = analyzer;
    row.outlet = figure.outlet();
    row.name = figure.name();
    row.value = figure.value();
    row.format = figure.format().name();
    row.evidenceSheet = figure.evidenceSheet();
    return row;
  }

  public String getStory() {
    return story;
  }

  public void setStory(String story) {
    this.story = story;
  }

  public String getAnalyzer() {
    return analyzer;
  }

  public void setAnalyzer(String analyzer) {
    this.analyzer = analyzer;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public double getValue() {
    return value;
  }

  public void setValue(double value) {
    this.value = value;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getEvidenceSheet() {
    return evidenceSheet;
  }

  public void setEvidenceSheet(String evidenceSheet) {
    this.evidenceSheet = evidenceSheet;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FigureRow row && value == row.value && Objects.equals(story, row.story)
        && Objects.equals(analyzer, row.analyzer) && Objects.equals(outlet, row.outlet)
        && Objects.equals(name, row.name) && Objects.equals(format, row.format)
        && Objects.equals(evidenceSheet, row.evidenceSheet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(story, analyzer, outlet, name, value, format, evidenceSheet);
  }

  @Override
  public String toString() {
    return story + " | " + analyzer + " | " + outlet + " | " + name + " = " + value;
  }
}
