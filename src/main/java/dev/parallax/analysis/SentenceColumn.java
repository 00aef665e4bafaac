package dev.parallax.analysis;

import java.util.Map;

/** A column an analyzer adds to the Sentences sheet: a value (a Number or a String) per sentence id; absent ids stay blank. */
public record SentenceColumn(String name, Map<String, Object> values) {

  public SentenceColumn {
    values = Map.copyOf(values);
  }
}
