package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rewire.api.SparseNetwork;

class AdamTest {

  private static SpikingNetwork net() {
    return TestNetworks.random(3, 4, 2, 0.5, 21);
  }

  private static int someSlot(SynapseStore s) {
    for (int r = 0; r < s.rows(); r++) {
      if (s.rowLength(r) > 0) {
        return s.rowStart(r);
      }
    }
    throw new AssertionError("empty store");
  }

  @Test
  void stepsFollowTorchAdam() {
    SpikingNetwork net = net();
    SynapseStore s = net.recurrentWeights();
    int k = someSlot(s);
    float w0 = s.weightArray()[k];
    Adam adam = Adam.defaults();
    double m = 0;
    double v = 0;
    double w = w0;
    double[] grads = {0.5, -0.2, 0.1};
    for (int t = 1; t <= 3; t++) {
      s.gradientArray()[k] = (float) grads[t - 1];
      adam.step(net, t, 0.01);
      m = 0.9 * m + 0.1 * grads[t - 1];
      v = 0.999 * v + 0.001 * grads[t - 1] * grads[t - 1];
      double bc1 = 1 - Math.pow(0.9, t);
      double bc2 = Math.sqrt(1 - Math.pow(0.999, t));
      w -= 0.01 / bc1 * m / (Math.sqrt(v) / bc2 + 1e-8);
      assertThat((double) s.weightArray()[k]).isCloseTo(w, within(1e-6));
    }
  }

  @Test
  void removedSynapsesLoseTheirMomentsAndRegrowFresh() {
    SpikingNetwork net = net();
    SparseNetwork view = net.sparseView();
    SynapseStore s = net.recurrentWeights();
    int pre = 0;
    while (s.rowLength(pre) == 0) {
      pre++;
    }
    int post = s.columnArray()[s.rowStart(pre)];
    Adam adam = Adam.defaults();
    Arrays.fill(s.gradientArray(), 0.3f);
    adam.step(net, 1, 0.01);
    assertThat(s.moment1Array()[s.find(pre, post)]).isNotZero();
    view.deactivate(pre, post);
    view.activate(pre, post, 0.25f);
    int k = s.find(pre, post);
    assertThat(s.moment1Array()[k]).isZero();
    assertThat(s.moment2Array()[k]).isZero();
    // With fresh moments the second step moves it like a first step would, scaled by the
    // bias corrections of step 2.
    s.clearGradients();
    s.gradientArray()[k] = 1f;
    adam.step(net, 2, 0.01);
    double m = 0.1;
    double v = 0.001;
    double expected =
        0.25 - 0.01 / (1 - 0.81) * m / (Math.sqrt(v) / Math.sqrt(1 - 0.999 * 0.999) + 1e-8);
    assertThat((double) view.weight(pre, post)).isCloseTo(expected, within(1e-6));
  }

  @Test
  void clipsByValueAndByNorm() {
    SpikingNetwork net = net();
    SynapseStore s = net.recurrentWeights();
    int k = someSlot(s);
    net.inputWeights().clearGradients();
    s.clearGradients();
    s.gradientArray()[k] = 5f;
    Adam.defaults().withClipValue(0.5).step(net, 1, 0.01);
    assertThat(s.gradientArray()[k]).isEqualTo(0.5f);

    SpikingNetwork other = net();
    SynapseStore o = other.recurrentWeights();
    other.inputWeights().clearGradients();
    o.clearGradients();
    int k0 = someSlot(o);
    o.gradientArray()[k0] = 3f;
    o.gradientArray()[k0 + 1] = 4f;
    Adam.defaults().withClipNorm(1).step(other, 1, 0.01);
    assertThat(o.gradientArray()[k0]).isCloseTo(0.6f, within(1e-6f));
    assertThat(o.gradientArray()[k0 + 1]).isCloseTo(0.8f, within(1e-6f));
  }

  @Test
  void reportsANonFiniteGradientOrWeightFromTheUpdatePass() {
    SpikingNetwork net = net();
    SynapseStore recurrent = net.recurrentWeights();
    Adam adam = Adam.defaults();
    Arrays.fill(recurrent.gradientArray(), 0.1f);
    assertThat(adam.step(net, 1, 0.01)).isEqualTo(Adam.Fault.NONE);

    recurrent.gradientArray()[someSlot(recurrent)] = Float.NaN;
    assertThat(adam.step(net, 2, 0.01)).isEqualTo(Adam.Fault.GRADIENT);

    net = net();
    net.inputWeights().weightArray()[someSlot(net.inputWeights())] = Float.NEGATIVE_INFINITY;
    assertThat(adam.step(net, 1, 0.01)).isEqualTo(Adam.Fault.WEIGHT);

    // A gradient that clipping turns finite is no fault: the update uses the clipped value.
    net = net();
    net.recurrentWeights().gradientArray()[someSlot(net.recurrentWeights())] =
        Float.POSITIVE_INFINITY;
    assertThat(adam.withClipValue(1).step(net, 1, 0.01)).isEqualTo(Adam.Fault.NONE);
  }
}
