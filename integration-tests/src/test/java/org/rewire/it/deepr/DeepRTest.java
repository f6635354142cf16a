package org.rewire.it.deepr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Sparsifier;
import org.rewire.deepr.DeepRConfig;
import org.rewire.deepr.DeepRConfig.Scope;
import org.rewire.deepr.DeepRProvider;
import org.rewire.testkit.ArraySparseNetwork;
import org.rewire.testkit.KitBuildContext;
import org.rewire.testkit.KitRewiringContext;

/** DeepR: exact budgets after every step, fixed signs, L1 and noise. */
class DeepRTest {
  static final MosaicGrid GRID = new MosaicGrid(2, 2, 8, 4);

  static Sparsifier deepr(DeepRConfig config) {
    return new DeepRProvider().create(config, KitBuildContext.of(1, Path.of(".")).withTarget(GRID));
  }

  static long allowed(ArraySparseNetwork network) {
    long count = 0;
    for (int pre = 0; pre < GRID.neurons(); pre++) {
      for (int post = 0; post < GRID.neurons(); post++) {
        count += network.allowed(pre, post) ? 1 : 0;
      }
    }
    return count;
  }

  /** A step of gradient descent with random gradients, large enough to kill some synapses. */
  static void randomStep(ArraySparseNetwork network, SplittableRandom random) {
    network.forEachActive(
        (pre, post, w) -> network.setWeight(pre, post, w - 0.05f * (float) random.nextGaussian()));
  }

  @Test
  void exactlyKSynapsesAreActiveAfterEveryStepWithSignsFixed() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier sparsifier = deepr(new DeepRConfig(0.2, null, null, null, null, null));
    KitRewiringContext context = new KitRewiringContext(GRID, 2);
    sparsifier.initialize(network, context);
    long k = Math.round(0.2 * allowed(network));
    assertThat(network.activeCount()).isEqualTo(k);
    byte[] seen = new byte[GRID.neurons() * GRID.neurons()];
    SplittableRandom gradients = new SplittableRandom(3);
    double dormant = 0;
    long[] reborn = {0};
    for (int epoch = 0; epoch < 3; epoch++) {
      for (int step = 0; step < 20; step++) {
        randomStep(network, gradients);
        sparsifier.afterStep(network, context);
        assertThat(network.activeCount()).isEqualTo(k);
        network.forEachActive(
            (pre, post, w) -> {
              assertThat(network.allowed(pre, post)).isTrue();
              assertThat(w).as("an active synapse has theta > 0").isNotZero();
              byte sign = (byte) (w > 0 ? 1 : -1);
              int at = pre * GRID.neurons() + post;
              assertThat(seen[at] == 0 || seen[at] == sign)
                  .as("sign of %d -> %d", pre, post)
                  .isTrue();
              seen[at] = sign;
              reborn[0] += Math.abs(w) == 1e-12f ? 1 : 0;
            });
        context.nextStep();
      }
      assertThat(context.reports().get("regrown")).isEqualTo(context.reports().get("pruned"));
      assertThat(context.reports().get("synapses")).isEqualTo((double) k);
      dormant += context.reports().get("pruned");
      context.nextEpoch();
    }
    assertThat(dormant).as("synapses must turn dormant and be replaced").isPositive();
    assertThat(reborn[0]).as("reactivated synapses start at theta = 1e-12").isPositive();
  }

  @Test
  void aBlockScopeHoldsEveryBlocksBudget() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier sparsifier = deepr(new DeepRConfig(0.3, null, null, null, Scope.BLOCK, null));
    KitRewiringContext context = new KitRewiringContext(GRID, 2);
    sparsifier.initialize(network, context);
    int cores = GRID.cores();
    int size = GRID.tileSize();
    long[] budget = new long[cores * cores];
    for (int pre = 0; pre < GRID.neurons(); pre++) {
      for (int post = 0; post < GRID.neurons(); post++) {
        budget[pre / size * cores + post / size] += network.allowed(pre, post) ? 1 : 0;
      }
    }
    for (int b = 0; b < budget.length; b++) {
      budget[b] = Math.round(0.3 * budget[b]);
    }
    SplittableRandom gradients = new SplittableRandom(5);
    for (int step = 0; step < 30; step++) {
      randomStep(network, gradients);
      sparsifier.afterStep(network, context);
      long[] active = new long[cores * cores];
      network.forEachActive((pre, post, w) -> active[pre / size * cores + post / size]++);
      assertThat(active).isEqualTo(budget);
    }
  }

  @Test
  void l1ShrinksEveryParameterByEtaTimesL1() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier sparsifier = deepr(new DeepRConfig(null, 100, 0.01, 0.0, null, 1.0));
    KitRewiringContext context = new KitRewiringContext(GRID, 7);
    context.learningRate(0.1);
    sparsifier.initialize(network, context);
    float[] before = new float[GRID.neurons() * GRID.neurons()];
    network.forEachActive((pre, post, w) -> before[pre * GRID.neurons() + post] = w);
    sparsifier.afterStep(network, context);
    int[] checked = {0};
    network.forEachActive(
        (pre, post, w) -> {
          float was = before[pre * GRID.neurons() + post];
          if (Math.abs(was) > 0.01f) {
            assertThat((double) Math.abs(w)).isCloseTo(Math.abs(was) - 0.001, within(1e-6));
            assertThat(Math.signum(w)).isEqualTo(Math.signum(was));
            checked[0]++;
          }
        });
    assertThat(checked[0]).isGreaterThan(90);
    assertThat(network.activeCount()).isEqualTo(100);
  }

  /**
   * One step with zero gradients on parameters set far from 0 (so none turns dormant and every
   * change is noise): the mean, standard deviation and number of the changes of |w|.
   */
  static double[] noiseOfOneStep(DeepRConfig config, double learningRate, long seed) {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier sparsifier = deepr(config);
    KitRewiringContext context = new KitRewiringContext(GRID, seed);
    context.learningRate(learningRate);
    sparsifier.initialize(network, context);
    network.forEachActive((pre, post, w) -> network.setWeight(pre, post, Math.signum(w) * 10f));
    sparsifier.afterStep(network, context);
    double[] sums = new double[3];
    network.forEachActive(
        (pre, post, w) -> {
          double delta = Math.abs((double) w) - 10.0;
          sums[0]++;
          sums[1] += delta;
          sums[2] += delta * delta;
        });
    double mean = sums[1] / sums[0];
    return new double[] {mean, Math.sqrt(sums[2] / sums[0] - mean * mean), sums[0]};
  }

  @Test
  void noiseHasStandardDeviationSqrtTwoEtaT() {
    double[] noise = noiseOfOneStep(new DeepRConfig(1.0, null, 0.0, 0.5, null, null), 0.01, 11);
    double expected = Math.sqrt(2 * 0.01 * 0.5);
    assertThat(noise[2]).isGreaterThan(900);
    assertThat(noise[0]).isCloseTo(0, within(4 * expected / Math.sqrt(noise[2])));
    assertThat(noise[1]).isCloseTo(expected, within(0.1 * expected));
  }

  @Test
  void theDefaultTemperatureFollowsTheLearningRate() {
    assertThat(new DeepRConfig(null, null, null, null, null, null).temperature()).isNull();
    double[] noise = noiseOfOneStep(new DeepRConfig(1.0, null, 0.0, null, null, null), 0.5, 12);
    // T = eta 1e-10 / 2, so the noise std is eta 1e-5 = 5e-6; float resolution at 10 is ~1e-6.
    assertThat(noise[1]).isBetween(3e-6, 7e-6);
  }

  @Test
  void aBudgetAboveTheAllowedSynapsesOrAmbiguousSettingsAreRejected() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier tooMany = deepr(new DeepRConfig(null, 1_000_000, null, null, null, null));
    assertThatThrownBy(() -> tooMany.initialize(network, new KitRewiringContext(GRID, 1)))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("allowed synapses");
    assertThatThrownBy(() -> new DeepRConfig(0.1, 10, null, null, null, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> new DeepRConfig(null, 10, null, null, Scope.BLOCK, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("scope: global");
    assertThatThrownBy(() -> new DeepRConfig(1.5, null, null, null, null, null))
        .isInstanceOf(InvalidConfigException.class)
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("connectivity");
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }

  @Test
  void trainThenRepairMapsAfterItsRepairEpochAndThenKeepsTheStructure() {
    // The walk-through's chip: fan-out 16, 128 sources per core. Uniform DeepR at this budget
    // breaks both; after epoch 2 the repair removes the blamed synapses until the network maps.
    org.rewire.api.HardwareTarget chip =
        new org.rewire.testkit.CappedGridTarget(4, 64, 64, 10, 16, 128);
    Sparsifier sparsifier =
        new DeepRProvider()
            .create(
                new DeepRConfig(null, 3000, null, null, null, null, 2),
                KitBuildContext.of(1, Path.of(".")).withTarget(chip));
    ArraySparseNetwork network = ArraySparseNetwork.paperModel(chip.layout());
    KitRewiringContext context = new KitRewiringContext(chip, 4);
    context.learningRate(0.01);
    sparsifier.initialize(network, context);
    SplittableRandom gradients = new SplittableRandom(5);
    org.rewire.api.Connectivity repaired = null;
    for (int epoch = 0; epoch < 4; epoch++) {
      for (int step = 0; step < 5; step++) {
        randomStep(network, gradients);
        sparsifier.afterStep(network, context);
        context.nextStep();
        if (epoch == 3) {
          assertThat(network.connectivity()).as("frozen while fine-tuning").isEqualTo(repaired);
        }
      }
      boolean mappedBefore = chip.map(network.connectivity()).mappable();
      sparsifier.afterEpoch(network, context);
      if (epoch < 1) {
        assertThat(mappedBefore).as("DeepR ignores the chip").isFalse();
        assertThat(network.activeCount()).isEqualTo(3000);
      }
      if (epoch == 1) {
        assertThat(mappedBefore).isFalse();
        assertThat(chip.map(network.connectivity()).violations()).isEmpty();
        assertThat(context.reports().get("repaired"))
            .isEqualTo(3000.0 - network.activeCount())
            .isPositive();
        assertThat(context.reports().get("unmappable_after_repair")).isZero();
        repaired = network.connectivity();
      }
      if (epoch >= 2) {
        assertThat(network.connectivity()).isEqualTo(repaired);
        assertThat(context.reports().get("repaired")).isZero();
      }
      context.nextEpoch();
    }
    assertThatThrownBy(() -> new DeepRConfig(null, 10, null, null, null, null, 0))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "repair_after");
  }
}
