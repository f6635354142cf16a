package org.rewire.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.rewire.api.Connectivity;
import org.rewire.api.Layout;

/** Small random networks and inputs for engine tests. */
final class TestNetworks {
  private TestNetworks() {}

  /** The suffix of a model variant that learns its time constants. */
  static final String LEARN_TAU = "+learn_tau";

  /**
   * Every installed neuron model's name, each also with {@link #LEARN_TAU}: the source of tests
   * that run for each model and variant.
   */
  static Stream<String> neuronModels() {
    return NeuronModels.names().stream().flatMap(n -> Stream.of(n, n + LEARN_TAU));
  }

  /** The model name of a variant of {@link #neuronModels()}. */
  static String modelName(String variant) {
    return variant.endsWith(LEARN_TAU)
        ? variant.substring(0, variant.length() - LEARN_TAU.length())
        : variant;
  }

  /**
   * The neuron model variant {@code variant} with the test networks' constants: tau 10 ms, thr 1,
   * dt 1 ms (a fast decay, so a short run spikes a fair amount and forgets); CuBa tau_syn 2 ms;
   * ALIF tau_adapt 30 ms, beta 0.4, half the neurons adaptive (so both kinds are tested); and
   * {@code surrogate}.
   */
  static NeuronModel neuron(String variant, Surrogate surrogate) {
    return NeuronModels.create(
        modelName(variant),
        new NeuronModels.Settings(
            0.01, 1.0, 0.001, surrogate, variant.endsWith(LEARN_TAU), 0.002, 0.03, 0.4, 0.5));
  }

  /**
   * {@code cores} cores of {@code coreSize} neurons; the first core's neurons are the input neurons
   * (one channel each), the last {@code classes} neurons the outputs; every allowed synapse active
   * with probability {@code density}; input weights N(0, 1), recurrent N(0, 0.6^2) so the network
   * spikes a fair amount; LIF neurons with the fast-sigmoid surrogate.
   */
  static SpikingNetwork random(int cores, int coreSize, int classes, double density, long seed) {
    return random(cores, coreSize, classes, density, seed, NeuronModels.DEFAULT);
  }

  /** As above with the neuron model {@code name} and the fast-sigmoid surrogate. */
  static SpikingNetwork random(
      int cores, int coreSize, int classes, double density, long seed, String name) {
    NeuronModel neuron = neuron(name, new Surrogate.FastSigmoid());
    return random(cores, coreSize, classes, density, seed, InputProjection.CORE, neuron);
  }

  /** As above with the given input projection and neuron model. */
  static SpikingNetwork random(
      int cores,
      int coreSize,
      int classes,
      double density,
      long seed,
      InputProjection projection,
      NeuronModel neuron) {
    int n = cores * coreSize;
    Layout layout =
        Layout.blocks(
            cores, coreSize, Layout.range(0, coreSize), Layout.range(n - classes, classes));
    NetworkSpec spec = new NetworkSpec(layout, coreSize, projection, neuron, 0.5, 0.05, 1.0, 0.6);
    return random(spec, density, seed);
  }

  static SpikingNetwork random(NetworkSpec spec, double density, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StructuralRules rules = new StructuralRules(spec.layout());
    int n = spec.layout().neurons();
    Connectivity.Builder b = new Connectivity.Builder(n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (rules.allowed(i, j) && random.nextDouble() < density) {
          b.add(i, j);
        }
      }
    }
    return SpikingNetwork.create(spec, b.build(), random);
  }

  /**
   * {@code count} samples of {@code steps} steps; each channel active with probability {@code p}
   * per step, with count 1 or (one time in four) 2.
   */
  static List<BinnedSample> samples(
      int count, int steps, int channels, int classes, double p, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<BinnedSample> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      int[] start = new int[steps + 1];
      List<Integer> ch = new ArrayList<>();
      List<Float> cnt = new ArrayList<>();
      for (int t = 0; t < steps; t++) {
        for (int c = 0; c < channels; c++) {
          if (random.nextDouble() < p) {
            ch.add(c);
            cnt.add(random.nextInt(4) == 0 ? 2f : 1f);
          }
        }
        start[t + 1] = ch.size();
      }
      int[] channelsArr = ch.stream().mapToInt(Integer::intValue).toArray();
      float[] counts = new float[cnt.size()];
      for (int k = 0; k < counts.length; k++) {
        counts[k] = cnt.get(k);
      }
      out.add(new BinnedSample(random.nextInt(classes), start, channelsArr, counts));
    }
    return out;
  }

  /**
   * Copy of all gradients of {@code net}: input then recurrent slots, then each trained neuron
   * parameter.
   */
  static float[][] gradients(SpikingNetwork net) {
    List<float[]> all = new ArrayList<>();
    all.add(net.inputWeights().gradientArray().clone());
    all.add(net.recurrentWeights().gradientArray().clone());
    for (NeuronParameter p : net.neuronParameters().trainable()) {
      all.add(p.gradientArray().clone());
    }
    return all.toArray(new float[0][]);
  }

  /** Copy of every neuron parameter's values of {@code net}. */
  static float[][] neuronValues(SpikingNetwork net) {
    return net.neuronParameters().all().stream()
        .map(p -> p.valueArray().clone())
        .toArray(float[][]::new);
  }
}
