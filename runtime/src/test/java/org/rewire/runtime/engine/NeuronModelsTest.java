package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
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
    assertThat(model.name()).isEqualTo(TestNetworks.modelName(name));
    assertThat(model.surrogate()).isSameAs(triangle);
    assertThat(model.stateVariables()).isPositive();
    Surrogate sigmoid = new Surrogate.SigmoidDerivative();
    assertThat(model.withSurrogate(sigmoid).surrogate()).isSameAs(sigmoid);
    assertThat(model.withSurrogate(sigmoid).name()).isEqualTo(model.name());
  }

  @Test
  void anUnknownNameListsTheInstalledModels() {
    assertThatThrownBy(() -> NeuronModels.requireInstalled("izhikevich"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage("unknown neuron model 'izhikevich'; installed: lif, alif, cuba-lif")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("neuron");
  }

  @Test
  void aMistypedNameGetsTheClosestModel() {
    assertThatThrownBy(() -> NeuronModels.requireInstalled("cuba_lif"))
        .hasMessage(
            "unknown neuron model 'cuba_lif' (did you mean 'cuba-lif'?); installed: lif, alif,"
                + " cuba-lif");
    assertThatThrownBy(() -> NeuronModels.requireInstalled("LIF"))
        .hasMessageStartingWith("unknown neuron model 'LIF' (did you mean 'lif'?);");
    // The closest, not the first close one: 'alf' is one edit from alif, two from lif.
    assertThatThrownBy(() -> NeuronModels.requireInstalled("alf"))
        .hasMessageStartingWith("unknown neuron model 'alf' (did you mean 'alif'?);");
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

  @Test
  void alifAndCubaParametersNameTheKeyTheyRefuse() {
    assertField(() -> new Alif.Parameters(0.02, 1, 0.001, 0, 0.3, 1, false), "tau_adapt");
    assertField(() -> new Alif.Parameters(0.02, 1, 0.001, 0.7, -0.1, 1, false), "beta");
    assertField(() -> new Alif.Parameters(0.02, 1, 0.001, 0.7, 0.3, 1.5, false), "adaptive_share");
    assertField(() -> new Alif.Parameters(0.02, 1, 0.001, 0.7, 0.3, -0.1, false), "adaptive_share");
    assertField(() -> new Alif.Parameters(-0.02, 1, 0.001, 0.7, 0.3, 1, false), "tau");
    assertField(() -> new CubaLif.Parameters(0.02, 0, 1, 0.001, false), "tau_syn");
    assertField(() -> new CubaLif.Parameters(0.02, -0.005, 1, 0.001, false), "tau_syn");
    // Learned time constants must start inside the range training keeps them in.
    assertField(() -> new CubaLif.Parameters(0.02, 0.0005, 1, 0.001, true), "tau_syn");
    assertField(() -> new Alif.Parameters(0.02, 1, 0.001, 20, 0.3, 1, true), "tau_adapt");
    assertField(() -> new Lif.Parameters(0.0001, 1, 0.001, true), "tau");
  }

  private static void assertField(Runnable make, String field) {
    assertThatThrownBy(make::run)
        .isInstanceOf(InvalidConfigException.class)
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo(field);
  }

  @Test
  void adaptiveNeuronsAreSpreadEvenlyByTheirShare() {
    for (double share : new double[] {0, 0.25, 0.4, 0.5, 1}) {
      Alif alif =
          new Alif(
              new Alif.Parameters(0.02, 1, 0.001, 0.7, 0.3, share, false),
              new Surrogate.FastSigmoid());
      float[] beta =
          alif.initialParameters(100, new SplittableRandom(1)).get(Alif.BETA).valueArray();
      int adaptive = 0;
      for (int j = 0; j < 100; j++) {
        assertThat(beta[j]).isIn(0f, 0.3f);
        adaptive += beta[j] > 0 ? 1 : 0;
        // every block of 20 neurons (such as a core) gets its share too
        if (j % 20 == 19) {
          assertThat(adaptive)
              .as("share %s by neuron %d", share, j)
              .isEqualTo((int) (share * (j + 1)));
        }
      }
    }
  }

  @Test
  void fixedTimeConstantsAreUniformAndDrawNothing() {
    for (String name : NeuronModels.names()) {
      NeuronModel model = TestNetworks.neuron(name, new Surrogate.FastSigmoid());
      SplittableRandom random = new SplittableRandom(5);
      NeuronParameters p = model.initialParameters(50, random);
      assertThat(random.nextLong()).isEqualTo(new SplittableRandom(5).nextLong());
      assertThat(p.trainable()).isEmpty();
      float[] decay = p.get(Lif.DECAY_MEM).valueArray();
      assertThat(decay).containsOnly((float) Math.exp(-0.001 / 0.01));
    }
  }

  /** Perez-Nieves et al. 2021: Gamma(k = 3, mean tau), drawn per neuron, kept in [dt, 10 s]. */
  @Test
  void learnedTimeConstantsStartHeterogeneousAroundTheirMean() {
    NeuronParameter p =
        NeuronParameter.decay("decay_mem", 0.02, 0.001, true, 20_000, new SplittableRandom(9));
    assertThat(p.trainable()).isTrue();
    double sum = 0;
    double sq = 0;
    for (float a : p.valueArray()) {
      assertThat(a).isBetween(p.lower(), p.upper());
      double tau = -0.001 / Math.log(a);
      sum += tau;
      sq += tau * tau;
    }
    double mean = sum / 20_000;
    double variance = sq / 20_000 - mean * mean;
    assertThat(mean).isCloseTo(0.02, Offset.offset(0.0005));
    // Gamma(k, theta): variance k theta^2 = mean^2 / k
    assertThat(variance).isCloseTo(0.02 * 0.02 / 3, Offset.offset(0.02 * 0.02 / 3 * 0.1));
    assertThat(p.lower()).isEqualTo((float) Math.exp(-1));
    assertThat(p.upper()).isEqualTo((float) Math.exp(-0.001 / 10));
    // Short means hit the bound: every draw below dt starts at dt.
    NeuronParameter shortTau =
        NeuronParameter.decay("decay_syn", 0.0015, 0.001, true, 1000, new SplittableRandom(2));
    assertThat(shortTau.valueArray()).contains(shortTau.lower());
    for (float a : shortTau.valueArray()) {
      assertThat(a).isBetween(shortTau.lower(), shortTau.upper());
    }
  }

  @Test
  void aKeyOfAnotherModelIsRefusedNamingItsOwner() {
    NeuronModels.requireKeyOf("alif", "beta");
    NeuronModels.requireKeyOf("cuba-lif", "tau_syn");
    NeuronModels.requireKeyOf("lif", "learn_tau");
    assertThatThrownBy(() -> NeuronModels.requireKeyOf("lif", "beta"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(
            "'beta' is a parameter of neuron model alif, not of 'lif' (model.neuron); lif takes"
                + " only the common keys besides tau, thr, dt, learn_tau")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("beta");
    assertThatThrownBy(() -> NeuronModels.requireKeyOf("alif", "tau_syn"))
        .hasMessageContaining("'tau_syn' is a parameter of neuron model cuba-lif, not of 'alif'")
        .hasMessageContaining("alif takes tau_adapt, beta, adaptive_share");
  }

  /** Padding lanes get no current in the engine, but a model must not fire them even if they do. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void spikesAreWrittenOnlyInTheLanesInUse(String name) {
    NeuronState state = newState(name);
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
    NeuronModel model = TestNetworks.neuron(name, new Surrogate.FastSigmoid());
    NeuronParameters parameters = model.initialParameters(NEURONS, new SplittableRandom(3));
    NeuronState state = model.newState(parameters, LANES);
    int trained = parameters.trainable().size();
    float[][] first = pass(state, 1);
    double[][] firstGradients = parameterGradients(state, trained);
    pass(state, 2);
    float[][] again = pass(state, 1);
    assertThat(again).isDeepEqualTo(first);
    assertThat(parameterGradients(state, trained)).isDeepEqualTo(firstGradients);
    float spikes = 0;
    for (int t = 0; t < STEPS; t++) {
      for (float z : first[t]) {
        spikes += z;
      }
    }
    // Meaningful only if some but not all neurons fired.
    assertThat(spikes).isBetween(5f, STEPS * NEURONS * IN_USE - 5f);
  }

  private static double[][] parameterGradients(NeuronState state, int trained) {
    double[][] out = new double[trained][];
    for (int k = 0; k < trained; k++) {
      out[k] = state.parameterGradient(k);
    }
    return out;
  }

  private static NeuronState newState(String variant) {
    NeuronModel model = TestNetworks.neuron(variant, new Surrogate.FastSigmoid());
    return model.newState(model.initialParameters(NEURONS, new SplittableRandom(3)), LANES);
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
      state.addSpikeFeedback(t, dz);
      out[STEPS + t] = state.backwardStep(t, dz).clone();
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void spikeMasksAreTheStepsSpikesAndOnlyAfterFire(String variant) {
    NeuronModel model = TestNetworks.neuron(variant, new Surrogate.FastSigmoid());
    int neurons = 5;
    int lanes = 8;
    NeuronState state =
        model.newState(model.initialParameters(neurons, new SplittableRandom(3)), lanes);
    float[] current = new float[neurons * lanes];
    float[] spike = new float[neurons * lanes];
    SplittableRandom random = new SplittableRandom(4);
    state.start(3, true);
    for (int t = 0; t < 3; t++) {
      for (int e = 0; e < current.length; e++) {
        current[e] = (float) (2 * random.nextGaussian());
      }
      state.forgetSpikeMasks();
      assertThat(state.spikeMasks()).as("no masks before the step fires").isNull();
      state.forwardStep(t, current, spike, 6, true); // lanes 6 and 7 are padding
      long[] masks = state.spikeMasks();
      for (int j = 0; j < neurons; j++) {
        long expected = 0;
        for (int b = 0; b < lanes; b++) {
          expected |= spike[j * lanes + b] != 0f ? 1L << b : 0;
        }
        assertThat(masks[j]).as("step %d neuron %d", t, j).isEqualTo(expected);
        assertThat(expected >>> 6).as("padding lanes never spike").isZero();
      }
    }
  }
}
