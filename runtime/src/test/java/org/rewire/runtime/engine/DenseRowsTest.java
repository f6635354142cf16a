package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.runtime.engine.simd.KernelSelection;

/**
 * Dense-row weight gradients ({@link DenseRows}) change no value: the same gradients whether every
 * row, no row or the default rows go dense, for every neuron model and both kernel backends.
 */
class DenseRowsTest {

  private static float[][] gradients(String neuron, int denseRowFraction, String kernels) {
    SpikingNetwork net = TestNetworks.random(4, 8, 3, 0.6, 11, neuron);
    List<BinnedSample> batch = TestNetworks.samples(40, 12, 6, 3, 0.4, 12);
    EngineOptions options = new EngineOptions(2, 32, KernelSelection.select(kernels));
    try (Engine engine =
        new Engine(net, options, denseRowFraction, DenseWeights.DEFAULT_MIN_DENSITY)) {
      engine.computeGradients(batch);
    }
    return new float[][] {
      net.recurrentWeights().gradientArray().clone(), net.inputWeights().gradientArray().clone()
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void denseAndGatheredRowsGiveTheSameGradients(String neuron) {
    String kernels = KernelSelection.vectorModulePresent() ? "vector" : "scalar";
    float[][] none = gradients(neuron, 0, kernels);
    float[][] all = gradients(neuron, 1_000_000, kernels);
    float[][] byDefault = gradients(neuron, DenseRows.DEFAULT_FAN_OUT_FRACTION, "scalar");
    assertThat(all[0]).isEqualTo(none[0]);
    assertThat(byDefault[0]).isEqualTo(none[0]);
    assertThat(all[1]).isEqualTo(none[1]);
    boolean anyNonZero = false;
    for (float g : none[0]) {
      anyNonZero |= g != 0f;
    }
    assertThat(anyNonZero).isTrue();
  }
}
