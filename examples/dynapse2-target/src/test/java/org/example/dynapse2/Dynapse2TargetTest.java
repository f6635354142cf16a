package org.example.dynapse2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.api.Capacity;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopTarget;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.MappingReport;
import org.rewire.api.Violation;
import org.rewire.api.WeightKind;
import org.rewire.testkit.KitBuildContext;

/** The board's model of DYNAP-SE2's limits, checked on networks whose counts are known. */
class Dynapse2TargetTest {
  private static HardwareTarget board(Dynapse2Config config, int classes) {
    return new Dynapse2TargetProvider()
        .create(config, KitBuildContext.of(1, Path.of("."), classes, 1));
  }

  /** A default-sized config (Rockpool's DYNAP-SE2 defaults), {@code chips} chips. */
  private static Dynapse2Config published(int chips) {
    return new Dynapse2Config(chips, null, null, null, null, null);
  }

  @Test
  void theDefaultsAreThePublishedLimits() {
    HardwareTarget board = board(published(4), 10);
    assertThat(board.layout().cores()).isEqualTo(16);
    assertThat(board.layout().neurons()).isEqualTo(4 * 4 * 256);
    assertThat(board.layout().coreSize(15)).isEqualTo(256);
    assertThat(board.layout().inputNeurons()).hasSize(64);
    assertThat(board.layout().outputNeurons()).hasSize(10);
    ChipConstraints c = board.constraints();
    assertThat(c.perNeuron().fanIn()).isEqualTo(64);
    assertThat(c.perNeuron().fanOutCores()).isEqualTo(4);
    assertThat(c.precision(WeightKind.RECURRENT)).contains(Dynapse2Target.WEIGHT);
    assertThat(c.neuronModelNames()).containsExactly("cuba-lif", "alif");
    assertThat(HopTarget.of(board)).as("no hops on this board").isEmpty();
  }

  @Test
  void aWeightIsASignAndAFourBitMaskOfTheCoresBaseWeights() {
    // 16 magnitudes m * w, m = 0..15, with the synapse type's sign.
    assertThat(Dynapse2Target.WEIGHT.min()).isEqualTo(-15);
    assertThat(Dynapse2Target.WEIGHT.max()).isEqualTo(15);
    assertThat(Dynapse2Target.WEIGHT.max() + 1).isEqualTo(16);
  }

  @Test
  void chipsOutsideOneToFourAreRejectedNamingTheKey() {
    assertThatThrownBy(() -> published(5))
        .isInstanceOfSatisfying(
            InvalidConfigException.class, e -> assertThat(e.field()).isEqualTo("chips"))
        .hasMessageContaining("between 1 and 4");
    assertThatThrownBy(() -> board(new Dynapse2Config(1, 4, 15, null, null, null), 2))
        .isInstanceOfSatisfying(
            InvalidConfigException.class, e -> assertThat(e.field()).isEqualTo("inputs"))
        .hasMessageContaining("15 input and 2 output neurons do not fit 1 chip(s) of 16 neurons");
  }

  @Test
  void camEntriesAreIncomingSynapsesSramEntriesDestinationCoresTagsSourcesPerChip() {
    // 2 chips of 4 cores of 2 neurons: neuron n on core n / 2, chip n / 8.
    HardwareTarget board = board(new Dynapse2Config(2, 2, 1, null, null, null), 1);
    Connectivity network =
        new Connectivity.Builder(16)
            .add(0, 1) // same core: 1 CAM, 1 SRAM (its own core)
            .add(0, 2) // core 1: 1 CAM, +1 SRAM
            .add(0, 3) // core 1 again: 1 CAM, no new SRAM
            .add(0, 8) // core 4 on chip 1: 1 CAM, +1 SRAM, a tag on chip 1
            .add(9, 8) // chip 1 to itself
            .build();
    MappingReport report = board.map(network);
    assertThat(report.memoryUnit()).isEqualTo("entries");
    assertThat(used(report, "cam")).isEqualTo(5);
    assertThat(used(report, "sram")).isEqualTo(3 + 1);
    assertThat(element(report, "chip 0").capacity("tags").orElseThrow().used()).isEqualTo(1);
    assertThat(element(report, "chip 1").capacity("tags").orElseThrow().used()).isEqualTo(2);
    assertThat(report.links()).isEqualTo(4);
    assertThat(report.totalMemory()).isEqualTo(5 + 4);
    assertThat(report.mappable()).isTrue();
  }

  @Test
  void aNeuronOverItsCamOrSramAndAChipOverItsTagsAreNamedWithTheirSynapses() {
    // 2 chips of 4 cores of 2 neurons; 2 CAM entries, 2 SRAM entries, 1 tag per chip.
    HardwareTarget board = board(new Dynapse2Config(2, 2, 1, 2, 2, 1), 1);
    Connectivity.Builder b = new Connectivity.Builder(16);
    b.add(0, 2).add(0, 4).add(0, 6); // neuron 0 reaches 3 cores: SRAM 3 > 2
    b.add(1, 7).add(3, 7).add(5, 7); // neuron 7 receives 3 synapses: CAM 3 > 2
    Connectivity network = b.build();
    MappingReport report = board.map(network);
    assertThat(report.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "chip 0 tags: 4 tags > limit 1",
            "neuron 0 sram: 3 entries > limit 2",
            "neuron 7 cam: 3 entries > limit 2");
    Violation sram = report.violations().get(1);
    assertThat(sram.blamed().toConnectivity())
        .isEqualTo(new Connectivity.Builder(16).add(0, 2).add(0, 4).add(0, 6).build());
    Violation cam = report.violations().get(2);
    assertThat(cam.loadUnit()).isEqualTo(Violation.LoadUnit.SYNAPSES);
    assertThat(cam.blamed().toConnectivity())
        .isEqualTo(new Connectivity.Builder(16).add(1, 7).add(3, 7).add(5, 7).build());
  }

  @Test
  void aFullChipAtItsLimitsMaps() {
    // Every neuron of one published chip receives 64 synapses from 4 cores' worth of sources.
    HardwareTarget board = board(published(1), 2);
    int n = board.layout().neurons();
    Connectivity.Builder b = new Connectivity.Builder(n);
    for (int post = 0; post < n; post++) {
      for (int k = 0; k < 64; k++) {
        b.add((post + 1 + k * 16) % n, post);
      }
    }
    MappingReport report = board.map(b.build());
    assertThat(report.violations()).isEmpty();
    assertThat(used(report, "cam")).isEqualTo(64L * n);
  }

  private static long used(MappingReport report, String capacity) {
    return report.elements().stream()
        .map(e -> e.capacity(capacity))
        .flatMap(java.util.Optional::stream)
        .mapToLong(Capacity::used)
        .sum();
  }

  private static ElementUsage element(MappingReport report, String id) {
    List<ElementUsage> found = report.elements().stream().filter(e -> e.id().equals(id)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
