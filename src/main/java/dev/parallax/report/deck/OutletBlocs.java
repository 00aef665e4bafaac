package dev.parallax.report.deck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocs the analyst put the story's outlets in ("Malian press", "international wires"), as the title slide lists
 * them; {@link #none()} for a run without them. The seam through which the outlets table reaches the deck.
 */
public record OutletBlocs(Map<String, String> blocOf) {

  public OutletBlocs {
    blocOf = Map.copyOf(blocOf);
  }

  public static OutletBlocs none() {
    return new OutletBlocs(Map.of());
  }

  public boolean isEmpty() {
    return blocOf.isEmpty();
  }

  /** The outlets by bloc, blocs in the order their first outlet comes; outlets with no bloc under "other outlets". */
  Map<String, List<String>> byBloc(List<String> outlets) {
    Map<String, List<String>> blocs = new LinkedHashMap<>();
    for (String outlet : outlets) {
      blocs.computeIfAbsent(blocOf.getOrDefault(outlet, "other outlets"), b -> new java.util.ArrayList<>())
          .add(outlet);
    }
    return blocs;
  }
}
