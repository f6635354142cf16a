package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.api.Connectivity;
import org.rewire.runtime.engine.simd.KernelSelection;

/**
 * The dense-matrix kernels ({@link DenseWeights}) on a network forced onto them: forward values
 * equal to the reference's bit for bit, gradients equal to the reference's within 1e-5 relative (as
 * {@link EngineReferenceTest} asks of the sparse kernels), the same values from both kernel
 * backends and any thread count; and the density threshold that turns them on.
 */
class DenseWeightsTest {
  private static final double ALWAYS = 0;

  // 3 cores of 7 neurons: 21 rows, so the six-row kernel leaves a remainder; 32 lanes take the
  // vector kernel's two-vector path.
  private static SpikingNetwork network(String neuron, long seed) {
    return TestNetworks.random(3, 7, 3, 0.6, seed, neuron);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void forwardEqualsTheReferenceAndGradientsMatchIt(String neuron) {
    SpikingNetwork net = network(neuron, 21);
    List<BinnedSample> batch = TestNetworks.samples(9, 12, 7, 3, 0.9, 22);
    ReferenceNetwork.Pass ref = new ReferenceNetwork(net, true, 0).run(batch);
    EngineOptions options = new EngineOptions(2, 32, EngineReferenceTest.kernels());
    try (Engine engine = new Engine(net, options, DenseRows.DEFAULT_FAN_OUT_FRACTION, ALWAYS)) {
      Evaluation eval = engine.evaluate(batch);
      for (int b = 0; b < batch.size(); b++) {
        for (int k = 0; k < 3; k++) {
          assertThat(eval.logits()[b * 3 + k]).isEqualTo((float) ref.logits[b][k]);
        }
      }
      assertThat(eval.rate()).as("neither silent nor saturated").isBetween(0.05, 0.6);
      // The forward pass gathers (over the dense matrix) at a step after one where one neuron and
      // lane in five fired (LaneBlock's rule; all 9 samples sit in one block): some step must.
      int n = net.spec().layout().neurons();
      boolean gathers = false;
      for (int t = 0; t + 1 < 12; t++) {
        int fired = 0;
        for (int b = 0; b < batch.size(); b++) {
          fired += ref.spikes[b][t].length;
        }
        gathers |= fired * 5 >= n * batch.size();
      }
      assertThat(gathers).as("a step that gathers").isTrue();
      BatchResult train = engine.computeGradients(batch);
      assertThat(train.loss()).isCloseTo(ref.loss, Offset.offset(1e-6));
    }
    EngineReferenceTest.assertClose(net.recurrentWeights(), ref.gradW);
    EngineReferenceTest.assertClose(net.inputWeights(), ref.gradWin);
    EngineReferenceTest.assertNeuronParametersClose(net, ref, neuron);
  }

  private static float[][] denseGradients(String kernels, int threads, double approximate) {
    SpikingNetwork net = network(NeuronModels.DEFAULT, 31);
    List<BinnedSample> batch = TestNetworks.samples(40, 10, 7, 3, 0.4, 32);
    EngineOptions options =
        new EngineOptions(threads, 32, KernelSelection.select(kernels))
            .withApproximateBackward(approximate);
    try (Engine engine = new Engine(net, options, DenseRows.DEFAULT_FAN_OUT_FRACTION, ALWAYS)) {
      engine.computeGradients(batch);
    }
    return TestNetworks.gradients(net);
  }

  @Test
  void bothBackendsAndAnyThreadCountGiveTheSameGradients() {
    float[][] one = denseGradients("scalar", 1, 0);
    assertThat(denseGradients("scalar", 2, 0)).isDeepEqualTo(one);
    if (KernelSelection.vectorModulePresent()) {
      assertThat(denseGradients("vector", 1, 0)).isDeepEqualTo(one);
      assertThat(denseGradients("vector", 2, 0)).isDeepEqualTo(one);
      // the approximate mode's runs of live rows go through the same dense kernel
      assertThat(denseGradients("vector", 2, 0.05))
          .isDeepEqualTo(denseGradients("scalar", 1, 0.05));
    }
  }

  @Test
  void turnsOnFromTheDensityThresholdAndForgetsRemovedSynapses() {
    // 4 neurons, 16 possible synapses: 8 active is a density of exactly 0.5.
    Connectivity.Builder half = new Connectivity.Builder(4);
    for (int i = 0; i < 4; i++) {
      half.add(i, (i + 1) % 4);
      half.add(i, (i + 2) % 4);
    }
    SynapseStore store = SynapseStore.of(half.build());
    float[] w = new float[store.slots()];
    for (int k = 0; k < w.length; k++) {
      w[k] = k + 1;
    }
    DenseWeights dense = new DenseWeights(0.5);
    dense.rebuild(store, w);
    assertThat(dense.active()).isTrue();
    // row i = presynaptic i; its slots in column order
    int k0 = store.rowStart(1);
    assertThat(dense.byPresynaptic()[1 * 4 + 2]).isEqualTo(w[k0]);
    assertThat(dense.byPresynaptic()[1 * 4 + 3]).isEqualTo(w[k0 + 1]);
    assertThat(dense.byPostsynaptic()[2 * 4 + 1]).isEqualTo(w[k0]);
    assertThat(dense.byPresynaptic()[1 * 4 + 1]).isZero();
    // a removed synapse leaves no stale weight behind, in either matrix
    store.remove(1, 2);
    store.insert(0, 0, 0f); // back to 8 of 16
    float[] after = new float[store.slots()];
    java.util.Arrays.fill(after, 7f);
    dense.rebuild(store, after);
    assertThat(dense.active()).isTrue();
    assertThat(dense.byPresynaptic()[1 * 4 + 2]).isZero();
    assertThat(dense.byPostsynaptic()[2 * 4 + 1]).isZero();
    assertThat(dense.byPresynaptic()[0]).isEqualTo(7f);
    // the default threshold (55 %) leaves 50 % sparse
    DenseWeights byDefault = new DenseWeights(DenseWeights.DEFAULT_MIN_DENSITY);
    byDefault.rebuild(store, after);
    assertThat(byDefault.active()).isFalse();
    DenseWeights stricter = new DenseWeights(0.51);
    stricter.rebuild(store, w);
    assertThat(stricter.active()).isFalse();
    assertThatThrownBy(() -> new DenseWeights(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DenseWeights(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
