package org.rewire.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The target fraction of candidate neuron-to-core links kept at each hop distance: {@code p_d} for
 * distance {@code d}. Distances not listed have fraction 0. In YAML a map, {@code {1: 0.8, 3:
 * 0.1}}; on the command line {@code 1:0.8,3:0.1}.
 */
public final class HopProfile {
  private final SortedMap<Integer, Double> fractions;

  private HopProfile(SortedMap<Integer, Double> fractions) {
    this.fractions = Collections.unmodifiableSortedMap(fractions);
  }

  /**
   * A profile from distance to fraction.
   *
   * @throws InvalidConfigException if a distance is negative or a fraction is outside [0, 1]
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static HopProfile of(Map<Integer, Double> fractions) {
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
