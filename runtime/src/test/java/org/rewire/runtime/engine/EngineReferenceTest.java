package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.runtime.engine.simd.KernelSelection;
import org.rewire.runtime.engine.simd.LaneKernels;

/** The engine against {@link ReferenceNetwork}, and the reference against finite differences. */
class EngineReferenceTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void forwardSpikesAndLogitsEqualTheReference(String neuron) {
    SpikingNetwork net = TestNetworks.random(3, 6, 3, 0.5, 1, neuron);
    List<BinnedSample> batch = TestNetworks.samples(7, 12, 6, 3, 0.3, 2);
    ReferenceNetwork.Pass ref = new ReferenceNetwork(net, true, 0).run(batch);
    try (Engine engine = new Engine(net, new EngineOptions(2, 4, kernels()))) {
      Evaluation eval = engine.evaluate(batch);
      int spikes = 0;
      for (int b = 0; b < batch.size(); b++) {
        int best = 0;
        for (int k = 0; k < 3; k++) {
          assertThat(eval.logits()[b * 3 + k]).isEqualTo((float) ref.logits[b][k]);
          best = ref.logits[b][k] > ref.logits[b][best] ? k : best;
        }
        assertThat(eval.predictions()[b]).isEqualTo(best);
        for (int[] step : ref.spikes[b]) {
          spikes += step.length;
        }
      }
      // The comparison means something only if the network is neither silent nor saturated.
      assertThat(spikes).isBetween(50, 7 * 12 * 18 / 2);
      BatchResult train = engine.computeGradients(batch);
      assertThat(train.loss()).isCloseTo(ref.loss, Offset.offset(1e-6));
    }
  }

  /** Every neuron model with every surrogate. */
  static Stream<Arguments> neuronsAndSurrogates() {
    return TestNetworks.neuronModels()
        .flatMap(n -> Surrogate.names().stream().map(s -> Arguments.of(n, s)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("neuronsAndSurrogates")
  void gradientsEqualTheReference(String neuron, String surrogate) {
    SpikingNetwork net = TestNetworks.random(3, 6, 3, 0.5, 3, neuron);
    net = withSurrogate(net, Surrogate.byName(surrogate));
    List<BinnedSample> batch = TestNetworks.samples(7, 10, 6, 3, 0.3, 4);
    ReferenceNetwork.Pass ref = new ReferenceNetwork(net, true, 0).run(batch);
    try (Engine engine = new Engine(net, new EngineOptions(2, 4, kernels()))) {
      engine.computeGradients(batch);
    }
    assertClose(net.recurrentWeights(), ref.gradW);
    assertClose(net.inputWeights(), ref.gradWin);
    assertNeuronParametersClose(net, ref, neuron);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void denseInputProjectionGradientsEqualTheReference(String neuron) {
    SpikingNetwork net =
        TestNetworks.random(
            3,
            6,
            3,
            0.4,
            7,
            InputProjection.DENSE,
            TestNetworks.neuron(neuron, new Surrogate.FastSigmoid()));
    assertThat(net.inputWeights().count()).isEqualTo(6 * 18);
    List<BinnedSample> batch = TestNetworks.samples(5, 10, 6, 3, 0.2, 8);
    ReferenceNetwork.Pass ref = new ReferenceNetwork(net, true, 0).run(batch);
    try (Engine engine = new Engine(net, new EngineOptions(1, 8, kernels()))) {
      engine.computeGradients(batch);
    }
    assertClose(net.recurrentWeights(), ref.gradW);
    assertClose(net.inputWeights(), ref.gradWin);
    assertNeuronParametersClose(net, ref, neuron);
  }

  /**
   * The gradient of every trained neuron parameter (learned decays) within 1e-5 relative of the
   * reference's (of itself, or of 1 % of the largest for small entries: each is a neuron's sum over
   * every step and lane, and they span orders of magnitude across neurons); a variant that learns
   * its time constants must have some.
   */
  static void assertNeuronParametersClose(
      SpikingNetwork net, ReferenceNetwork.Pass ref, String variant) {
    List<NeuronParameter> trained = net.neuronParameters().trainable();
    assertThat(trained.isEmpty()).isEqualTo(!variant.endsWith(TestNetworks.LEARN_TAU));
    for (NeuronParameter p : trained) {
      double[] want = ref.gradDecay.get(p.name());
      assertThat(want).as(p.name()).isNotNull();
      double max = 0;
      for (double x : want) {
        max = Math.max(max, Math.abs(x));
      }
      assertThat(max).as("%s gradients", p.name()).isGreaterThan(0);
      for (int j = 0; j < want.length; j++) {
        double tol = 1e-5 * Math.max(Math.abs(want[j]), 1e-2 * max);
        assertThat((double) p.gradientArray()[j])
            .as("d%s[%d]", p.name(), j)
            .isCloseTo(want[j], Offset.offset(tol));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void referenceGradientsMatchFiniteDifferencesOnTheSmoothVariant(String neuron) {
    SpikingNetwork net = TestNetworks.random(3, 5, 3, 0.6, 5, neuron);
    List<BinnedSample> batch = TestNetworks.samples(3, 8, 5, 3, 0.4, 6);
    double beta = 4;
    ReferenceNetwork ref = new ReferenceNetwork(net, false, beta);
    ReferenceNetwork.Pass pass = ref.run(batch);
    double h = 1e-6;
    int checked = 0;
    for (int i = 0; i < ref.n; i++) {
      for (int j = 0; j < ref.n; j++) {
        if (ref.active[i][j] && (i * 31 + j) % 3 == 0) {
          double fd = centralDifference(ref, ref.w[i], j, h, batch);
          assertThat(pass.gradW[i][j])
              .as("dW[%d][%d]", i, j)
              .isCloseTo(fd, Offset.offset(1e-6 + 1e-5 * Math.abs(fd)));
          checked++;
        }
      }
    }
    for (int c = 0; c < ref.channels; c++) {
      for (int j = 0; j < ref.n; j++) {
        if (ref.inActive[c][j]) {
          double fd = centralDifference(ref, ref.win[c], j, h, batch);
          assertThat(pass.gradWin[c][j])
              .as("dWin[%d][%d]", c, j)
              .isCloseTo(fd, Offset.offset(1e-6 + 1e-5 * Math.abs(fd)));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    // Every decay of the model, learned or not: the time constants' gradients.
    int decays = 0;
    for (var entry : ref.neuron.decays().entrySet()) {
      double[] values = entry.getValue();
      for (int j = 0; j < values.length; j++) {
        double fd = centralDifference(ref, values, j, h, batch);
        double got = pass.gradDecay.get(entry.getKey())[j];
        assertThat(got)
            .as("d%s[%d]", entry.getKey(), j)
            .isCloseTo(fd, Offset.offset(1e-6 + 1e-5 * Math.abs(fd)));
        decays += fd != 0 ? 1 : 0;
      }
    }
    assertThat(decays).as("decays with a gradient").isGreaterThanOrEqualTo(ref.n);
  }

  private static double centralDifference(
      ReferenceNetwork ref, double[] row, int j, double h, List<BinnedSample> batch) {
    double w0 = row[j];
    row[j] = w0 + h;
    double up = ref.run(batch).loss;
    row[j] = w0 - h;
    double down = ref.run(batch).loss;
    row[j] = w0;
    return (up - down) / (2 * h);
  }

  /** Every gradient within 1e-5 relative (of itself, or of the largest one for tiny entries). */
  static void assertClose(SynapseStore store, double[][] expected) {
    double max = 0;
    for (double[] row : expected) {
      for (double x : row) {
        max = Math.max(max, Math.abs(x));
      }
    }
    assertThat(max).isGreaterThan(0);
    for (int r = 0; r < store.rows(); r++) {
      for (int k = store.rowStart(r); k < store.rowStart(r) + store.rowLength(r); k++) {
        int c = store.columnArray()[k];
        double want = expected[r][c];
        double tol = 1e-5 * Math.max(Math.abs(want), 1e-3 * max);
        assertThat((double) store.gradientArray()[k])
            .as("gradient %d -> %d", r, c)
            .isCloseTo(want, Offset.offset(tol));
      }
    }
  }

  static SpikingNetwork withSurrogate(SpikingNetwork net, Surrogate s) {
    SpikingNetwork copy =
        SpikingNetwork.create(
            net.spec().withNeuron(net.spec().neuron().withSurrogate(s)),
            net.recurrentWeights().connectivity(),
            new SplittableRandom(0));
    copyWeights(net.inputWeights(), copy.inputWeights());
    copyWeights(net.recurrentWeights(), copy.recurrentWeights());
    copyNeuronParameters(net, copy);
    return copy;
  }

  private static void copyWeights(SynapseStore from, SynapseStore to) {
    System.arraycopy(from.weightArray(), 0, to.weightArray(), 0, from.weightArray().length);
  }

  private static void copyNeuronParameters(SpikingNetwork from, SpikingNetwork to) {
    for (NeuronParameter p : from.neuronParameters().all()) {
      float[] values = to.neuronParameters().get(p.name()).valueArray();
      System.arraycopy(p.valueArray(), 0, values, 0, values.length);
    }
  }

  static LaneKernels kernels() {
    return KernelSelection.select();
  }
}
