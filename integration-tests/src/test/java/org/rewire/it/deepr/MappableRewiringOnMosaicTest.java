package org.rewire.it.deepr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.Sparsifier;
import org.rewire.deepr.RoutingAwareConfig;
import org.rewire.deepr.RoutingAwareDeepRProvider;
import org.rewire.it.BuiltInProviders;
import org.rewire.runtime.plugin.ProviderKind;
import org.rewire.testkit.ArraySparseNetwork;
import org.rewire.testkit.KitBuildContext;
import org.rewire.testkit.KitRewiringContext;

/**
 * Routing-aware DeepR on the real Mosaic target of the case study (5 x 5 tiles of 32 neurons, 20
 * outputs on the last tile), found on the class path as users find it, with the default profile
 * {@code {1: 0.5, 3: 0.05}} and protected output links: the network maps with zero violations after
 * initialisation and after every epoch while every group holds its budget; without the check, the
 * same run overloads a port (protected links accumulate into the output tile).
 */
class MappableRewiringOnMosaicTest {
  static final HopProfile PROFILE = HopProfile.parse("1:0.5,3:0.05");
  static final double[] FRACTIONS = {0, 0.5, 0, 0.05};
  static final MosaicGrid GRID = new MosaicGrid(5, 5, 32, 20);
  static final int EPOCHS = 6;

  static HopTarget caseStudy() {
    return chip("");
  }

  /** The case-study chip, with {@code more} YAML fields appended to its target section. */
  static HopTarget chip(String more) {
    HardwareTargetProvider<Object> mosaic = BuiltInProviders.find(ProviderKind.TARGET, "mosaic");
    Object config =
        BuiltInProviders.config(
            mosaic, "{rows: 5, cols: 5, tile_size: 32, inputs: 128, outputs: 20" + more + "}");
    return (HopTarget) mosaic.create(config, KitBuildContext.of(1, Path.of(".")));
  }

  static Sparsifier routingAware(HardwareTarget target, int mappableAttempts) {
    return new RoutingAwareDeepRProvider()
        .create(
            new RoutingAwareConfig(PROFILE, 20, 0.1, 2.0, true, mappableAttempts),
            KitBuildContext.of(1, Path.of(".")).withTarget(target));
  }

  /** Training between epochs: shrinks most weights below w_thr, so most links are pruned. */
  static void shrinkWeights(ArraySparseNetwork network, SplittableRandom training) {
    network.forEachActive(
        (pre, post, w) ->
            network.setWeight(pre, post, w * 0.4f + 0.05f * (float) training.nextGaussian()));
  }

  /** One run of {@link #EPOCHS} epochs; what was seen after initialisation and each epoch. */
  record Run(List<Boolean> mappable, List<int[][]> perGroup, List<Double> attempts, int maps) {
    static Run of(HardwareTarget chip, int mappableAttempts, long seed) {
      CountingTarget target = new CountingTarget(chip);
      ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(chip.layout());
      Sparsifier sparsifier = routingAware(target, mappableAttempts);
      KitRewiringContext context = new KitRewiringContext(target, seed);
      SplittableRandom training = new SplittableRandom(seed + 1);
      List<Boolean> mappable = new ArrayList<>();
      List<int[][]> perGroup = new ArrayList<>();
      List<Double> attempts = new ArrayList<>();
      sparsifier.initialize(network, context);
      for (int epoch = 0; ; epoch++) {
        mappable.add(chip.map(network.connectivity()).mappable());
        perGroup.add(Links.perGroup(network, GRID));
        attempts.add(context.reports().get("mapping_attempts"));
        if (epoch == EPOCHS) {
          return new Run(mappable, perGroup, attempts, target.maps());
        }
        shrinkWeights(network, training);
        sparsifier.afterEpoch(network, context);
        context.nextEpoch();
      }
    }
  }

  @Test
  void theTestGridHasTheChipsHopDistances() {
    HopTarget chip = caseStudy();
    for (int s = 0; s < GRID.cores(); s++) {
      for (int t = 0; t < GRID.cores(); t++) {
        assertThat(GRID.distance(s, t)).isEqualTo(chip.distance(s, t));
      }
    }
    assertThat(chip.layout().outputNeurons()).isEqualTo(GRID.layout().outputNeurons());
  }

  @Test
  void theNetworkMapsAfterInitialisationAndEveryEpochWithExactBudgets() {
    HopTarget chip = caseStudy();
    assertThat(chip.estimate(PROFILE, 4, 7).mappableFraction())
        .as("the proxy finds the profile mappable")
        .isEqualTo(1.0);
    int[][] budget = Links.budget(GRID, FRACTIONS);
    for (long seed : new long[] {3, 11}) {
      Run run = Run.of(chip, 20, seed);
      for (int e = 0; e <= EPOCHS; e++) {
        assertThat(run.mappable().get(e)).as("seed %d, after pass %d", seed, e).isTrue();
        assertThat(run.perGroup().get(e)).as("seed %d, after pass %d", seed, e).isEqualTo(budget);
      }
      // One mapping per draw: the draws the sparsifier reported are the calls the target saw.
      double reported = run.attempts().stream().mapToDouble(Double::doubleValue).sum();
      assertThat((double) run.maps()).isEqualTo(reported);
      assertThat(run.attempts()).as("some pass had to be redrawn").anyMatch(a -> a > 1);
    }
  }

  @Test
  void withTheCheckDisabledNothingIsMappedAndTheOutputPortOverflows() {
    HopTarget chip = caseStudy();
    Run run = Run.of(chip, 0, 3);
    assertThat(run.maps()).isZero();
    assertThat(run.attempts()).containsOnlyNulls();
    assertThat(run.perGroup()).allMatch(g -> java.util.Arrays.deepEquals(g, run.perGroup().get(0)));
    assertThat(run.mappable()).as("the plain algorithm loses mappability").contains(false);
  }

  @Test
  void whenNoDrawMapsTheBlamedLinksAreRemovedUntilItMaps() {
    // One line per R0 port: the diagonal links cannot all fit, whatever the draw.
    HardwareTarget narrow = chip(", capacity: {r0: 1}");
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(narrow.layout());
    Sparsifier sparsifier = routingAware(narrow, 3);
    KitRewiringContext context = new KitRewiringContext(narrow, 5);
    SplittableRandom training = new SplittableRandom(6);
    int[][] budget = Links.budget(GRID, FRACTIONS);
    sparsifier.initialize(network, context);
    for (int epoch = 0; epoch < 3; epoch++) {
      assertThat(narrow.map(network.connectivity()).violations()).as("epoch %d", epoch).isEmpty();
      assertThat(context.reports().get("unmappable_after_regrowth")).isZero();
      assertThat(context.reports().get("repaired_links")).as("epoch %d", epoch).isPositive();
      int[][] links = Links.perGroup(network, GRID);
      for (int s = 0; s < budget.length; s++) {
        for (int d = 0; d < budget[s].length; d++) {
          assertThat(links[s][d])
              .as("core %d, group %d within budget", s, d)
              .isLessThanOrEqualTo(budget[s][d]);
        }
      }
      assertThat(Links.maskIsWholeLinks(network, GRID)).isTrue();
      shrinkWeights(network, training);
      sparsifier.afterEpoch(network, context);
      context.nextEpoch();
    }
  }

  @Test
  void aCheckThatPassesDrawsExactlyAsThePlainAlgorithm() {
    // On the test grid every network maps: the check must consume no randomness.
    List<List<String>> checked = synapsesPerEpoch(20);
    assertThat(checked).isEqualTo(synapsesPerEpoch(0));
  }

  private static List<List<String>> synapsesPerEpoch(int mappableAttempts) {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier sparsifier = routingAware(GRID, mappableAttempts);
    KitRewiringContext context = new KitRewiringContext(GRID, 9);
    SplittableRandom training = new SplittableRandom(10);
    List<List<String>> epochs = new ArrayList<>();
    sparsifier.initialize(network, context);
    for (int epoch = 0; epoch < 3; epoch++) {
      List<String> synapses = new ArrayList<>();
      network.forEachActive((pre, post, w) -> synapses.add(pre + ">" + post + ":" + w));
      epochs.add(synapses);
      shrinkWeights(network, training);
      sparsifier.afterEpoch(network, context);
    }
    return epochs;
  }
}
