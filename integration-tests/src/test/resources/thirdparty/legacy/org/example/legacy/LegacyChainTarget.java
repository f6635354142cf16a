package org.example.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.Violation;

/**
 * Cores in a chain, written against api 0.1.1: every target then had {@code distance} and {@code
 * estimate}; ports were maps of loads with one capacity; a violation named a port and its lines.
 * Input channels drive the first core, the outputs are the last neurons.
 */
final class LegacyChainTarget implements HardwareTarget {
  private final LegacyTargetProvider.Config config;
  private final Layout layout;

  LegacyChainTarget(LegacyTargetProvider.Config config, int outputs) {
    this.config = config;
    int neurons = config.cores() * config.coreSize();
    this.layout =
        Layout.blocks(
            config.cores(),
            config.coreSize(),
            Layout.range(0, config.coreSize()),
            Layout.range(neurons - outputs, outputs));
  }

  @Override
  public Layout layout() {
    return layout;
  }

  @Override
  public int distance(int fromCore, int toCore) {
    return Math.abs(fromCore - toCore);
  }

  @Override
  public MappingReport map(Connectivity network) {
    if (network.neurons() != layout.neurons()) {
      throw new IllegalArgumentException("network has " + network.neurons() + " neurons");
    }
    int[] lines = new int[config.cores()];
    long links = 0;
    for (int i = 0; i < network.neurons(); i++) {
      boolean[] reached = new boolean[config.cores()];
      for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
        int core = layout.coreOf(network.target(k));
        if (core != layout.coreOf(i) && !reached[core]) {
          reached[core] = true;
          lines[core]++;
          links++;
        }
      }
    }
    List<ElementUsage> elements = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    long total = 0;
    for (int c = 0; c < config.cores(); c++) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      ports.put("in", lines[c]);
      long memory = (long) lines[c] * config.coreSize();
      total += memory;
      elements.add(new ElementUsage("core " + c, "core", 0, c, memory, ports, config.capacity()));
      if (lines[c] > config.capacity()) {
        violations.add(new Violation("core " + c, "in", lines[c], config.capacity()));
      }
    }
    return new MappingReport(
        "legacy-chain", network.neurons(), network.synapses(), links, total, elements, violations);
  }

  @Override
  public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
    throw new UnsupportedOperationException("not used by the test");
  }
}
