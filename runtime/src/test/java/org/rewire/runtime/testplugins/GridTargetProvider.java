package org.rewire.runtime.testplugins;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rewire.api.BuildContext;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.Require;
import org.rewire.api.WeightKind;
import org.rewire.api.WeightPrecision;

/** A tiny grid target for runtime tests: Manhattan distance, memory = routed links. */
public final class GridTargetProvider implements HardwareTargetProvider<GridTargetProvider.Config> {

  /**
   * Test target settings; {@code rows} is required to exercise required-key errors. {@code outputs}
   * fixes the output neurons; by default there is one per class of the dataset (2 without one).
   * {@code weightBits}, when set, states signed weights of that many bits for every weight kind
   * (the runs then train quantized).
   */
  public record Config(
      @JsonProperty(required = true) Integer rows,
      Integer cols,
      Integer coreSize,
      Capacity capacity,
      Integer outputs,
      Integer weightBits) {
    public Config {
      Require.positive("rows", rows);
      cols = Require.positive("cols", Require.orDefault(cols, 2));
      coreSize = Require.positive("core_size", Require.orDefault(coreSize, 4));
      capacity = Require.orDefault(capacity, new Capacity(null, null));
      if (outputs != null) {
        Require.positive("outputs", outputs);
      }
      if (weightBits != null) {
        Require.inRange("weight_bits", weightBits, 2, 16);
      }
    }
  }

  /** Nested settings, to exercise nested error paths. */
  public record Capacity(Integer lines, Integer memory) {
    public Capacity {
      lines = Require.positive("lines", Require.orDefault(lines, 8));
      memory = Require.positive("memory", Require.orDefault(memory, 1000));
    }
  }

  @Override
  public String type() {
    return "test-grid";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public HardwareTarget create(Config c, BuildContext context) {
    int cores = c.rows() * c.cols();
    int outputs = c.outputs() != null ? c.outputs() : context.classes().orElse(2);
    if (outputs > c.coreSize()) {
      throw new InvalidConfigException("core_size", "must hold the " + outputs + " outputs");
    }
    int n = cores * c.coreSize();
    Layout layout =
        Layout.blocks(cores, c.coreSize(), Layout.range(0, 2), Layout.range(n - outputs, outputs));
    return new HopTarget() {
      @Override
      public Layout layout() {
        return layout;
      }

      @Override
      public ChipConstraints constraints() {
        ChipConstraints plain = ChipConstraints.of(layout);
        if (c.weightBits() == null) {
          return plain;
        }
        WeightPrecision p = WeightPrecision.signed(c.weightBits());
        return plain
            .withWeights(WeightKind.INPUT, p)
            .withWeights(WeightKind.RECURRENT, p)
            .withWeights(WeightKind.OUTPUT, p);
      }

      @Override
      public int distance(int from, int to) {
        return Math.abs(from / c.cols() - to / c.cols())
            + Math.abs(from % c.cols() - to % c.cols());
      }

      @Override
      public MappingReport map(Connectivity network) {
        long links = 0;
        for (int i = 0; i < network.neurons(); i++) {
          for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
            links += layout.coreOf(network.target(k)) != layout.coreOf(i) ? 1 : 0;
          }
        }
        List<ElementUsage> elements = new ArrayList<>();
        elements.add(new ElementUsage("chip", "core", 0, 0, links, Map.of(), c.capacity().lines()));
        return new MappingReport(
            "test-grid", n, network.synapses(), links, links, elements, List.of());
      }

      @Override
      public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
        return new MemoryEstimate(samples, seed, new MemoryEstimate.Statistic(0, 0), Map.of(), 1);
      }
    };
  }
}
