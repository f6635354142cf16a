package org.rewire.it.deepr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.MappingReport;
import org.rewire.api.NeuronLimits;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;
import org.rewire.it.BuiltInProviders;
import org.rewire.runtime.plugin.InstalledProvider;
import org.rewire.runtime.plugin.ProviderKind;
import org.rewire.testkit.ArraySparseNetwork;
import org.rewire.testkit.CappedGridTarget;
import org.rewire.testkit.KitBuildContext;
import org.rewire.testkit.KitRewiringContext;

/**
 * Constraint-aware DeepR ({@code constrained-deepr}) on every built-in target and on a chip whose
 * limits are per-neuron fan-out and per-core source tables (issue 16's walk-through: a 2 x 2 grid
 * of 64-neuron cores, fan-out 16, 128 sources per core): after initialisation and after every epoch
 * the network maps with zero violations and keeps every cap, rewiring every step or every epoch,
 * while training (here: random weight updates that turn synapses dormant) moves the weights.
 */
class ConstrainedDeepROnEveryTargetTest {
  static final int EPOCHS = 5;
  static final int STEPS = 6;

  /** The chip of the walk-through, with 10 class outputs. */
  static HardwareTarget cappedGrid() {
    return new CappedGridTarget(4, 64, 64, 10, 16, 128);
  }

  static Sparsifier constrained(HardwareTarget target, String yaml) {
    SparsifierProvider<Object> provider =
        BuiltInProviders.find(ProviderKind.SPARSIFIER, "constrained-deepr");
    return provider.create(
        BuiltInProviders.config(provider, yaml),
        KitBuildContext.of(1, Path.of(".")).withTarget(target));
  }

  /** Training between rewirings: moves every weight, so some cross zero and turn dormant. */
  static void train(ArraySparseNetwork network, SplittableRandom random) {
    network.forEachActive(
        (pre, post, w) -> network.setWeight(pre, post, w + 0.05f * (float) random.nextGaussian()));
  }

  /** What the network looked like after initialisation and after each epoch. */
  record Pass(MappingReport mapping, long synapses, double unmetBudget, boolean capsHeld) {}

  static List<Pass> run(HardwareTarget target, String yaml, long seed) {
    ArraySparseNetwork network = ArraySparseNetwork.paperModel(target.layout());
    Sparsifier sparsifier = constrained(target, yaml);
    KitRewiringContext context = new KitRewiringContext(target, seed);
    context.learningRate(0.01);
    SplittableRandom training = new SplittableRandom(seed + 1);
    List<Pass> passes = new ArrayList<>();
    sparsifier.initialize(network, context);
    for (int epoch = 0; ; epoch++) {
      Connectivity c = network.connectivity();
      passes.add(
          new Pass(
              target.map(c, network.inputWeights()),
              c.synapses(),
              context.reports().get("unmet_budget"),
              capsHeld(c, target.constraints())));
      if (epoch == EPOCHS) {
        return passes;
      }
      for (int s = 0; s < STEPS; s++) {
        train(network, training);
        sparsifier.afterStep(network, context);
        context.nextStep();
      }
      sparsifier.afterEpoch(network, context);
      context.nextEpoch();
    }
  }

  static boolean capsHeld(Connectivity c, ChipConstraints constraints) {
    NeuronLimits caps = constraints.perNeuron();
    for (int i = 0; i < c.neurons(); i++) {
      if (c.rowEnd(i) - c.rowStart(i) > caps.fanOut()) {
        return false;
      }
    }
    return true;
  }

  /** The targets Rewire ships (the test kit's and this module's test targets excluded). */
  static List<String> builtInTargets() {
    TreeSet<String> types = new TreeSet<>();
    for (InstalledProvider p : BuiltInProviders.REGISTRY.all()) {
      String pkg = p.provider().getClass().getPackageName();
      if (p.kind() == ProviderKind.TARGET
          && pkg.startsWith("org.rewire.")
          && !pkg.startsWith("org.rewire.it")
          && !pkg.startsWith("org.rewire.testkit")) {
        types.add(p.type());
      }
    }
    return List.copyOf(types);
  }

  @Test
  void onTheCappedGridEveryEpochMapsAndTheBudgetIsMet() {
    HardwareTarget chip = cappedGrid();
    for (String rewire : List.of("step", "epoch")) {
      List<Pass> passes = run(chip, "{connectivity: 0.8, rewire: " + rewire + "}", 3);
      // The caps admit 256 x 16 synapses less the structurally excluded ones; 80 % of that.
      long budget = passes.get(0).synapses();
      assertThat(budget).isBetween(3000L, 16L * 256);
      for (int e = 0; e <= EPOCHS; e++) {
        Pass p = passes.get(e);
        assertThat(p.mapping().violations()).as("rewire %s, after pass %d", rewire, e).isEmpty();
        assertThat(p.capsHeld()).as("fan-out held, pass %d", e).isTrue();
        assertThat(p.synapses()).as("the budget, pass %d", e).isEqualTo(budget);
        assertThat(p.unmetBudget()).isZero();
      }
    }
  }

  @Test
  void plainDeepRAtTheSameBudgetBreaksTheCapsThatConstrainedDeepRHolds() {
    HardwareTarget chip = cappedGrid();
    long budget = run(chip, "{connectivity: 0.8}", 3).get(0).synapses();
    SparsifierProvider<Object> deepr = BuiltInProviders.find(ProviderKind.SPARSIFIER, "deepr");
    Sparsifier plain =
        deepr.create(
            BuiltInProviders.config(deepr, "{budget: " + budget + "}"),
            KitBuildContext.of(1, Path.of(".")).withTarget(chip));
    ArraySparseNetwork network = ArraySparseNetwork.paperModel(chip.layout());
    plain.initialize(network, new KitRewiringContext(chip, 3));
    assertThat(chip.map(network.connectivity()).violations())
        .as("uniform DeepR overfills fan-outs and source tables")
        .isNotEmpty();
  }

  @Test
  void onEveryBuiltInTargetEveryEpochMapsWithZeroViolations() {
    List<String> targets = builtInTargets();
    assertThat(targets).contains("mosaic", "xylo-class");
    for (String type : targets) {
      HardwareTargetProvider<Object> provider = BuiltInProviders.find(ProviderKind.TARGET, type);
      // The whole chip of each, but a quarter of Xylo's hidden neurons (it reads out at most 8).
      String config = type.equals("xylo-class") ? "{hidden: 250, outputs: 8}" : "{}";
      HardwareTarget target =
          provider.create(
              BuiltInProviders.config(provider, config), KitBuildContext.of(1, Path.of(".")));
      List<Pass> passes = run(target, "{connectivity: 0.01}", 5);
      for (int e = 0; e <= EPOCHS; e++) {
        assertThat(passes.get(e).mapping().violations()).as("%s, after pass %d", type, e).isEmpty();
        assertThat(passes.get(e).synapses()).as("%s keeps a network", type).isPositive();
      }
    }
  }
}
