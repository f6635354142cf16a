package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Time constants learned per neuron: trained by Adam with the weights, kept in their range. */
class LearnedTimeConstantsTest {
  private static final List<BinnedSample> BATCH = TestNetworks.samples(20, 15, 8, 4, 0.25, 3);

  /** Every installed model's name. */
  static List<String> models() {
    return NeuronModels.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void adamTrainsTheDecaysOnlyWhenLearnedAndKeepsThemInRange(String name) {
    for (boolean learn : new boolean[] {false, true}) {
      String variant = learn ? name + TestNetworks.LEARN_TAU : name;
      SpikingNetwork net = TestNetworks.random(4, 8, 4, 0.3, 10, variant);
      float[][] before = TestNetworks.neuronValues(net);
      try (Engine engine = new Engine(net, EngineOptions.withThreads(1))) {
        Adam adam = Adam.defaults();
        for (int step = 1; step <= 5; step++) {
          engine.computeGradients(BATCH);
          assertThat(adam.step(net, step, 0.05)).isEqualTo(Adam.Fault.NONE);
        }
      }
      float[][] after = TestNetworks.neuronValues(net);
      List<NeuronParameter> all = net.neuronParameters().all();
      for (int k = 0; k < all.size(); k++) {
        NeuronParameter p = all.get(k);
        if (p.trainable()) {
          assertThat(after[k]).as("%s %s", variant, p.name()).isNotEqualTo(before[k]);
          for (float x : after[k]) {
            assertThat(x).isBetween(p.lower(), p.upper());
          }
        } else {
          assertThat(after[k]).as("%s %s", variant, p.name()).isEqualTo(before[k]);
        }
      }
      assertThat(net.neuronParameters().trainable().isEmpty()).isEqualTo(!learn);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void anUpdatePastTheRangeStopsAtItsBound(String name) {
    SpikingNetwork net = TestNetworks.random(2, 6, 2, 0.3, 4, name + TestNetworks.LEARN_TAU);
    for (NeuronParameter p : net.neuronParameters().trainable()) {
      float[] g = p.gradientArray();
      for (int j = 0; j < g.length; j++) {
        g[j] = j % 2 == 0 ? 1f : -1f; // even neurons pushed down, odd ones up
      }
    }
    Adam.defaults().step(net, 1, 10.0);
    for (NeuronParameter p : net.neuronParameters().trainable()) {
      float[] v = p.valueArray();
      for (int j = 0; j < v.length; j++) {
        assertThat(v[j]).as("%s[%d]", p.name(), j).isEqualTo(j % 2 == 0 ? p.lower() : p.upper());
      }
      // Projected: the moments are Adam's as if nothing were clamped.
      assertThat(p.moment1Array()[0]).isPositive().isEqualTo(-p.moment1Array()[1]);
    }
  }
}
