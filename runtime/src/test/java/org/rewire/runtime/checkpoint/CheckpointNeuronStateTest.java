package org.rewire.runtime.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.Connectivity;
import org.rewire.api.Layout;
import org.rewire.runtime.engine.Adam;
import org.rewire.runtime.engine.InputProjection;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.NeuronModels;
import org.rewire.runtime.engine.NeuronParameter;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.engine.Surrogate;

/** A checkpoint carries the neuron model's state, and is refused by a network of another model. */
class CheckpointNeuronStateTest {
  @TempDir Path dir;

  private static SpikingNetwork network(String neuron, boolean learn, long seed) {
    Layout layout = Layout.blocks(2, 4, Layout.range(0, 4), Layout.range(6, 2));
    NetworkSpec spec =
        new NetworkSpec(
            layout,
            4,
            InputProjection.CORE,
            NeuronModels.create(
                neuron,
                new NeuronModels.Settings(0.02, 1, 0.001, new Surrogate.FastSigmoid())
                    .withLearnTau(learn)),
            0,
            0.02,
            0.5,
            0.1);
    return SpikingNetwork.create(
        spec, new Connectivity.Builder(8).build(), new SplittableRandom(seed));
  }

  @Test
  void learnedTimeConstantsAndTheirMomentsComeBack() throws Exception {
    SpikingNetwork trained = network("alif", true, 1);
    for (NeuronParameter p : trained.neuronParameters().trainable()) {
      for (int j = 0; j < p.neurons(); j++) {
        p.gradientArray()[j] = (j % 3) - 1f;
      }
    }
    Adam.defaults().step(trained, 1, 0.01);
    Checkpoint c =
        Checkpoint.of(
            "ab".repeat(32),
            1,
            1,
            trained,
            new SavableRandom.State(1, 3),
            new SavableRandom.State(5, 7),
            null,
            List.of());
    Path file = dir.resolve(CheckpointFile.NAME);
    CheckpointFile.write(file, c);
    SpikingNetwork resumed = network("alif", true, 2); // other initial draws
    CheckpointFile.read(file, "ab".repeat(32), "alif").restoreInto(resumed);
    assertThat(resumed.neuronParameters().trainable()).hasSize(2);
    for (NeuronParameter p : trained.neuronParameters().all()) {
      NeuronParameter q = resumed.neuronParameters().get(p.name());
      assertThat(q.valueArray()).as(p.name()).isEqualTo(p.valueArray());
      assertThat(q.moment1Array()).as(p.name()).isEqualTo(p.moment1Array());
      assertThat(q.moment2Array()).as(p.name()).isEqualTo(p.moment2Array());
    }
    assertThat(trained.neuronParameters().get("decay_mem").moment1Array())
        .isNotEqualTo(new float[8]);
  }

  @Test
  void aNetworkOfAnotherModelOrThatLearnsWhatWasNotSavedIsRefused() {
    Checkpoint alif =
        Checkpoint.of(
            "ab".repeat(32),
            1,
            1,
            network("alif", false, 1),
            new SavableRandom.State(1, 3),
            new SavableRandom.State(5, 7),
            null,
            List.of());
    assertThatThrownBy(() -> alif.restoreInto(network("lif", false, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the checkpoint holds neuron model 'alif', the network 'lif'");
    Checkpoint fixed =
        new Checkpoint(
            alif.configDigest(),
            1,
            1,
            alif.input(),
            alif.recurrent(),
            alif.sparsifierRandom(),
            alif.shuffle(),
            null,
            List.of(),
            "alif",
            List.of());
    assertThatThrownBy(() -> fixed.restoreInto(network("alif", true, 1)))
        .hasMessageContaining("learns neuron parameter decay_mem, which the checkpoint lacks");
  }
}
