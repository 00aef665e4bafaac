package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The analyst's profiles of a story's outlets (country, owner, kind, bloc), from an {@code outlets.tsv}; empty when
 * there is none. Outlets are looked up by name without regard to case, as the corpus compares them.
 */
public final class OutletDirectory {
  private static final OutletDirectory NONE = new OutletDirectory(Optional.empty(), List.of());
  private final Optional<java.nio.file.Path> source;
  private final Map<String, OutletProfile> profiles = new LinkedHashMap<>();

  OutletDirectory(Optional<java.nio.file.Path> source, List<OutletProfile> profiles) {
    this.source = source;
    profiles.forEach(p -> this.profiles.put(key(p.outlet()), p));
  }

  public static OutletDirectory none() {
    return NONE;
  }

  /** The file the profiles were read from, if any. */
  public Optional<java.nio.file.Path> source() {
    return source;
  }

  public List<OutletProfile> profiles() {
    return List.copyOf(profiles.values());
  }

  public OutletProfile profile(String outlet) {
    return profiles.getOrDefault(key(outlet), OutletProfile.unknown(outlet));
  }

  public String bloc(String outlet) {
    return profile(outlet).bloc();
  }

  /** True when at least one outlet has a bloc: then the sheets get a Bloc column and the findings compare blocs. */
  public boolean hasBlocs() {
    return profiles.values().stream().anyMatch(p -> !p.bloc().isEmpty());
  }

  /**
   * The blocs of the given outlets, each with its outlets in the given order, blocs in the order of their first
   * outlet; outlets without a bloc are left out.
   */
  public Map<String, List<String>> blocs(List<String> outlets) {
    Map<String, List<String>> blocs = new LinkedHashMap<>();
    for (String outlet : outlets) {
      String bloc = bloc(outlet);
      if (!bloc.isEmpty()) {
        blocs.computeIfAbsent(bloc, b -> new ArrayList<>()).add(outlet);
      }
    }
    return blocs;
  }

  private static String key(String outlet) {
    return outlet.toLowerCase(Locale.ROOT);
  }
}
