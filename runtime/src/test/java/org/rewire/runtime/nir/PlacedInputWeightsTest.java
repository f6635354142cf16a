package org.rewire.runtime.nir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.api.InputWeights;

/** A NIR graph's input weights as {@code rewire map} hands them to a target, placed. */
class PlacedInputWeightsTest {
  @Test
  void placedSynapsesComeOutPerChannelByTargetNeuronAscendingWithTheirWeights() {
    // 3 neurons, 2 channels; W_in[post * C + c]; a zero is no synapse.
    float[] in = {
      1f, 0f, // neuron 0
      2f, 5f, // neuron 1
      0f, 6f, // neuron 2
    };
    double[] ones = {1, 1, 1};
    NirPopulation p =
        new NirPopulation(
            NirPopulation.NeuronKind.LIF,
            2,
            3,
            in,
            new float[9],
            ones,
            null,
            ones,
            new double[3],
            ones,
            new double[3],
            null,
            null,
            true,
            "lif");
    // Graph neuron 0 on target neuron 5, 1 on 2, 2 on 4.
    InputWeights w = NetworkImport.inputWeights(p, new int[] {5, 2, 4});
    assertThat(w.channels()).isEqualTo(2);
    assertThat(w.count()).isEqualTo(4);
    assertThat(w.targets(0)).containsExactly(2, 5);
    assertThat(w.targets(1)).containsExactly(2, 4);
    assertThat(w.weight(0, 5)).isEqualTo(1f);
    assertThat(w.weight(1, 4)).isEqualTo(6f);
    assertThat(w.weight(0, 4)).isZero();
    assertThat(w.neuron(0)).isEqualTo(-1);
    List<String> visited = new ArrayList<>();
    w.forEach((c, post, weight) -> visited.add(c + ">" + post + "=" + weight));
    assertThat(visited).containsExactly("0>2=2.0", "0>5=1.0", "1>2=5.0", "1>4=6.0");
  }
}
