package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.api.Connectivity;
import org.rewire.api.Layout;
import org.rewire.runtime.engine.simd.KernelSelection;
import org.rewire.runtime.engine.simd.LaneKernels;
import org.rewire.runtime.engine.simd.ScalarLaneKernels;

/**
 * The block-sparse backward product ({@link BlockWeights}) on networks shaped like a chip's core
 * links (every core fully linked to itself and its neighbours, sparse elsewhere): the product
 * equals the plain sum within float rounding, the same bits from both kernel backends and from any
 * row range; the engine on it matches the reference for every neuron model and gives the same
 * gradients whatever the backend or thread count; the thresholds and a rebuild after a removed
 * synapse.
 */
class BlockWeightsTest {
  private static final int CORE = 8;

  /**
   * {@code cores} cores of {@link #CORE} neurons (the first the input core, the last three neurons
   * the outputs): each core fully linked to itself and its neighbours, any other pair of neurons
   * with probability 0.15, under the structural rules.
   */
  private static Connectivity coreLinks(int cores, int extra, Layout layout, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StructuralRules rules = new StructuralRules(layout);
    int n = cores * CORE + extra;
    Connectivity.Builder b = new Connectivity.Builder(n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        boolean near = Math.abs(i / CORE - j / CORE) <= 1;
        if (rules.allowed(i, j) && (near || random.nextDouble() < 0.15)) {
          b.add(i, j);
        }
      }
    }
    return b.build();
  }

  private static Layout layout(int n) {
    return Layout.blocks(
        (n + CORE - 1) / CORE, CORE, Layout.range(0, CORE), Layout.range(n - 3, 3));
  }

  private static SpikingNetwork network(String neuron, long seed) {
    int n = 5 * CORE;
    Layout layout = layout(n);
    NetworkSpec spec =
        new NetworkSpec(
            layout,
            CORE,
            InputProjection.CORE,
            TestNetworks.neuron(neuron, new Surrogate.FastSigmoid()),
            0.5,
            0.05,
            1.0,
            0.6);
    return SpikingNetwork.create(spec, coreLinks(5, 0, layout, seed), new SplittableRandom(seed));
  }

  private static BlockWeights blocks() {
    return new BlockWeights(BlockWeights.DEFAULT_MIN_DENSITY, CORE);
  }

  /** 45 neurons: five full blocks of 8 and a last one of 5 rows and columns. */
  private static SynapseStore store() {
    return SynapseStore.of(coreLinks(5, 5, layout(45), 3));
  }

  private static float[] gaussian(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[size];
    for (int k = 0; k < size; k++) {
      x[k] = (float) random.nextGaussian();
    }
    return x;
  }

  private static float[] product(
      BlockWeights w, LaneKernels kernels, int from, int to, float[] x, int n, int lanes) {
    float[] out = new float[n * lanes];
    w.product(from, to, kernels, x, out, lanes);
    return out;
  }

  /** {@code product} is {@code W x} within float rounding (1e-5 of the terms' magnitudes). */
  private static void assertIsThePlainSum(
      SynapseStore store, float[] weights, float[] x, int lanes, float[] product) {
    for (int i = 0; i < store.rows(); i++) {
      for (int l = 0; l < lanes; l++) {
        double sum = 0;
        double scale = 0;
        for (int k = store.rowStart(i); k < store.rowStart(i) + store.rowLength(i); k++) {
          double term = (double) weights[k] * x[store.columnArray()[k] * lanes + l];
          sum += term;
          scale += Math.abs(term);
        }
        assertThat((double) product[i * lanes + l])
            .as("row %d lane %d of %d", i, l, lanes)
            .isCloseTo(sum, Offset.offset(1e-5 * Math.max(1, scale)));
      }
    }
  }

  /**
   * On random {@code x} (seed {@code seed}): the scalar product of all rows is the plain sum, the
   * vector one (when the module is there) the same bits, and rows {@code [from, to)} alone the same
   * bits as those rows of the whole.
   */
  private static void assertProductsAgree(
      SynapseStore store, float[] weights, BlockWeights w, int lanes, int from, int to, long seed) {
    int n = store.rows();
    float[] x = gaussian(n * lanes, seed);
    float[] scalar = product(w, new ScalarLaneKernels(), 0, n, x, n, lanes);
    assertIsThePlainSum(store, weights, x, lanes, scalar);
    if (KernelSelection.vectorModulePresent()) {
      assertThat(product(w, KernelSelection.select("vector"), 0, n, x, n, lanes)).isEqualTo(scalar);
    }
    float[] part = product(w, KernelSelection.select(), from, to, x, n, lanes);
    for (int e = from * lanes; e < to * lanes; e++) {
      assertThat(part[e]).isEqualTo(scalar[e]);
    }
  }

  @Test
  void productIsThePlainSumTheSameFromEitherBackendAndAnyRowRange() {
    SynapseStore store = store();
    int n = store.rows();
    float[] weights = gaussian(store.slots(), 4);
    BlockWeights w = blocks();
    w.rebuild(store, weights);
    assertThat(w.active()).isTrue();
    for (int lanes : new int[] {32, 8, 5}) {
      // rows [11, 43): starts and ends inside blocks
      assertProductsAgree(store, weights, w, lanes, 11, 43, 5 + lanes);
    }
  }

  @Test
  void blocksOf32WithAPartialLastBlockAndOtherLaneCounts() {
    // 70 neurons: blocks of 32, 32 and 6; the diagonal blocks full, 15 % elsewhere
    int n = 70;
    SplittableRandom random = new SplittableRandom(12);
    Connectivity.Builder b = new Connectivity.Builder(n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i / 32 == j / 32 || random.nextDouble() < 0.15) {
          b.add(i, j);
        }
      }
    }
    SynapseStore store = SynapseStore.of(b.build());
    float[] weights = gaussian(store.slots(), 13);
    BlockWeights w = BlockWeights.defaults();
    w.rebuild(store, weights);
    assertThat(w.active()).isTrue();
    for (int lanes : new int[] {16, 24, 40, 1}) {
      assertProductsAgree(store, weights, w, lanes, 30, 67, 14 + lanes);
    }
  }

  @Test
  void sparseBlocksGoToTheRestAndARebuildForgetsRemovedSynapses() {
    SynapseStore store = store();
    int n = store.rows();
    float[] weights = gaussian(store.slots(), 6);
    BlockWeights w = blocks();
    w.rebuild(store, weights);
    // a synapse in a full block (0 -> 9: cores 0 and 1 are neighbours) leaves the product
    int lanes = 8;
    float[] x = new float[n * lanes];
    x[9 * lanes] = 1f; // only column 9, lane 0
    assertThat(product(w, new ScalarLaneKernels(), 0, n, x, n, lanes)[0])
        .isEqualTo(weights[store.find(0, 9)]);
    store.remove(0, 9);
    w.rebuild(store, weights);
    assertThat(product(w, new ScalarLaneKernels(), 0, n, x, n, lanes)[0]).isZero();
    // a lone synapse in a far block (0 -> 44) is in the rest, and counted once
    if (store.find(0, 44) < 0) {
      store.insert(0, 44, 0f);
    }
    float[] again = new float[store.slots()];
    java.util.Arrays.fill(again, 0.5f);
    w.rebuild(store, again);
    float[] y = new float[n * lanes];
    y[44 * lanes + 3] = 2f;
    assertThat(product(w, new ScalarLaneKernels(), 0, n, y, n, lanes)[3]).isEqualTo(1f);
  }

  @Test
  void staysOffWhenFewSynapsesFallInDenseBlocks() {
    SynapseStore store = store();
    float[] weights = gaussian(store.slots(), 7);
    BlockWeights never = new BlockWeights(1.01, CORE);
    never.rebuild(store, weights);
    assertThat(never.active()).isFalse();
    assertThatThrownBy(
            () -> never.product(0, 1, new ScalarLaneKernels(), new float[64], new float[64], 1))
        .isInstanceOf(IllegalStateException.class);
    // no synapses: nothing to lay out
    SynapseStore empty = SynapseStore.of(new Connectivity.Builder(40).build());
    BlockWeights none = blocks();
    none.rebuild(empty, new float[empty.slots()]);
    assertThat(none.active()).isFalse();
    // uniform 30 % density: no block reaches 60 %
    Connectivity.Builder b = new Connectivity.Builder(64);
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < 64; i++) {
      for (int j = 0; j < 64; j++) {
        if (random.nextDouble() < 0.3) {
          b.add(i, j);
        }
      }
    }
    SynapseStore sparse = SynapseStore.of(b.build());
    BlockWeights w = blocks();
    w.rebuild(sparse, new float[sparse.slots()]);
    assertThat(w.active()).isFalse();
    assertThatThrownBy(() -> new BlockWeights(0, 8)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BlockWeights(Double.NaN, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BlockWeights(0.6, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void engineOnBlocksMatchesTheReference(String neuron) {
    SpikingNetwork net = network(neuron, 41);
    BlockWeights w = blocks();
    w.rebuild(net.recurrentWeights(), net.forwardRecurrentWeights());
    assertThat(w.active()).as("the network takes the block path").isTrue();
    List<BinnedSample> batch = TestNetworks.samples(9, 12, CORE, 3, 0.5, 42);
    ReferenceNetwork.Pass ref = new ReferenceNetwork(net, true, 0).run(batch);
    EngineOptions options = new EngineOptions(2, 32, EngineReferenceTest.kernels());
    try (Engine engine = new Engine(net, options, DenseRows.DEFAULT_FAN_OUT_FRACTION, 2, w)) {
      Evaluation eval = engine.evaluate(batch);
      // the forward pass (not on the blocks): the reference's currents bit for bit
      for (int b = 0; b < batch.size(); b++) {
        for (int k = 0; k < 3; k++) {
          assertThat(eval.logits()[b * 3 + k]).isEqualTo((float) ref.logits[b][k]);
        }
      }
      assertThat(eval.rate()).as("neither silent nor saturated").isBetween(0.02, 0.6);
      BatchResult train = engine.computeGradients(batch);
      assertThat(train.loss()).isCloseTo(ref.loss, Offset.offset(1e-6));
    }
    EngineReferenceTest.assertClose(net.recurrentWeights(), ref.gradW);
    EngineReferenceTest.assertClose(net.inputWeights(), ref.gradWin);
    EngineReferenceTest.assertNeuronParametersClose(net, ref, neuron);
  }

  private static float[][] gradients(String kernels, int threads, double approximate) {
    SpikingNetwork net = network(NeuronModels.DEFAULT, 51);
    List<BinnedSample> batch = TestNetworks.samples(40, 10, CORE, 3, 0.4, 52);
    EngineOptions options =
        new EngineOptions(threads, 32, KernelSelection.select(kernels))
            .withApproximateBackward(approximate);
    try (Engine engine =
        new Engine(net, options, DenseRows.DEFAULT_FAN_OUT_FRACTION, 2, blocks())) {
      engine.computeGradients(batch);
    }
    return TestNetworks.gradients(net);
  }

  @Test
  void bothBackendsAndAnyThreadCountGiveTheSameGradients() {
    float[][] one = gradients("scalar", 1, 0);
    assertThat(gradients("scalar", 2, 0)).isDeepEqualTo(one);
    if (KernelSelection.vectorModulePresent()) {
      assertThat(gradients("vector", 1, 0)).isDeepEqualTo(one);
      assertThat(gradients("vector", 2, 0)).isDeepEqualTo(one);
      // the approximate mode's runs of live rows go through the same block product
      assertThat(gradients("vector", 2, 0.05)).isDeepEqualTo(gradients("scalar", 1, 0.05));
    }
  }
}
