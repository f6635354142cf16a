package org.rewire.it.faults;

import java.util.List;
import java.util.Map;
import org.rewire.api.BuildContext;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;

/**
 * {@code type: it-faulty} target: two cores of eight neurons on a line, failing when built ({@code
 * fail: create}) or when it maps the network ({@code fail: map}).
 */
public final class FaultyTargetProvider extends FaultyProvider<HardwareTarget>
    implements HardwareTargetProvider<FaultConfig> {
  private static final int CORE_SIZE = 8;

  public FaultyTargetProvider() {
    super("target", List.of("create", "map"));
  }

  @Override
  HardwareTarget build(FaultConfig fault, BuildContext context) {
    int outputs = context.classes().orElse(2);
    int neurons = 2 * CORE_SIZE;
    Layout layout =
        Layout.blocks(
            2,
            CORE_SIZE,
            Layout.range(0, context.inputs().orElse(2)),
            Layout.range(neurons - outputs, outputs));
    return new HopTarget() {
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
        fault.at("map", "target");
        return new MappingReport(
            "it-faulty", neurons, network.synapses(), 0, 0, List.of(), List.of());
      }

      @Override
      public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
        return new MemoryEstimate(samples, seed, new MemoryEstimate.Statistic(0, 0), Map.of(), 1);
      }
    };
  }
}
