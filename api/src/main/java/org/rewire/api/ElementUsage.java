package org.rewire.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one element of a chip (a neuron core, a router) carries after mapping: its memory and every
 * limited resource it has, each in the chip's own unit.
 *
 * @param id a stable name, for example {@code NT(2,3)} or {@code core 7}
 * @param kind the element type, for example {@code NT}, {@code R0}, {@code R1}; memory is summed
 *     per kind in reports
 * @param row grid row of the element for pictures, or -1 where the chip is not a grid
 * @param col grid column, or -1
 * @param memory the memory this element needs, in the report's {@link MappingReport#memoryUnit()}
 * @param capacities its limited resources (ports, tables, memories), names distinct, in a stable
 *     order; any number, also none
 */
public record ElementUsage(
    String id, String kind, int row, int col, long memory, List<Capacity> capacities) {
  /**
   * @throws IllegalArgumentException if two capacities share a name
   */
  public ElementUsage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    capacities = List.copyOf(capacities);
    Set<String> names = new HashSet<>();
    for (Capacity c : capacities) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException(id + ": capacity " + c.name() + " listed twice");
      }
    }
  }

  /**
   * An element whose capacities are ports carrying routed lines, all with the same limit (the form
   * of api 0.1).
   *
   * @param portLoads routed lines per port name, in the order to keep
   * @param portCapacity lines each port can carry
   */
  public ElementUsage(
      String id,
      String kind,
      int row,
      int col,
      long memory,
      Map<String, Integer> portLoads,
      int portCapacity) {
    this(id, kind, row, col, memory, ports(portLoads, portCapacity));
  }

  private static List<Capacity> ports(Map<String, Integer> loads, int capacity) {
    List<Capacity> list = new ArrayList<>(loads.size());
    loads.forEach((port, load) -> list.add(new Capacity(port, "lines", load, capacity)));
    return list;
  }

  /** The capacity called {@code name}. */
  public java.util.Optional<Capacity> capacity(String name) {
    return capacities.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The largest {@link Capacity#utilisation()} over its capacities, 0 when it has none. */
  public double utilisation() {
    double max = 0;
    for (Capacity c : capacities) {
      max = Math.max(max, c.utilisation());
    }
    return max;
  }
}
