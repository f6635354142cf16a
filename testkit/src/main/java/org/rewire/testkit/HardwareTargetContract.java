package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rewire.api.Capacity;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.NeuronModelSpec;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

/**
 * The contract every {@link HardwareTarget} plugin must meet. Extend it in your plugin's tests and
 * supply the provider and a representative config.
 *
 * <p>What it checks: the layout and the {@link HardwareTarget#constraints() constraints} agree;
 * mapping is deterministic, thread-safe and counts the network; every exceeded capacity of an
 * element is a violation with its figures, and no capacity within its limit is one (a violation may
 * also name what no element lists, such as a neuron's fan-out); each violation blames synapses of
 * the network, as many as its load where its {@link Violation.LoadUnit} says so, and removing them
 * removes it; for a {@link HopTarget}, distances and estimates. The violation checks run on {@link
 * #overloadedNetwork} and are skipped (aborted) when it maps without violations.
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

  /** A hop profile this target's {@link HopTarget#estimate} should accept. */
  protected HopProfile profile() {
    return HopProfile.parse("1:0.5");
  }

  /**
   * The classes of the dataset the build context declares; the target must read out at least that
   * many outputs. Default 10; a chip with fewer output neurons (a Xylo-class chip has 8) overrides
   * it.
   */
  protected int classes() {
    return 10;
  }

  /** The target built from {@link #config()} in a context of seed {@code seed}. */
  protected HardwareTarget target(long seed) {
    return provider().create(config(), KitBuildContext.of(seed, folder, classes()));
  }

  /**
   * A network that exceeds some capacity of the target, for the violation checks; default a random
   * network of density 0.5. Override it when that maps on your chip but another network does not.
   */
  protected Connectivity overloadedNetwork(HardwareTarget target) {
    return randomNetwork(target.layout(), 0.5, 5);
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
        .as("enough output neurons for the %d classes of the build context", classes())
        .isGreaterThanOrEqualTo(classes());
    int total = 0;
    for (int c = 0; c < layout.cores(); c++) {
      total += layout.coreSize(c);
    }
    assertThat(total).isEqualTo(layout.neurons());
    assertThat(target(2).layout()).isEqualTo(layout);
  }

  @Test
  void constraintsAgreeWithTheLayout() {
    HardwareTarget target = target(1);
    ChipConstraints constraints = target.constraints();
    assertThat(constraints).as("constraints()").isNotNull();
    assertThat(constraints.conflictsWith(target.layout()))
        .as("the layout holds no more neurons of a role than the constraints allow")
        .isEmpty();
    assertThat(target(2).constraints())
        .as("the same config states the same")
        .isEqualTo(constraints);
    for (NeuronModelSpec model : constraints.neuronModels()) {
      assertThat(model.name())
          .as("neuron model names are as model.neuron spells them")
          .matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }
  }

  @Test
  void distanceIsZeroOnTheDiagonalAndNonNegative() {
    HardwareTarget plain = target(1);
    Assumptions.assumeTrue(plain instanceof HopTarget, "not a HopTarget: the chip has no hops");
    HopTarget target = (HopTarget) plain;
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
  void theInputWeightsDoNotChangeTheMappingOfATargetThatIgnoresThem() {
    HardwareTarget target = target(1);
    Connectivity network = randomNetwork(target.layout(), 0.05, 13);
    assertThat(target.map(network, InputWeights.none())).isEqualTo(target.map(network));
  }

  @Test
  void violationsAreTheExceededCapacities() {
    HardwareTarget target = target(1);
    MappingReport report = target.map(overloadedNetwork(target));
    Map<String, Violation> byKey = new TreeMap<>();
    for (Violation v : report.violations()) {
      assertThat(byKey.put(v.key(), v)).as("violation %s listed twice", v.key()).isNull();
    }
    for (ElementUsage e : report.elements()) {
      for (Capacity c : e.capacities()) {
        Violation v = byKey.remove(e.id() + " " + c.name());
        if (c.exceeded()) {
          assertThat(v)
              .as("%s %s exceeds its limit but is no violation", e.id(), c.name())
              .isNotNull();
          assertThat(v.load()).as("%s load", v.key()).isEqualTo(c.used());
          assertThat(v.limit()).as("%s limit", v.key()).isEqualTo(c.limit());
          assertThat(v.unit()).as("%s unit", v.key()).isEqualTo(c.unit());
        } else {
          assertThat(v).as("%s %s is within its limit but a violation", e.id(), c.name()).isNull();
        }
      }
    }
    // Violations left name something no element lists (a neuron's fan-out, say): allowed.
  }

  @Test
  void violationsBlameSynapsesOfTheNetworkThatCarryTheirLoad() {
    HardwareTarget target = target(1);
    Connectivity network = overloadedNetwork(target);
    List<Violation> violations = target.map(network).violations();
    Assumptions.assumeFalse(violations.isEmpty(), "the overloaded network maps: nothing to check");
    for (Violation v : violations) {
      Connectivity blamed = v.blamed().toConnectivity();
      assertThat(blamed.synapses()).as("%s blames no synapse", v.key()).isPositive();
      v.blamed()
          .forEach(
              (pre, post) ->
                  assertThat(network.contains(pre, post))
                      .as("%s blames %d -> %d, which the network does not have", v.key(), pre, post)
                      .isTrue());
      switch (v.loadUnit()) {
        case SYNAPSES ->
            assertThat(v.blamed().count()).as("%s: load in synapses", v.key()).isEqualTo(v.load());
        case SOURCES ->
            assertThat((long) v.blamed().sources())
                .as("%s: load in sources", v.key())
                .isEqualTo(v.load());
        case OTHER -> {}
      }
    }
  }

  @Test
  void removingAViolationsBlamedSynapsesRemovesIt() {
    HardwareTarget target = target(1);
    Connectivity network = overloadedNetwork(target);
    List<Violation> violations = target.map(network).violations();
    Assumptions.assumeFalse(violations.isEmpty(), "the overloaded network maps: nothing to check");
    // Spread over the report, at most 8 remappings.
    int step = Math.max(1, violations.size() / 8);
    for (int k = 0; k < violations.size(); k += step) {
      Violation v = violations.get(k);
      Connectivity repaired = without(network, v.blamed());
      assertThat(target.map(repaired).violations())
          .as("after removing the %d synapses %s blames", v.blamed().count(), v.key())
          .noneMatch(left -> left.key().equals(v.key()));
      if (v.loadUnit() != Violation.LoadUnit.OTHER) {
        Connectivity enough = without(network, excessUnits(v));
        assertThat(target.map(enough).violations())
            .as("after removing %d %s of those %s blames", v.excess(), v.loadUnit(), v.key())
            .noneMatch(left -> left.key().equals(v.key()));
      }
    }
  }

  /** The first {@code excess} units of a violation's blamed synapses, as its load unit counts. */
  private static SynapseSet excessUnits(Violation v) {
    Connectivity blamed = v.blamed().toConnectivity();
    Connectivity.Builder b = new Connectivity.Builder(blamed.neurons());
    long[] taken = {0};
    int[] lastPre = {-1};
    v.blamed()
        .forEach(
            (pre, post) -> {
              boolean newUnit = v.loadUnit() == Violation.LoadUnit.SYNAPSES || pre != lastPre[0];
              if (newUnit) {
                taken[0]++;
                lastPre[0] = pre;
              }
              if (taken[0] <= v.excess()) {
                b.add(pre, post);
              }
            });
    return SynapseSet.of(b.build());
  }

  /** {@code network} without the synapses of {@code removed}. */
  protected static Connectivity without(Connectivity network, SynapseSet removed) {
    Connectivity.Builder b = new Connectivity.Builder(network.neurons());
    for (int i = 0; i < network.neurons(); i++) {
      for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
        if (!removed.contains(i, network.target(k))) {
          b.add(i, network.target(k));
        }
      }
    }
    return b.build();
  }

  @Test
  void estimateIsDeterministicForASeed() {
    HardwareTarget plain = target(1);
    Assumptions.assumeTrue(plain instanceof HopTarget, "not a HopTarget: the chip has no hops");
    HopTarget target = (HopTarget) plain;
    MemoryEstimate a = target.estimate(profile(), 3, 42);
    assertThat(target.estimate(profile(), 3, 42)).isEqualTo(a);
    assertThat(a.samples()).isEqualTo(3);
    assertThat(a.seed()).isEqualTo(42);
    assertThat(a.total().mean()).isNotNegative();
    assertThat(a.mappableFraction()).isBetween(0.0, 1.0);
  }
}
