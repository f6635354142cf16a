package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rewire.api.WeightKind;
import org.rewire.api.WeightPrecision;

class QuantizationAwareTrainingTest {
  private static final WeightPrecision INT8 = WeightPrecision.signed(8);
  private static final WeightQuantization ALL_INT8 =
      new WeightQuantization(
          Map.of(WeightKind.INPUT, INT8, WeightKind.RECURRENT, INT8, WeightKind.OUTPUT, INT8));
  private static final List<BinnedSample> BATCH = TestNetworks.samples(24, 12, 8, 4, 0.25, 3);

  private static SpikingNetwork network(WeightQuantization q, long seed) {
    SpikingNetwork plain = TestNetworks.random(4, 8, 4, 0.3, seed);
    return TestNetworks.random(plain.spec().withQuantization(q), 0.3, seed);
  }

  @Test
  void eachMatrixIsScaledByItsLargestWeightToIntegersWithinThePrecision() {
    float[] w = {0.5f, -1.27f, 0.004f, 0.006f, 9f};
    float[] q = new float[w.length];
    boolean[] member = {true, true, true, true, false};
    double scale = WeightQuantization.quantize(INT8, w, q, member, w.length);
    assertThat(scale).isEqualTo((double) 1.27f / 127);
    assertThat(WeightQuantization.integer(INT8, scale, w[1])).isEqualTo(-127);
    assertThat(WeightQuantization.integer(INT8, scale, w[0])).isEqualTo(50);
    assertThat(q[2]).as("0.4 steps rounds to 0: not stored").isZero();
    assertThat(q[3]).isEqualTo((float) (1 * scale));
    assertThat(q[4]).as("not a member: left").isZero();
    float[] unsigned = new float[2];
    WeightQuantization.quantize(
        WeightPrecision.unsigned(4), new float[] {-1f, 3f}, unsigned, null, 2);
    assertThat(unsigned).containsExactly(0f, 3f);
  }

  @Test
  void withoutAPrecisionThePassesRunOnTheFloatWeightsThemselves() {
    SpikingNetwork net = network(WeightQuantization.NONE, 5);
    net.refreshForwardWeights();
    assertThat(net.forwardRecurrentWeights()).isSameAs(net.recurrentWeights().weightArray());
    assertThat(net.forwardInputWeights()).isSameAs(net.inputWeights().weightArray());
    assertThat(net.weightScale(WeightKind.RECURRENT)).isNaN();
  }

  @Test
  void theStraightThroughGradientIsTheExactGradientOfTheQuantizedNetwork() {
    // The same network twice: one trained quantization-aware, one float whose weights are set to
    // the quantized values. Their losses, gradients and logits must be identical: the gradient
    // applied to the float weights is dL/dw_q, which the finite-difference tests check for the
    // float engine.
    SpikingNetwork qat = network(ALL_INT8, 7);
    SpikingNetwork twin = network(WeightQuantization.NONE, 7);
    qat.refreshForwardWeights();
    System.arraycopy(
        qat.forwardInputWeights(),
        0,
        twin.inputWeights().weightArray(),
        0,
        qat.inputWeights().slots());
    System.arraycopy(
        qat.forwardRecurrentWeights(),
        0,
        twin.recurrentWeights().weightArray(),
        0,
        qat.recurrentWeights().slots());
    assertThat(qat.forwardRecurrentWeights()).isNotEqualTo(qat.recurrentWeights().weightArray());
    try (Engine a = new Engine(qat, EngineOptions.withThreads(1));
        Engine b = new Engine(twin, EngineOptions.withThreads(1))) {
      assertThat(a.computeGradients(BATCH).loss()).isEqualTo(b.computeGradients(BATCH).loss());
      assertThat(TestNetworks.gradients(qat)).isDeepEqualTo(TestNetworks.gradients(twin));
      assertThat(a.evaluate(BATCH).logits()).isEqualTo(b.evaluate(BATCH).logits());
    }
  }

  @Test
  void outputAndRecurrentWeightsHaveTheirOwnScaleAndEveryWeightIsAnIntegerOfIt() {
    SpikingNetwork net = network(ALL_INT8, 9);
    net.refreshForwardWeights();
    SynapseStore rec = net.recurrentWeights();
    double recurrent = net.weightScale(WeightKind.RECURRENT);
    double output = net.weightScale(WeightKind.OUTPUT);
    assertThat(recurrent).isPositive().isNotEqualTo(output);
    boolean[] isOutput = new boolean[net.layout().neurons()];
    for (int o : net.layout().outputNeurons()) {
      isOutput[o] = true;
    }
    for (int r = 0; r < rec.rows(); r++) {
      for (int k = rec.rowStart(r); k < rec.rowStart(r) + rec.rowLength(r); k++) {
        double s = isOutput[rec.columnArray()[k]] ? output : recurrent;
        double steps = net.forwardRecurrentWeights()[k] / s;
        assertThat(Math.abs(steps - Math.rint(steps))).isLessThan(1e-4);
        assertThat(Math.abs(steps)).isLessThanOrEqualTo(127.0001);
      }
    }
  }

  @Test
  void quantizationAwareTrainingIsBitIdenticalWhateverTheThreadCount() {
    float[][] one = train(1);
    assertThat(train(3)).isDeepEqualTo(one);
  }

  private static float[][] train(int threads) {
    SpikingNetwork net = network(ALL_INT8, 11);
    try (Engine engine = new Engine(net, EngineOptions.withThreads(threads))) {
      Adam adam = Adam.defaults();
      for (int step = 1; step <= 3; step++) {
        engine.computeGradients(BATCH);
        adam.step(net, step, 0.01);
      }
      float[] logits = engine.evaluate(BATCH).logits();
      return new float[][] {
        net.recurrentWeights().weightArray().clone(),
        net.inputWeights().weightArray().clone(),
        logits
      };
    }
  }
}
