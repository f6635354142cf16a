package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.Connectivity;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.api.SparseNetwork;
import org.rewire.runtime.data.BinnedSample;

class SparseWeightsTest {
  // 3 cores of 4: core 0 holds the 4 input neurons, neurons 10 and 11 are the outputs.
  private static final Layout LAYOUT = Layout.blocks(3, 4, Layout.range(0, 4), Layout.range(10, 2));

  private static SpikingNetwork empty() {
    return SpikingNetwork.create(
        NetworkSpec.paperDefaults(LAYOUT),
        new Connectivity.Builder(12).build(),
        new SplittableRandom(1));
  }

  @Test
  void allowedEncodesTheModelsExclusions() {
    SparseNetwork net = empty().sparseView();
    assertThat(net.allowed(0, 3)).as("inside the input core").isFalse();
    assertThat(net.allowed(10, 11)).as("output to output").isFalse();
    assertThat(net.allowed(11, 11)).as("output self-loop").isFalse();
    assertThat(net.allowed(0, 4)).as("input core to another core").isTrue();
    assertThat(net.allowed(5, 6)).as("inside a hidden core").isTrue();
    assertThat(net.allowed(5, 5)).as("self-loop in a hidden core").isTrue();
    assertThat(net.allowed(9, 10)).as("hidden to output").isTrue();
    assertThatThrownBy(() -> net.allowed(12, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> net.activate(0, 3, 1f))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not allowed");
  }

  @Test
  void theInputProjectionIsVisibleSettableAndPlacedInTheRowsOfItsInputNeurons() {
    SpikingNetwork spiking = empty();
    InputWeights in = spiking.sparseView().inputWeights();
    assertThat(in.channels()).isEqualTo(4);
    assertThat(in.count()).as("4 channels x the 4 neurons of the input core").isEqualTo(16);
    assertThat(in.neuron(2)).as("channel 2 sits in neuron 2's row of W").isEqualTo(2);
    assertThat(in.targets(2)).containsExactly(0, 1, 2, 3);
    float before = spiking.inputWeights().weightArray()[spiking.inputWeights().find(2, 3)];
    assertThat(in.weight(2, 3)).isEqualTo(before);
    in.setWeight(2, 3, 0f);
    in.addGradient(2, 3, 0.5f);
    assertThat(spiking.inputWeights().weightArray()[spiking.inputWeights().find(2, 3)])
        .as("the engine's own input weight")
        .isZero();
    assertThat(in.gradient(2, 3)).isEqualTo(0.5f);
    assertThat(in.weight(2, 5)).as("channel 2 does not drive neuron 5").isZero();
    assertThatThrownBy(() -> in.setWeight(2, 5, 1f))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not drive neuron 5");
    assertThatThrownBy(() -> in.neuron(4)).isInstanceOf(IndexOutOfBoundsException.class);
    List<String> visited = new ArrayList<>();
    in.forEach((c, post, w) -> visited.add(c + ">" + post));
    assertThat(visited).hasSize(16).startsWith("0>0", "0>1").endsWith("3>3");
  }

  @Test
  void aDenseProjectionHasNoRowInW() {
    NetworkSpec p = NetworkSpec.paperDefaults(LAYOUT);
    NetworkSpec dense =
        new NetworkSpec(
            LAYOUT,
            6,
            InputProjection.DENSE,
            p.neuron(),
            p.rateLambda(),
            p.targetRate(),
            p.inputWeightStd(),
            p.recurrentWeightStd());
    InputWeights in =
        SpikingNetwork.create(dense, new Connectivity.Builder(12).build(), new SplittableRandom(1))
            .sparseView()
            .inputWeights();
    assertThat(in.channels()).isEqualTo(6);
    assertThat(in.count()).isEqualTo(6 * 12);
    assertThat(in.neuron(5)).isEqualTo(-1);
  }

  @Test
  void activateDeactivateReadAndWrite() {
    SpikingNetwork spiking = empty();
    SparseNetwork net = spiking.sparseView();
    assertThat(net.activeCount()).isZero();
    assertThat(net.weight(4, 5)).isZero();
    assertThat(net.gradient(4, 5)).isZero();
    net.activate(4, 5, 0.5f);
    assertThat(net.active(4, 5)).isTrue();
    assertThat(net.weight(4, 5)).isEqualTo(0.5f);
    assertThatThrownBy(() -> net.activate(4, 5, 1f)).isInstanceOf(IllegalStateException.class);
    net.setWeight(4, 5, -0.25f);
    net.addGradient(4, 5, 0.125f);
    net.addGradient(4, 5, 0.125f);
    assertThat(net.weight(4, 5)).isEqualTo(-0.25f);
    assertThat(net.gradient(4, 5)).isEqualTo(0.25f);
    assertThatThrownBy(() -> net.setWeight(4, 6, 1f)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> net.addGradient(4, 6, 1f)).isInstanceOf(IllegalStateException.class);
    net.deactivate(4, 5);
    assertThat(net.active(4, 5)).isFalse();
    assertThat(net.weight(4, 5)).isZero();
    assertThat(net.activeCount()).isZero();
    assertThatThrownBy(() -> net.deactivate(4, 5)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void manyActivationsKeepEverySynapseAndItsState() {
    SpikingNetwork spiking = empty();
    SparseNetwork net = spiking.sparseView();
    SplittableRandom random = new SplittableRandom(3);
    List<int[]> added = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      for (int j = 11; j >= 0; j--) { // descending, so every insert shifts its row
        if (net.allowed(i, j) && random.nextBoolean()) {
          net.activate(i, j, i * 100 + j);
          added.add(new int[] {i, j});
        }
      }
    }
    int layouts = spiking.recurrentWeights().layoutVersion();
    assertThat(layouts).as("rows outgrew their slack").isGreaterThan(1);
    assertThat(net.activeCount()).isEqualTo(added.size());
    for (int[] s : added) {
      assertThat(net.weight(s[0], s[1])).isEqualTo(s[0] * 100f + s[1]);
    }
    Connectivity c = net.connectivity();
    assertThat(c.synapses()).isEqualTo(added.size());
    List<int[]> visited = new ArrayList<>();
    net.forEachActive(
        (pre, post, w) -> {
          assertThat(w).isEqualTo(pre * 100f + post);
          visited.add(new int[] {pre, post});
        });
    for (int k = 1; k < visited.size(); k++) {
      int[] a = visited.get(k - 1);
      int[] b = visited.get(k);
      assertThat(a[0] < b[0] || (a[0] == b[0] && a[1] < b[1])).isTrue();
    }
    assertThat(visited).hasSize(added.size());
  }

  @Test
  void theEngineSeesActivatedSynapses() {
    SpikingNetwork spiking = empty();
    SparseNetwork net = spiking.sparseView();
    // Input channel 0 drives core 0; neuron 0 then drives output 10 through one new synapse.
    for (int j = 0; j < 4; j++) {
      spiking.inputWeights().weightArray()[spiking.inputWeights().find(0, j)] = 1.2f;
    }
    var sample = new BinnedSample(0, new int[] {0, 1, 1, 1}, new int[] {0}, new float[] {1f});
    try (Engine engine =
        new Engine(spiking, new EngineOptions(1, 4, EngineReferenceTest.kernels()))) {
      assertThat(engine.evaluate(List.of(sample)).logits()).containsExactly(0f, 0f);
      net.activate(0, 10, 1.5f);
      // step 0: neuron 0 spikes once; step 1: output 10 gets 1.5 and spikes, then decays
      assertThat(engine.evaluate(List.of(sample)).logits()).containsExactly(1f, 0f);
    }
  }
}
