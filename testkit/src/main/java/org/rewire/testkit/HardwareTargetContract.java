package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;

/**
 * The contract every {@link HardwareTarget} plugin must meet. Extend it in your plugin's tests and
 * supply the provider and a representative config.
 *
 * @param <C> the provider's config record
 */
public abstract class HardwareTargetContract<C> extends ProviderContract<C> {

  /** The provider under test. */
  @Override
  protected abstract HardwareTargetProvider<C> provider();

  /** A valid, representative config (small enough to map in milliseconds). */
  @Override
  protected abstract C config();

  /** A hop profile this target's {@link HardwareTarget#estimate} should accept. */
  protected HopProfile profile() {
    return HopProfile.parse("1:0.5");
  }

  /** The target built from {@link #config()} in a context of seed {@code seed}. */
  protected HardwareTarget target(long seed) {
    return provider().create(config(), KitBuildContext.of(seed, folder));
  }

  /** A random network of density {@code p} over the target's layout, from {@code seed}. */
  protected static Connectivity randomNetwork(Layout layout, double p, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Connectivity.Builder b = new Connectivity.Builder(layout.neurons());
    for (int i = 0; i < layout.neurons(); i++) {
      for (int j = 0; j < layout.neurons(); j++) {
        if (random.nextDouble() < p) {
          b.add(i, j);
        }
      }
    }
    return b.build();
  }

  @Test
  void layoutIsConsistent() {
    Layout layout = target(1).layout();
    assertThat(layout.neurons()).isPositive();
    assertThat(layout.cores()).isPositive();
    assertThat(layout.outputNeurons().length)
        .as("enough output neurons for the 10 classes of the build context")
        .isGreaterThanOrEqualTo(10);
    int total = 0;
    for (int c = 0; c < layout.cores(); c++) {
      total += layout.coreSize(c);
    }
    assertThat(total).isEqualTo(layout.neurons());
    assertThat(target(2).layout()).isEqualTo(layout);
  }

  @Test
  void distanceIsZeroOnTheDiagonalAndNonNegative() {
    HardwareTarget target = target(1);
    int cores = target.layout().cores();
    for (int a = 0; a < cores; a++) {
      for (int b = 0; b < cores; b++) {
        int d = target.distance(a, b);
        assertThat(d).as("distance(%d, %d)", a, b).isNotNegative();
        if (a == b) {
          assertThat(d).isZero();
        }
      }
    }
  }

  @Test
  void mappingIsDeterministicAndCountsTheNetwork() {
    HardwareTarget target = target(1);
    Connectivity network = randomNetwork(target.layout(), 0.05, 7);
    MappingReport report = target.map(network);
    assertThat(target.map(network)).isEqualTo(report);
    assertThat(report.target()).isEqualTo(provider().type());
    assertThat(report.neurons()).isEqualTo(target.layout().neurons());
    assertThat(report.synapses()).isEqualTo(network.synapses());
    assertThat(report.totalMemory()).isNotNegative();
    assertThat(report.elements()).isNotEmpty();
    assertThat(report.mappable()).isEqualTo(report.violations().isEmpty());
  }

  @Test
  void anEmptyNetworkNeedsNoMoreThanAFullOne() {
    HardwareTarget target = target(1);
    Connectivity empty = new Connectivity.Builder(target.layout().neurons()).build();
    MappingReport none = target.map(empty);
    MappingReport some = target.map(randomNetwork(target.layout(), 0.2, 3));
    assertThat(none.links()).isZero();
    assertThat(none.totalMemory()).isLessThanOrEqualTo(some.totalMemory());
  }

  @Test
  void aNetworkOfTheWrongSizeIsRejected() {
    HardwareTarget target = target(1);
    Connectivity wrong = new Connectivity.Builder(target.layout().neurons() + 1).build();
    assertThatThrownBy(() -> target.map(wrong)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mappingFromSeveralThreadsGivesTheSameReport() throws Exception {
    HardwareTarget target = target(1);
    Connectivity network = randomNetwork(target.layout(), 0.05, 11);
    MappingReport expected = target.map(network);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<MappingReport>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> target.map(network)));
      }
      for (Future<MappingReport> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void estimateIsDeterministicForASeed() {
    HardwareTarget target = target(1);
    MemoryEstimate a = target.estimate(profile(), 3, 42);
    assertThat(target.estimate(profile(), 3, 42)).isEqualTo(a);
    assertThat(a.samples()).isEqualTo(3);
    assertThat(a.seed()).isEqualTo(42);
    assertThat(a.total().mean()).isNotNegative();
    assertThat(a.mappableFraction()).isBetween(0.0, 1.0);
  }
}
