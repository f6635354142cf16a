package org.rewire.api;

import java.util.Map;
import java.util.Objects;

/**
 * What one element of a chip (a neuron core, a router) carries after mapping: its memory devices
 * and the number of routed lines through each of its ports.
 *
 * @param id a stable name, for example {@code NT(2,3)} or {@code core 7}
 * @param kind the element type, for example {@code NT}, {@code R0}, {@code R1}; memory is summed
 *     per kind in reports
 * @param row grid row of the element for pictures, or -1 where the chip is not a grid
 * @param col grid column, or -1
 * @param memory memory devices this element needs
 * @param portLoads routed lines per port name ({@code in_N}, {@code out_E}, ...), insertion order
 *     kept
 * @param portCapacity lines each port can carry
 */
public record ElementUsage(
    String id,
    String kind,
    int row,
    int col,
    long memory,
    Map<String, Integer> portLoads,
    int portCapacity) {
  public ElementUsage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    portLoads = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(portLoads));
  }

  /** The largest load over all ports, 0 when there are none. */
  public int maxPortLoad() {
    return portLoads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
