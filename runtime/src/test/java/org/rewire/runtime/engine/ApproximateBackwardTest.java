package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.runtime.engine.simd.KernelSelection;

/** The approximate sparse backward pass against exact backpropagation. */
class ApproximateBackwardTest {

  private static float[][] gradients(String neuron, double threshold, int lanes) {
    SpikingNetwork net = TestNetworks.random(3, 6, 3, 0.5, 3, neuron);
    List<BinnedSample> batch = TestNetworks.samples(7, 10, 6, 3, 0.3, 4);
    EngineOptions options =
        new EngineOptions(2, lanes, KernelSelection.select()).withApproximateBackward(threshold);
    try (Engine engine = new Engine(net, options)) {
      engine.computeGradients(batch);
    }
    return new float[][] {
      net.recurrentWeights().gradientArray().clone(), net.inputWeights().gradientArray().clone()
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void itSkipsRowsOfTheBackwardProduct(String neuron) {
    SpikingNetwork net = TestNetworks.random(3, 6, 3, 0.5, 3, neuron);
    List<BinnedSample> batch = TestNetworks.samples(7, 10, 6, 3, 0.3, 4);
    long exact;
    long approximate;
    try (Engine engine = new Engine(net, new EngineOptions(1, 8, KernelSelection.select()))) {
      engine.computeGradients(batch);
      exact = engine.lastWork().backwardMacs();
    }
    EngineOptions cut =
        new EngineOptions(1, 8, KernelSelection.select()).withApproximateBackward(0.1);
    try (Engine engine = new Engine(net, cut)) {
      engine.computeGradients(batch);
      approximate = engine.lastWork().backwardMacs();
    }
    // exact: every active synapse, every sample, steps - 1 steps
    assertThat(exact).isEqualTo(net.recurrentWeights().count() * 7 * 9);
    assertThat(approximate).isLessThan(exact);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void aThresholdBelowEveryDerivativeIsExact(String neuron) {
    float[][] exact = gradients(neuron, 0, 8);
    float[][] approximate = gradients(neuron, 1e-12, 8);
    assertThat(approximate[0]).isEqualTo(exact[0]);
    assertThat(approximate[1]).isEqualTo(exact[1]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void aRealThresholdChangesTheGradientButKeepsItsDirection(String neuron) {
    float[][] exact = gradients(neuron, 0, 8);
    float[][] approximate = gradients(neuron, 0.1, 8);
    assertThat(approximate[0]).isNotEqualTo(exact[0]);
    double dot = 0;
    double ne = 0;
    double na = 0;
    for (int k = 0; k < exact[0].length; k++) {
      dot += (double) exact[0][k] * approximate[0][k];
      ne += (double) exact[0][k] * exact[0][k];
      na += (double) approximate[0][k] * approximate[0][k];
    }
    assertThat(dot / Math.sqrt(ne * na)).isGreaterThan(0.5);
  }
}
