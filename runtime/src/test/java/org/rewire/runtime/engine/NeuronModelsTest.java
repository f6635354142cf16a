package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.api.InvalidConfigException;

/** The registry, and the contract of {@link NeuronState} the engine relies on, for every model. */
class NeuronModelsTest {
  private static final int NEURONS = 7;
  private static final int LANES = 5;
  private static final int IN_USE = 3;
  private static final int STEPS = 12;

  @Test
  void lifIsInstalledAndTheDefault() {
    assertThat(NeuronModels.names()).first().isEqualTo("lif");
    assertThat(NeuronModels.DEFAULT).isEqualTo("lif");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void eachModelIsMadeUnderItsNameWithItsSurrogate(String name) {
    Surrogate triangle = new Surrogate.Triangle();
    NeuronModel model = TestNetworks.neuron(name, triangle);
    assertThat(model.name()).isEqualTo(name);
    assertThat(model.surrogate()).isSameAs(triangle);
    assertThat(model.stateVariables()).isPositive();
    Surrogate sigmoid = new Surrogate.SigmoidDerivative();
    assertThat(model.withSurrogate(sigmoid).surrogate()).isSameAs(sigmoid);
    assertThat(model.withSurrogate(sigmoid).name()).isEqualTo(name);
  }

  @Test
  void anUnknownNameListsTheInstalledModels() {
    assertThatThrownBy(() -> NeuronModels.requireInstalled("izhikevich"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage("unknown neuron model 'izhikevich'; installed: lif")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("neuron");
  }

  @Test
  void lifParametersMustBePositiveAndNameTheirKey() {
    for (String key : new String[] {"tau", "thr", "dt"}) {
      double tau = key.equals("tau") ? 0 : 0.02;
      double thr = key.equals("thr") ? -1 : 1;
      double dt = key.equals("dt") ? 0 : 0.001;
      assertThatThrownBy(() -> new Lif.Parameters(tau, thr, dt))
          .isInstanceOf(InvalidConfigException.class)
          .extracting(e -> ((InvalidConfigException) e).field())
          .isEqualTo(key);
    }
    assertThat(new Lif.Parameters(0.045, 1, 0.001).decay()).isEqualTo((float) Math.exp(-1.0 / 45));
  }

  /** Padding lanes get no current in the engine, but a model must not fire them even if they do. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void spikesAreWrittenOnlyInTheLanesInUse(String name) {
    NeuronState state =
        TestNetworks.neuron(name, new Surrogate.FastSigmoid()).newState(NEURONS, LANES);
    float[] current = new float[NEURONS * LANES];
    Arrays.fill(current, 100f);
    float[] spike = new float[NEURONS * LANES];
    float[] fired = new float[NEURONS * LANES];
    state.start(STEPS, true);
    for (int t = 0; t < STEPS; t++) {
      state.forwardStep(t, current, spike, IN_USE, true);
      for (int e = 0; e < spike.length; e++) {
        assertThat(spike[e]).as("step %d element %d", t, e).isIn(0f, 1f);
        fired[e] += spike[e];
      }
    }
    for (int j = 0; j < NEURONS; j++) {
      for (int b = 0; b < LANES; b++) {
        if (b < IN_USE) {
          assertThat(fired[j * LANES + b]).as("neuron %d lane %d", j, b).isPositive();
        } else {
          assertThat(fired[j * LANES + b]).as("neuron %d padding lane %d", j, b).isZero();
        }
      }
    }
  }

  /**
   * A block is reused from batch to batch: {@link NeuronState#start} must forget the last pass, so
   * the same currents give the same spikes and gradients bit for bit.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void startForgetsThePreviousPass(String name) {
    NeuronState state =
        TestNetworks.neuron(name, new Surrogate.FastSigmoid()).newState(NEURONS, LANES);
    float[][] first = pass(state, 1);
    pass(state, 2);
    float[][] again = pass(state, 1);
    assertThat(again).isDeepEqualTo(first);
    float spikes = 0;
    for (int t = 0; t < STEPS; t++) {
      for (float z : first[t]) {
        spikes += z;
      }
    }
    // Meaningful only if some but not all neurons fired.
    assertThat(spikes).isBetween(5f, STEPS * NEURONS * IN_USE - 5f);
  }

  /**
   * Spikes of every step, then dL/dI of every step, for random currents drawn from {@code seed}.
   */
  private static float[][] pass(NeuronState state, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int size = NEURONS * LANES;
    float[][] out = new float[2 * STEPS][];
    float[] spike = new float[size];
    state.start(STEPS, true);
    for (int t = 0; t < STEPS; t++) {
      float[] current = new float[size];
      for (int j = 0; j < NEURONS; j++) {
        for (int b = 0; b < IN_USE; b++) {
          current[j * LANES + b] = (float) (0.6 * random.nextGaussian() + 0.3);
        }
      }
      state.forwardStep(t, current, spike, IN_USE, true);
      out[t] = spike.clone();
    }
    state.startBackward();
    for (int t = STEPS - 1; t >= 0; t--) {
      float[] dz = new float[size];
      for (int e = 0; e < size; e++) {
        dz[e] = (float) random.nextGaussian();
      }
      state.addSpikeFeedback(dz);
      out[STEPS + t] = state.backwardStep(t, dz).clone();
    }
    return out;
  }
}
