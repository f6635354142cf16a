package org.rewire.it.deepr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.HopProfile;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Sparsifier;
import org.rewire.deepr.FixedProfileConfig;
import org.rewire.deepr.FixedProfileProvider;
import org.rewire.deepr.RoutingAwareConfig;
import org.rewire.deepr.RoutingAwareDeepRProvider;
import org.rewire.testkit.ArraySparseNetwork;
import org.rewire.testkit.KitBuildContext;
import org.rewire.testkit.KitRewiringContext;

/** Routing-aware DeepR and the fixed profile on a small grid with Mosaic's hop distance. */
class RoutingAwareDeepRTest {
  static final MosaicGrid GRID = new MosaicGrid(3, 3, 8, 4);
  static final HopProfile PROFILE = HopProfile.of(Map.of(1, 0.5, 3, 0.3, 5, 0.2));
  static final double[] FRACTIONS = {0, 0.5, 0, 0.3, 0, 0.2};

  static Sparsifier routingAware(RoutingAwareConfig config) {
    return new RoutingAwareDeepRProvider()
        .create(config, KitBuildContext.of(1, Path.of(".")).withTarget(GRID));
  }

  static RoutingAwareConfig config(int pruneCount, boolean protectOutput) {
    return new RoutingAwareConfig(PROFILE, pruneCount, 0.1, 2.0, protectOutput, null);
  }

  /** One step of plain gradient descent with random gradients of scale {@code scale}. */
  static void randomStep(ArraySparseNetwork network, SplittableRandom random, float scale) {
    network.forEachActive(
        (pre, post, w) -> network.setGradient(pre, post, (float) random.nextGaussian() * scale));
    network.forEachActive(
        (pre, post, w) -> network.setWeight(pre, post, w - network.gradient(pre, post)));
  }

  /** A sparsifier initialised on a fresh network of {@link #GRID}. */
  record Trial(ArraySparseNetwork network, Sparsifier sparsifier, KitRewiringContext context) {
    static Trial start(Sparsifier sparsifier, long seed) {
      Trial t =
          new Trial(
              ArraySparseNetwork.withoutOutputRecurrence(GRID.layout()),
              sparsifier,
              new KitRewiringContext(GRID, seed));
      sparsifier.initialize(t.network, t.context);
      return t;
    }

    /** Zeroes every weight, so every unprotected link is pruned, and rewires. */
    void starveAndRewire() {
      zeroAllWeights(network);
      sparsifier.afterEpoch(network, context);
    }

    long linksInto(int tile) {
      return Links.active(network, GRID).stream().filter(l -> l % GRID.cores() == tile).count();
    }
  }

  static void zeroAllWeights(ArraySparseNetwork network) {
    network.forEachActive((pre, post, w) -> network.setWeight(pre, post, 0f));
  }

  @Test
  void everyGroupHoldsItsBudgetAfterInitialisationAndEveryEpoch() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier sparsifier = routingAware(config(4, true));
    KitRewiringContext context = new KitRewiringContext(GRID, 3);
    SplittableRandom gradients = new SplittableRandom(4);
    int[][] budget = Links.budget(GRID, FRACTIONS);
    sparsifier.initialize(network, context);
    assertThat(Links.perGroup(network, GRID)).isEqualTo(budget);
    assertThat(Links.maskIsWholeLinks(network, GRID)).isTrue();
    double prunedTotal = 0;
    for (int epoch = 0; epoch < 8; epoch++) {
      for (int step = 0; step < 5; step++) {
        randomStep(network, gradients, 0.05f);
        context.nextStep();
      }
      sparsifier.afterEpoch(network, context);
      assertThat(Links.perGroup(network, GRID)).as("epoch %d", epoch).isEqualTo(budget);
      assertThat(Links.maskIsWholeLinks(network, GRID)).isTrue();
      assertThat(context.reports().get("regrown")).isEqualTo(context.reports().get("pruned"));
      assertThat(context.reports().get("links_d1"))
          .isEqualTo((double) java.util.Arrays.stream(budget).mapToInt(row -> row[1]).sum());
      assertThat(context.reports().get("synapses")).isEqualTo((double) network.activeCount());
      prunedTotal += context.reports().get("pruned");
      context.nextEpoch();
    }
    assertThat(prunedTotal).as("the run must actually rewire").isPositive();
  }

  @Test
  void freshLinksStartWithStrongWeightsAndWeakOnesArePruned() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier sparsifier = routingAware(config(1, true));
    KitRewiringContext context = new KitRewiringContext(GRID, 5);
    sparsifier.initialize(network, context);
    network.forEachActive((pre, post, w) -> assertThat(Math.abs(w)).isGreaterThanOrEqualTo(0.1f));
    // One weight of a link at or above w_thr keeps it with prune_count 1; none prunes it.
    int kept = Links.active(network, GRID).get(0);
    int keptPre = kept / GRID.cores();
    int keptTile = kept % GRID.cores();
    zeroAllWeights(network);
    network.setWeight(keptPre, keptTile * GRID.tileSize(), 0.1f);
    sparsifier.afterEpoch(network, context);
    assertThat(network.weight(keptPre, keptTile * GRID.tileSize())).isEqualTo(0.1f);
    assertThat(network.weight(keptPre, keptTile * GRID.tileSize() + 1)).isZero();
  }

  @Test
  void protectedLinksSurviveAndPrunedSynapsesLoseTheirOptimizerState() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier sparsifier = routingAware(config(20, true));
    KitRewiringContext context = new KitRewiringContext(GRID, 6);
    sparsifier.initialize(network, context);
    int outputTile = GRID.cores() - 1;
    List<Integer> before = Links.active(network, GRID);
    List<Integer> protectedBefore =
        before.stream().filter(l -> l % GRID.cores() == outputTile).toList();
    assertThat(protectedBefore).isNotEmpty();
    zeroAllWeights(network);
    long resets = network.resets();
    sparsifier.afterEpoch(network, context);
    List<Integer> after = Links.active(network, GRID);

    assertThat(after).containsAll(protectedBefore);
    for (int pre = 0; pre < GRID.neurons(); pre++) {
      for (int post = 0; post < GRID.neurons(); post++) {
        boolean intra = pre / GRID.tileSize() == post / GRID.tileSize();
        boolean wasProtected =
            protectedBefore.contains(pre * GRID.cores() + post / GRID.tileSize());
        if (intra || wasProtected) {
          assertThat(network.weight(pre, post)).as("kept, untouched").isZero();
        } else if (network.active(pre, post)) {
          assertThat(Math.abs(network.weight(pre, post))).as("fresh").isGreaterThanOrEqualTo(0.1f);
        }
      }
    }
    long unprotectedBefore = before.size() - protectedBefore.size();
    long fresh = after.size() - protectedBefore.size();
    assertThat(context.reports().get("pruned")).isEqualTo((double) unprotectedBefore);
    assertThat(context.reports().get("regrown")).isEqualTo((double) fresh);
    // Every synapse of a pruned link was deactivated and every synapse of a regrown one activated,
    // each resetting its optimizer moments (8 synapses per link: no exclusions off the output
    // tile).
    assertThat(network.resets() - resets).isEqualTo((unprotectedBefore + fresh) * GRID.tileSize());
  }

  @Test
  void linksIntoTheProtectedOutputTileOnlyAccumulate() {
    // The paper's protection, as coded: protected links are never pruned, but pruned links of the
    // same group may regrow into the output tile, so its incoming links never decrease.
    Trial trial = Trial.start(routingAware(config(20, true)), 13);
    int outputTile = GRID.cores() - 1;
    long initial = trial.linksInto(outputTile);
    long before = initial;
    for (int epoch = 0; epoch < 10; epoch++) {
      trial.starveAndRewire();
      assertThat(trial.linksInto(outputTile)).isGreaterThanOrEqualTo(before);
      before = trial.linksInto(outputTile);
    }
    assertThat(before).isGreaterThan(initial);
  }

  @Test
  void withoutProtectionLinksIntoTheOutputTileArePrunedToo() {
    Trial trial = Trial.start(routingAware(config(20, false)), 6);
    int before = Links.active(trial.network(), GRID).size();
    trial.starveAndRewire();
    assertThat(trial.context().reports().get("pruned")).isEqualTo((double) before);
    assertThat(Links.perGroup(trial.network(), GRID)).isEqualTo(Links.budget(GRID, FRACTIONS));
  }

  @Test
  void regrowthDrawsUniformlyAmongTheFreeCandidatesOfTheSameGroup() {
    // Row of three tiles: tile 1 reaches tiles 0 and 2 at distance 1, 16 candidate links, budget
    // 4; tiles 0 and 2 are 5 hops apart (same row, m = 2) and get no links.
    MosaicGrid row = new MosaicGrid(1, 3, 8, 2);
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(row.layout());
    Sparsifier sparsifier =
        new RoutingAwareDeepRProvider()
            .create(
                new RoutingAwareConfig(HopProfile.of(Map.of(1, 0.25)), 1, 0.1, 2.0, false, null),
                KitBuildContext.of(1, Path.of(".")).withTarget(row));
    KitRewiringContext context = new KitRewiringContext(row, 8);
    sparsifier.initialize(network, context);
    int[] drawn = new int[row.neurons() * row.cores()];
    int epochs = 400;
    for (int e = 0; e < epochs; e++) {
      zeroAllWeights(network);
      sparsifier.afterEpoch(network, context);
      for (int link : Links.active(network, row)) {
        drawn[link]++;
      }
    }
    for (int i = 0; i < row.neurons(); i++) {
      for (int t = 0; t < row.cores(); t++) {
        int tile = i / 8;
        int count = drawn[i * row.cores() + t];
        if (t != tile && row.distance(tile, t) == 1) {
          // Expected 400 * 4 / 16 = 100 per link (tile 1) or 400 * 2 / 8 = 100 (tiles 0, 2);
          // the standard deviation is under 9, so 5 sigma is 45.
          assertThat(count).as("link %d -> tile %d", i, t).isBetween(55, 145);
        } else {
          assertThat(count).as("link %d -> tile %d", i, t).isZero();
        }
      }
    }
  }

  @Test
  void aLinkIsJudgedOverItsAllowedSynapsesOnly() {
    // Neuron 8 (tile 1) may reach only neurons 6 and 7 of tile 0; input tile 0 has no recurrence
    // inside its own block. With every distance-1 link on, link 8 -> tile 0 exists and holds two
    // synapses: two strong weights meet prune_count 2 and keep it.
    int size = GRID.tileSize();
    ArraySparseNetwork network =
        new ArraySparseNetwork(
            GRID.layout(),
            (pre, post) ->
                !(pre < size && post < size)
                    && !(pre == 8 && post < 6)
                    && !(pre >= 68 && post >= 68));
    Sparsifier sparsifier =
        routingAware(new RoutingAwareConfig(HopProfile.parse("1:1.0"), 2, 0.1, 2.0, true, null));
    KitRewiringContext context = new KitRewiringContext(GRID, 9);
    sparsifier.initialize(network, context);
    for (int j = 0; j < size; j++) {
      assertThat(network.active(8, j)).isEqualTo(j >= 6);
      assertThat(network.active(0, j)).isFalse();
    }
    zeroAllWeights(network);
    network.setWeight(8, 6, 0.5f);
    network.setWeight(8, 7, -0.5f);
    sparsifier.afterEpoch(network, context);
    assertThat(network.weight(8, 6)).isEqualTo(0.5f);
    assertThat(network.weight(8, 7)).isEqualTo(-0.5f);
    assertThat(Math.abs(network.weight(9, 0))).as("pruned and regrown fresh").isGreaterThan(0.09f);
    network.forEachActive((pre, post, w) -> assertThat(network.allowed(pre, post)).isTrue());
  }

  @Test
  void aProfileAtADistanceTheTargetLacksIsRejected() {
    RoutingAwareConfig even =
        new RoutingAwareConfig(HopProfile.parse("1:0.5,2:0.3"), 20, 0.1, 2.0, true, null);
    assertThatThrownBy(() -> routingAware(even))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("2 hops")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("profile.2");
  }

  @Test
  void theFixedProfileDrawsTheSameBudgetsAndNeverRewires() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(GRID.layout());
    Sparsifier fixed =
        new FixedProfileProvider()
            .create(
                new FixedProfileConfig(PROFILE, 0.1, 2.0),
                KitBuildContext.of(1, Path.of(".")).withTarget(GRID));
    KitRewiringContext context = new KitRewiringContext(GRID, 3);
    fixed.initialize(network, context);
    List<Integer> initial = Links.active(network, GRID);
    assertThat(Links.perGroup(network, GRID)).isEqualTo(Links.budget(GRID, FRACTIONS));
    zeroAllWeights(network);
    fixed.afterEpoch(network, context);
    assertThat(Links.active(network, GRID)).isEqualTo(initial);
    assertThat(context.reports()).containsKeys("links_d1", "links_d3", "synapses");
  }
}
