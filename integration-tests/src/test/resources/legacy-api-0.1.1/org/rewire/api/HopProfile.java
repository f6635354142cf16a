package org.rewire.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The target fraction of candidate neuron-to-core links kept at each hop distance: {@code p_d} for
 * distance {@code d}. Distances not listed have fraction 0. In YAML a map, {@code {1: 0.8, 3:
 * 0.1}}; on the command line {@code 1:0.8,3:0.1}. A profile lists at least one distance.
 *
 * <p>A profile means something only on a chip whose cores lie at the distances it lists: {@link
 * #requireDistancesOf} is the one rule every command applies before using a profile on a target.
 */
public final class HopProfile {
  private final SortedMap<Integer, Double> fractions;

  private HopProfile(SortedMap<Integer, Double> fractions) {
    this.fractions = Collections.unmodifiableSortedMap(fractions);
  }

  /**
   * A profile from distance to fraction.
   *
   * @throws InvalidConfigException if the map is empty (field {@code ""}), a distance is negative
   *     or a fraction is outside [0, 1] (field: the distance)
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static HopProfile of(Map<Integer, Double> fractions) {
    if (fractions.isEmpty()) {
      throw new InvalidConfigException(
          "", "expected at least one distance: fraction pair, such as {1: 0.8, 3: 0.1}; got none");
    }
    TreeMap<Integer, Double> copy = new TreeMap<>();
    for (Map.Entry<Integer, Double> e : fractions.entrySet()) {
      Integer d = e.getKey();
      Double p = e.getValue();
      if (d == null || d < 0) {
        throw new InvalidConfigException(String.valueOf(d), "hop distance must be >= 0");
      }
      if (p == null || !(p >= 0 && p <= 1)) {
        throw new InvalidConfigException(
            String.valueOf(d), "fraction must be between 0 and 1, got " + p);
      }
      copy.put(d, p);
    }
    return new HopProfile(copy);
  }

  /**
   * Parses {@code d:p,d:p,...}, for example {@code 1:0.8,3:0.1}.
   *
   * @throws InvalidConfigException on any malformed entry
   */
  public static HopProfile parse(String text) {
    if (text.isBlank() || text.replace(",", "").isBlank()) {
      throw new InvalidConfigException(
          "profile", "expected distance:fraction pairs like 1:0.8,3:0.1, got none");
    }
    TreeMap<Integer, Double> map = new TreeMap<>();
    for (String entry : text.split(",")) {
      String[] parts = entry.trim().split(":");
      if (parts.length != 2) {
        throw new InvalidConfigException(
            "profile", "expected distance:fraction pairs like 1:0.8,3:0.1, got '" + entry + "'");
      }
      try {
        int d = Integer.parseInt(parts[0].trim());
        if (map.put(d, Double.parseDouble(parts[1].trim())) != null) {
          throw new InvalidConfigException("profile", "distance " + d + " given twice");
        }
      } catch (NumberFormatException e) {
        throw new InvalidConfigException(
            "profile", "expected distance:fraction pairs like 1:0.8,3:0.1, got '" + entry + "'");
      }
    }
    return of(map);
  }

  /**
   * The hop distances between distinct cores of {@code target}, ascending: {@code
   * target.distance(s, t)} over every pair {@code s != t} ({@code cores^2} calls). Empty for a chip
   * of one core.
   */
  public static SortedSet<Integer> distancesOf(HardwareTarget target) {
    int cores = target.layout().cores();
    TreeSet<Integer> distances = new TreeSet<>();
    for (int s = 0; s < cores; s++) {
      for (int t = 0; t < cores; t++) {
        if (s != t) {
          distances.add(target.distance(s, t));
        }
      }
    }
    return Collections.unmodifiableSortedSet(distances);
  }

  /**
   * Fails unless every distance with a fraction above 0 separates some two cores of {@code target}:
   * such a fraction would keep no link and silently mean nothing (on Mosaic only odd distances
   * occur; distance 0 is a core to itself, whose synapses are no links; a chip of one core has no
   * links at all). Fractions of 0 at any distance are allowed.
   *
   * @throws InvalidConfigException whose field is the offending distance
   */
  public void requireDistancesOf(HardwareTarget target) {
    SortedSet<Integer> occurring = distancesOf(target);
    for (Map.Entry<Integer, Double> e : fractions.entrySet()) {
      int d = e.getKey();
      if (e.getValue() > 0 && !occurring.contains(d)) {
        String known =
            occurring.isEmpty() ? "none: the target has a single core" : occurring.toString();
        throw new InvalidConfigException(
            Integer.toString(d),
            (d == 0
                    ? "distance 0 is a core to itself, not a link between cores"
                    : "no two cores of the target are " + d + " hops apart")
                + "; distances that occur: "
                + known);
      }
    }
  }

  /** The fraction at distance {@code d}, 0 if not listed. */
  public double fraction(int d) {
    return fractions.getOrDefault(d, 0.0);
  }

  /** Distance to fraction, ascending by distance, unmodifiable. */
  @JsonValue
  public SortedMap<Integer, Double> fractions() {
    return fractions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HopProfile h && fractions.equals(h.fractions);
  }

  @Override
  public int hashCode() {
    return fractions.hashCode();
  }

  /** The command-line form, {@code 1:0.8,3:0.1}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    fractions.forEach(
        (d, p) -> s.append(s.length() == 0 ? "" : ",").append(d).append(':').append(p));
    return s.toString();
  }
}
