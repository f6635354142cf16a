package org.rewire.xylo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.MappingReport;
import org.rewire.api.NeuronCounts;
import org.rewire.api.ParameterQuantization;
import org.rewire.api.StructuralRules;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;
import org.rewire.api.WeightKind;
import org.rewire.api.WeightPrecision;
import org.rewire.testkit.ArrayInputWeights;

class XyloTargetTest {
  // 2 inputs, 6 hidden (input core 0-2, the rest 3-5), 2 outputs (6, 7), fan-out 2.
  private final XyloTarget small = new XyloTarget(new XyloConfig(2, 6, 3, null, 2), 2);

  @Test
  void theWholeChipHasTheLimitsOfXyloAudio2() {
    XyloTarget chip = new XyloTarget(XyloConfig.defaults(), 8);
    ChipConstraints c = chip.constraints();
    assertThat(chip.layout().neurons()).isEqualTo(1008);
    assertThat(chip.layout().inputNeurons()).hasSize(16);
    assertThat(chip.layout().outputNeurons())
        .containsExactly(1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007);
    assertThat(c.neurons()).isEqualTo(new NeuronCounts(16, 1000, 8));
    assertThat(c.perNeuron().fanOut()).isEqualTo(64);
    for (WeightKind kind : WeightKind.values()) {
      assertThat(c.precision(kind)).contains(new WeightPrecision(8, -128, 127));
    }
    assertThat(c.neuronModelNames()).containsExactly("cuba-lif", "lif");
    assertThat(c.neuronModel("cuba-lif").orElseThrow().parameters())
        .containsEntry("tau", ParameterQuantization.bitShift(0, 15))
        .containsEntry("tau_syn", ParameterQuantization.bitShift(0, 15));
    assertThat(c.neuronModel("alif")).isEmpty();
    assertThat(c.conflictsWith(chip.layout())).isEmpty();
  }

  @Test
  void channelsDriveTheInputCoreAndTheModelNeverConnectsItsNeuronsOrTheOutputs() {
    StructuralRules rules = StructuralRules.of(small.layout());
    assertThat(small.layout().neuronsOn(small.layout().coreOf(0))).containsExactly(0, 1, 2);
    assertThat(rules.allowed(0, 1)).isFalse();
    assertThat(rules.allowed(0, 3)).isTrue();
    assertThat(rules.allowed(3, 4)).isTrue();
    assertThat(rules.allowed(6, 7)).isFalse();
  }

  @Test
  void aHiddenNeuronOverItsFanOutIsNamedAndBlamesItsRecurrentSynapsesOnly() {
    // Hidden 3 drives 0, 4, 5 (3 recurrent targets > 2) and output 6 (a readout weight, allowed).
    Connectivity network =
        new Connectivity.Builder(8).add(3, 0).add(3, 4).add(3, 5).add(3, 6).add(4, 5).build();
    MappingReport report = small.map(network);
    assertThat(report.violations())
        .containsExactly(
            new Violation(
                "hidden 3",
                "recurrent_targets",
                "synapses",
                3,
                2,
                Violation.LoadUnit.SYNAPSES,
                SynapseSet.of(new Connectivity.Builder(8).add(3, 0).add(3, 4).add(3, 5).build())));
  }

  @Test
  void anOutputNeuronThatDrivesAnythingBreaksTheRuleThatOutputsAreNotRecurrent() {
    Connectivity network = new Connectivity.Builder(8).add(7, 3).add(3, 7).build();
    MappingReport report = small.map(network);
    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.toString()).isEqualTo("output 1 targets: 1 synapses > limit 0");
    assertThat(v.blamed()).isEqualTo(SynapseSet.of(new Connectivity.Builder(8).add(7, 3).build()));
  }

  @Test
  void weightMemoryCountsEightBitsPerStoredWeightOfEachKind() {
    Connectivity network =
        new Connectivity.Builder(8).add(0, 3).add(3, 4).add(4, 0).add(4, 6).add(5, 7).build();
    ArrayInputWeights inputs =
        new ArrayInputWeights(new int[] {0, 1}, new int[][] {{0, 1, 2}, {0, 1, 2}});
    inputs.setWeight(0, 0, 0.5f);
    inputs.setWeight(0, 2, -0.25f);
    inputs.setWeight(1, 1, 1f);
    MappingReport report = small.map(network, inputs);
    assertThat(report.memoryUnit()).isEqualTo("bits");
    assertThat(report.memoryByKind())
        .containsEntry("input", 3L * 8)
        .containsEntry("hidden", 3L * 8)
        .containsEntry("output", 2L * 8);
    assertThat(report.totalMemory()).isEqualTo(8L * 8);
    assertThat(report.mappable()).isTrue();
    ElementUsage output = element(report, "output 0");
    assertThat(output.capacity("readout_weights").orElseThrow().used()).isEqualTo(1);
    assertThat(report.elements()).allMatch(e -> e.row() >= 0 && e.col() >= 0);
  }

  @Test
  void theConfigRefusesWhatTheChipCannotHold() {
    assertThatThrownBy(() -> new XyloConfig(17, null, null, null, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "inputs");
    assertThatThrownBy(() -> new XyloConfig(null, 1001, null, null, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "hidden");
    assertThatThrownBy(() -> new XyloConfig(null, null, null, 9, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "outputs");
    assertThatThrownBy(() -> new XyloConfig(null, null, null, null, 65))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "fan_out");
    // A hidden neuron drives 1 to 64 others; the range says so (0 is not a Xylo).
    assertThatThrownBy(() -> new XyloConfig(null, null, null, null, 0))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "fan_out")
        .hasMessageContaining("between 1 and 64");
    assertThatThrownBy(() -> new XyloConfig(16, 100, 100, null, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "input_core");
    assertThat(new XyloConfig(16, 40, null, null, null).inputCore()).isEqualTo(39);
  }

  private static ElementUsage element(MappingReport report, String id) {
    return report.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
