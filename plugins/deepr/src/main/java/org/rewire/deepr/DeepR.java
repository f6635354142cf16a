package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.random.RandomGenerator;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;

/**
 * Deep rewiring (Bellec et al. 2018; paper section 3), routing-unaware: every allowed synapse k has
 * a sign {@code s_k}, drawn once and fixed, and a parameter {@code theta_k}; it is active iff
 * {@code theta_k > 0}, with weight {@code s_k * theta_k}. Exactly K synapses (with {@code scope:
 * block}, exactly each block's K) are active after initialisation and after every step.
 *
 * <p>The engine applies its optimizer (Adam) to the active weights; {@link #afterStep} then reads
 * {@code theta_k = s_k * w_k} for each active synapse (so the rule applies to Adam's update, as the
 * paper says) and adds the L1 and noise terms: {@code theta_k -= eta * l1}, {@code theta_k +=
 * sqrt(2 eta T) N(0,1)}, eta the step's learning rate. Synapses with {@code theta_k <= 0} turn
 * dormant (deactivated, optimizer state dropped); as many dormant synapses, drawn uniformly among
 * all dormant ones of the same budget scope (just-deactivated ones included, as in the official
 * code), turn active with {@code theta = 0+}, which the official code takes as {@code epsilon =
 * 1e-12}: their weight is {@code s_k * 1e-12}, next to nothing until updates move it, and the next
 * step keeps them only if it leaves {@code theta > 0}.
 *
 * <p>Reports per epoch: {@code pruned} (synapses turned dormant), {@code regrown} (reactivated),
 * {@code synapses} (K).
 *
 * <p>With {@code repair_after: E} it is the train-then-repair baseline: after epoch E the network
 * is mapped on the target and the synapses each violation blames are removed, the weakest first
 * ({@link ViolationRepair}), mapping again until it maps or nothing more is blamed; later epochs
 * fine-tune the remaining synapses with the structure frozen. Reports {@code repaired} (synapses
 * removed) and {@code unmappable_after_repair} (1 when violations remain).
 *
 * <p>Its checkpoint state is the fixed signs, one bit per synapse; the candidate pools follow from
 * them and the layout (whether the structure is frozen follows from the epoch).
 */
final class DeepR implements ResumableSparsifier {
  /** The parameter of a reactivated synapse, the official code's {@code epsilon}. */
  static final float REBORN_THETA = 1e-12f;

  private final DeepRConfig config;
  private final ActiveSynapses snapshot = new ActiveSynapses();
  private final EpochTally tally = new EpochTally();
  private int n;
  private int cores;
  private int[] coreOf;
  private byte[] sign;
  private int[][] candidates;
  private int[] dormant;

  DeepR(DeepRConfig config) {
    this.config = config;
  }

  @Override
  public void initialize(SparseNetwork network, RewiringContext context) {
    RandomGenerator random = context.random();
    byte[] signs = SynapseSigns.draw(network, random);
    setUp(network, signs);
    snapshot.deactivateAll(network);
    for (int b = 0; b < candidates.length; b++) {
      activateInitial(network, candidates[b], budget(b), random);
    }
    tally.add(context, 0, 0);
    report(network, context);
  }

  /** Writes the signs, one bit per (pre, post) in row-major order: set for +1. */
  @Override
  public void saveState(DataOutput out) throws IOException {
    SynapseSigns.write(out, n, sign);
  }

  @Override
  public void restoreState(SparseNetwork network, RewiringContext context, DataInput in)
      throws IOException {
    setUp(network, SynapseSigns.read(in, network, "DeepR"));
  }

  /** Takes the signs (0 where not allowed) and builds each budget block's candidate pool. */
  private void setUp(SparseNetwork network, byte[] signs) {
    Layout layout = network.layout();
    n = network.neurons();
    cores = layout.cores();
    coreOf = LinkGroups.coresOf(layout);
    sign = signs;
    int blocks = config.scope() == DeepRConfig.Scope.GLOBAL ? 1 : cores * cores;
    int[] size = new int[blocks];
    for (int k = 0; k < n * n; k++) {
      if (sign[k] != 0) {
        size[block(k / n, k % n)]++;
      }
    }
    candidates = new int[blocks][];
    for (int b = 0; b < blocks; b++) {
      candidates[b] = new int[size[b]];
      size[b] = 0;
    }
    for (int k = 0; k < n * n; k++) {
      if (sign[k] != 0) {
        int b = block(k / n, k % n);
        candidates[b][size[b]++] = k;
      }
    }
    dormant = new int[blocks];
  }

  @Override
  public void afterStep(SparseNetwork network, RewiringContext context) {
    if (config.frozenIn(context.epoch())) {
      report(network, context);
      return;
    }
    RandomGenerator random = context.random();
    double eta = context.learningRate();
    long turnedDormant =
        ParameterRule.apply(
            network,
            snapshot,
            sign,
            eta,
            config.l1(),
            config.temperatureAt(eta),
            random,
            (pre, post) -> {
              network.deactivate(pre, post);
              dormant[block(pre, post)]++;
            });
    for (int b = 0; b < dormant.length; b++) {
      reactivate(network, candidates[b], dormant[b], random);
      dormant[b] = 0;
    }
    tally.add(context, turnedDormant, turnedDormant);
    report(network, context);
  }

  /** After epoch {@code repair_after}: removes what the mapping blames until the network maps. */
  @Override
  public void afterEpoch(SparseNetwork network, RewiringContext context) {
    if (config.repairAfter() == null || context.epoch() + 1 != config.repairAfter()) {
      return;
    }
    long removed = 0;
    MappingReport report = context.target().map(network.connectivity(), network.inputWeights());
    while (!report.mappable()) {
      long[] chosen = ViolationRepair.choose(report, network);
      if (chosen.length == 0) {
        break;
      }
      for (long synapse : chosen) {
        network.deactivate(ViolationRepair.pre(synapse), ViolationRepair.post(synapse));
      }
      removed += chosen.length;
      report = context.target().map(network.connectivity(), network.inputWeights());
    }
    report(network, context);
    context.report("repaired", removed);
    context.report("unmappable_after_repair", report.mappable() ? 0 : 1);
  }

  private int block(int pre, int post) {
    return config.scope() == DeepRConfig.Scope.GLOBAL ? 0 : coreOf[pre] * cores + coreOf[post];
  }

  private int budget(int b) {
    int allowed = candidates[b].length;
    if (config.budget() != null) {
      if (config.budget() > allowed) {
        throw new InvalidConfigException(
            "budget",
            "must be at most the " + allowed + " allowed synapses, got " + config.budget());
      }
      return config.budget();
    }
    return (int) Math.rint(config.connectivity() * allowed);
  }

  private void activateInitial(
      SparseNetwork network, int[] pool, int count, RandomGenerator random) {
    int[] order = pool.clone();
    for (int k = 0; k < count; k++) {
      int pick = k + random.nextInt(order.length - k);
      int synapse = order[pick];
      order[pick] = order[k];
      double magnitude = Math.abs(config.initStd() * random.nextGaussian());
      // |N(0, std)| is 0 with probability 0, but a zero would start the synapse dormant-by-value.
      float w = (float) Math.max(magnitude, Float.MIN_NORMAL) * sign[synapse];
      network.activate(synapse / n, synapse % n, w);
    }
  }

  /**
   * Activates {@code count} synapses drawn uniformly among the inactive ones of {@code pool}, by
   * rejection: each try is uniform over the pool, so an accepted one is uniform over its inactive
   * part. Cheap while the pool is sparse (DeepR's regime); at connectivity near 1 it takes about
   * {@code pool / inactive} tries per draw.
   */
  private void reactivate(SparseNetwork network, int[] pool, int count, RandomGenerator random) {
    for (int c = 0; c < count; c++) {
      int synapse;
      do {
        synapse = pool[random.nextInt(pool.length)];
      } while (network.active(synapse / n, synapse % n));
      network.activate(synapse / n, synapse % n, REBORN_THETA * sign[synapse]);
    }
  }

  private void report(SparseNetwork network, RewiringContext context) {
    tally.report(context);
    context.report("synapses", network.activeCount());
    if (config.repairAfter() != null) { // every row has the columns; the repair epoch's hold it
      context.report("repaired", 0);
      context.report("unmappable_after_repair", 0);
    }
  }
}
