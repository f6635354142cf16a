package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopTarget;
import org.rewire.api.MappingReport;
import org.rewire.api.Violation;

/** The capped grid passes the kit, and its violations name what breaks each cap. */
class CappedGridTargetKitTest extends HardwareTargetContract<CappedGridTargetProvider.Config> {
  @Override
  protected HardwareTargetProvider<CappedGridTargetProvider.Config> provider() {
    return new CappedGridTargetProvider();
  }

  @Override
  protected CappedGridTargetProvider.Config config() {
    return new CappedGridTargetProvider.Config(4, 16, 16, null, 4, 8, null);
  }

  @Test
  void hasNoHopsAndStatesItsCaps() {
    CappedGridTarget chip = new CappedGridTarget(4, 64, 64, 10, 16, 128);
    assertThat(HopTarget.of(chip)).isEmpty();
    assertThat(chip.constraints().perNeuron().fanOut()).isEqualTo(16);
    assertThat(chip.constraints().perCore().sources()).isEqualTo(128);
    assertThat(chip.constraints().neuronModelNames()).containsExactly("lif");
  }

  @Test
  void aNeuronOverItsFanOutAndACoreOverItsTableAreNamedWithTheirSynapses() {
    // 2 cores of 4; fan-out 2, one source per core.
    CappedGridTarget chip = new CappedGridTarget(2, 4, 1, 1, 2, 1);
    Connectivity network =
        new Connectivity.Builder(8).add(0, 4).add(0, 5).add(0, 6).add(1, 4).add(5, 6).build();
    MappingReport report = chip.map(network);
    assertThat(report.memoryUnit()).isEqualTo("bits");
    assertThat(report.totalMemory()).isEqualTo(5 * CappedGridTarget.WEIGHT_BITS);
    List<Violation> v = report.violations();
    assertThat(v)
        .extracting(Violation::toString)
        .containsExactly(
            "neuron 0 fan_out: 3 synapses > limit 2", "core 1 sources: 2 entries > limit 1");
    assertThat(v.get(0).blamed().toConnectivity())
        .isEqualTo(new Connectivity.Builder(8).add(0, 4).add(0, 5).add(0, 6).build());
    assertThat(v.get(1).blamed().toConnectivity())
        .isEqualTo(new Connectivity.Builder(8).add(0, 4).add(0, 5).add(0, 6).add(1, 4).build());
  }
}
