package org.rewire.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of mapping a network onto a chip: routed links, memory per element and in total, and
 * every capacity the network exceeds, with the synapses to blame.
 *
 * @param target the {@code type} of the target that made the report
 * @param neurons neurons in the mapped network
 * @param synapses recurrent synapses in the mapped network
 * @param links routed neuron-to-core links (synapses inside a core need none); 0 where the chip has
 *     no such notion
 * @param totalMemory memory of the whole chip, in {@code memoryUnit}
 * @param memoryUnit what memory counts, in the chip's terms: {@code devices} (Mosaic's memristors),
 *     {@code bits}, {@code words}
 * @param elements per-element usage, in a stable order
 * @param violations capacities exceeded, by element then capacity; empty iff the network is
 *     mappable
 */
public record MappingReport(
    String target,
    int neurons,
    long synapses,
    long links,
    long totalMemory,
    String memoryUnit,
    List<ElementUsage> elements,
    List<Violation> violations) {
  /** The memory unit of reports that do not name one. */
  public static final String DEVICES = "devices";

  public MappingReport {
    Objects.requireNonNull(memoryUnit, "memoryUnit");
    elements = List.copyOf(elements);
    violations = List.copyOf(violations);
  }

  /** A report whose memory counts {@value #DEVICES} (the form of api 0.1). */
  public MappingReport(
      String target,
      int neurons,
      long synapses,
      long links,
      long totalMemory,
      List<ElementUsage> elements,
      List<Violation> violations) {
    this(target, neurons, synapses, links, totalMemory, DEVICES, elements, violations);
  }

  /** Whether no capacity is exceeded. */
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
