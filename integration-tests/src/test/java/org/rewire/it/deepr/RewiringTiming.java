package org.rewire.it.deepr;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;
import org.rewire.deepr.DeepRConfig;
import org.rewire.deepr.DeepRProvider;
import org.rewire.deepr.MosaicBaselineConfig;
import org.rewire.deepr.MosaicBaselineProvider;
import org.rewire.deepr.RoutingAwareConfig;
import org.rewire.deepr.RoutingAwareDeepRProvider;
import org.rewire.testkit.ArraySparseNetwork;
import org.rewire.testkit.KitBuildContext;
import org.rewire.testkit.KitRewiringContext;

/**
 * Times one sparsifier pass on the case study's network (5 x 5 tiles of 32 = 800 neurons, 128 input
 * neurons on tiles 0-3 without recurrence inside their blocks, 10 outputs on the last tile without
 * recurrence among them). Not a test: run its {@code main} (see the README). The network is the
 * kit's dense-array double, whose {@code forEachActive} scans all N x N entries, so the figures
 * include that scan.
 */
public final class RewiringTiming {
  private static final MosaicGrid GRID = new MosaicGrid(5, 5, 32, 10);

  private RewiringTiming() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    time(
        "routing-aware-deepr afterEpoch (prune + regrow)",
        new RoutingAwareDeepRProvider(),
        new RoutingAwareConfig(HopProfile.parse("1:0.5,3:0.05"), 20, 0.1, 2.0, true, null),
        passes,
        Pass.EPOCH);
    time(
        "routing-aware-deepr afterEpoch, every link pruned",
        new RoutingAwareDeepRProvider(),
        new RoutingAwareConfig(HopProfile.parse("1:0.5,3:0.05"), 20, 0.1, 2.0, false, null),
        passes,
        Pass.EPOCH_ALL_WEAK);
    time(
        "deepr afterStep (connectivity 0.1)",
        new DeepRProvider(),
        new DeepRConfig(0.1, null, null, null, null, null),
        passes,
        Pass.STEP);
    time(
        "mosaic-baseline penalty + afterStep",
        new MosaicBaselineProvider(),
        new MosaicBaselineConfig(null, null, null, null, 0, null, null),
        passes,
        Pass.PENALTY_AND_STEP);
    timeMappingCheck(passes);
  }

  /**
   * What routing-aware DeepR's mapping check costs when the first draw maps: one connectivity
   * snapshot of the initialised network and one mapping on the real Mosaic case-study target.
   */
  private static void timeMappingCheck(int passes) {
    HardwareTarget chip = MappableRewiringOnMosaicTest.caseStudy();
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(chip.layout());
    MappableRewiringOnMosaicTest.routingAware(chip, 20)
        .initialize(network, new KitRewiringContext(chip, 1));
    double[] millis = new double[passes];
    for (int p = -10; p < passes; p++) {
      long start = System.nanoTime();
      boolean mappable = chip.map(network.connectivity()).mappable();
      long end = System.nanoTime();
      if (p >= 0) {
        millis[p] = (end - start) / 1e6;
      }
      if (!mappable) {
        throw new IllegalStateException("the initialised network does not map");
      }
    }
    Arrays.sort(millis);
    System.out.printf(
        "%-50s median %7.2f ms  max %7.2f ms  (%d passes; %d synapses)%n",
        "mapping check on mosaic (connectivity + map)",
        millis[passes / 2],
        millis[passes - 1],
        passes,
        network.activeCount());
  }

  private enum Pass {
    EPOCH,
    EPOCH_ALL_WEAK,
    STEP,
    PENALTY_AND_STEP
  }

  private static <C> void time(
      String what, SparsifierProvider<C> provider, C config, int passes, Pass pass) {
    int input = 128;
    int firstOutput = GRID.neurons() - GRID.outputs();
    ArraySparseNetwork network =
        new ArraySparseNetwork(
            GRID.layout(),
            (pre, post) ->
                !(pre < input && post < input && pre / 32 == post / 32)
                    && !(pre >= firstOutput && post >= firstOutput));
    Sparsifier sparsifier =
        provider.create(config, KitBuildContext.of(1, Path.of(".")).withTarget(GRID));
    KitRewiringContext context = new KitRewiringContext(GRID, 1);
    sparsifier.initialize(network, context);
    SplittableRandom random = new SplittableRandom(2);
    int warmup = 10;
    double[] millis = new double[passes];
    for (int p = -warmup; p < passes; p++) {
      // Training moves the weights between passes: here, a random walk that weakens some links.
      float keep = pass == Pass.EPOCH_ALL_WEAK ? 0f : 0.9f;
      float noise = pass == Pass.EPOCH_ALL_WEAK ? 0f : 0.02f;
      network.forEachActive(
          (pre, post, w) ->
              network.setWeight(pre, post, w * keep + noise * (float) random.nextGaussian()));
      network.forEachActive((pre, post, w) -> network.setGradient(pre, post, 0f));
      long start = System.nanoTime();
      switch (pass) {
        case EPOCH, EPOCH_ALL_WEAK -> sparsifier.afterEpoch(network, context);
        case STEP -> sparsifier.afterStep(network, context);
        case PENALTY_AND_STEP -> {
          sparsifier.penalty(network, context);
          sparsifier.afterStep(network, context);
        }
      }
      long end = System.nanoTime();
      if (p >= 0) {
        millis[p] = (end - start) / 1e6;
      }
      context.nextStep();
    }
    Arrays.sort(millis);
    System.out.printf(
        "%-50s median %7.2f ms  max %7.2f ms  (%d passes; %s)%n",
        what, millis[passes / 2], millis[passes - 1], passes, context.reports());
  }
}
