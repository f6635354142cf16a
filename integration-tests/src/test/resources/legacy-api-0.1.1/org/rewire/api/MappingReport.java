package org.rewire.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of mapping a network onto a chip: routed links, memory per element and in total, and
 * every port whose capacity is exceeded.
 *
 * @param target the {@code type} of the target that made the report
 * @param neurons neurons in the mapped network
 * @param synapses synapses in the mapped network
 * @param links routed neuron-to-core links (synapses inside a core need none)
 * @param totalMemory memory devices of the whole chip
 * @param elements per-element usage, in a stable order
 * @param violations ports over capacity; empty iff the network is mappable
 */
public record MappingReport(
    String target,
    int neurons,
    long synapses,
    long links,
    long totalMemory,
    List<ElementUsage> elements,
    List<Violation> violations) {
  public MappingReport {
    elements = List.copyOf(elements);
    violations = List.copyOf(violations);
  }

  /** Whether every port is within capacity. */
  public boolean mappable() {
    return violations.isEmpty();
  }

  /** Memory summed per element kind, sorted by kind. */
  public Map<String, Long> memoryByKind() {
    Map<String, Long> sums = new TreeMap<>();
    for (ElementUsage e : elements) {
      sums.merge(e.kind(), e.memory(), Long::sum);
    }
    return sums;
  }
}
