package org.rewire.api;

import java.util.Objects;

/**
 * One limited resource of a mapping element, in the chip's own unit: a router port's lines, a
 * routing table's entries, a core's synapse memory in bits.
 *
 * @param name what it is, unique within its element, for example {@code in_N} or {@code sources}
 * @param unit what {@code used} and {@code limit} count, for example {@code lines}, {@code
 *     entries}, {@code bits}, {@code synapses}
 * @param used how much of it the mapped network uses, {@code >= 0}
 * @param limit how much the element has, {@code >= 0}
 * @since api 0.2.0
 */
public record Capacity(String name, String unit, long used, long limit) {
  /**
   * @throws IllegalArgumentException if a count is negative
   */
  public Capacity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (used < 0 || limit < 0) {
      throw new IllegalArgumentException(
          name + ": used and limit must be >= 0, got " + used + ", " + limit);
    }
  }

  /** Whether the network needs more than the element has. */
  public boolean exceeded() {
    return used > limit;
  }

  /** {@code used / limit}; infinite when something is used of a limit of 0, 0 when nothing is. */
  public double utilisation() {
    if (used == 0) {
      return 0;
    }
    return limit == 0 ? Double.POSITIVE_INFINITY : used / (double) limit;
  }
}
