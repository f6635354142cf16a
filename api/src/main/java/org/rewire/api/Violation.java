package org.rewire.api;

import java.util.Locale;
import java.util.Objects;

/**
 * One capacity of one element that the mapped network exceeds, with the synapses that load it, so a
 * sparsifier can repair the network: removing every synapse of {@link #blamed} removes this
 * violation; with {@link LoadUnit#SYNAPSES} or {@link LoadUnit#SOURCES}, removing any {@code load -
 * limit} units of them (synapses, or all blamed synapses of as many presynaptic neurons) does.
 *
 * @param element the {@link ElementUsage#id()} of the element
 * @param capacity the {@link Capacity#name()} exceeded, for example a port {@code in_N}
 * @param unit what load and limit count, for example {@code lines}
 * @param load how much the network needs
 * @param limit how much the element has; {@code load > limit}
 * @param loadUnit how the load follows from the blamed synapses
 * @param blamed the synapses of the mapped network that load this capacity
 * @since api 0.2.0 (before: element, port, load, capacity)
 */
public record Violation(
    String element,
    String capacity,
    String unit,
    long load,
    long limit,
    LoadUnit loadUnit,
    SynapseSet blamed) {

  /** How a violation's load follows from its blamed synapses. */
  public enum LoadUnit {
    /** Each blamed synapse adds one (a fan-out or fan-in in synapses). */
    SYNAPSES,
    /**
     * Each distinct presynaptic neuron among the blamed synapses adds one (a router port's lines,
     * where a neuron's spikes take one line whatever its synapses behind it; a routing table's
     * source entries).
     */
    SOURCES,
    /**
     * Some other measure (bits of memory, say): only removing every blamed synapse is sure to
     * remove the violation.
     */
    OTHER
  }

  /**
   * @throws IllegalArgumentException if {@code load <= limit}
   */
  public Violation {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(loadUnit, "loadUnit");
    Objects.requireNonNull(blamed, "blamed");
    if (load <= limit) {
      throw new IllegalArgumentException(
          element + " " + capacity + ": load " + load + " is within its limit " + limit);
    }
  }

  /**
   * The form of api 0.1: a port of {@code element} carrying {@code load} routed lines over its
   * {@code capacity}. Kept so that targets built against api 0.1.x still link; such a violation
   * blames no synapse ({@link LoadUnit#OTHER}, {@link SynapseSet#empty()}), so a sparsifier cannot
   * repair it, only report it. New targets use {@link #of}.
   *
   * @throws IllegalArgumentException if {@code load <= capacity}
   * @deprecated since api 0.2.0: name the synapses to blame with {@link #of}
   */
  @Deprecated
  public Violation(String element, String port, int load, int capacity) {
    this(element, port, "lines", load, capacity, LoadUnit.OTHER, SynapseSet.empty());
  }

  /** A violation of {@code capacity} of {@code element}, blaming {@code blamed}. */
  public static Violation of(
      String element, Capacity capacity, LoadUnit loadUnit, SynapseSet blamed) {
    return new Violation(
        element,
        capacity.name(),
        capacity.unit(),
        capacity.used(),
        capacity.limit(),
        loadUnit,
        blamed);
  }

  /** How much too much: {@code load - limit}, {@code >= 1}. */
  public long excess() {
    return load - limit;
  }

  /** The element and capacity, as a key that identifies this violation across mappings. */
  public String key() {
    return element + " " + capacity;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s %s: %d %s > limit %d", element, capacity, load, unit, limit);
  }
}
