package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.random.RandomGenerator;
import org.rewire.api.ChipConstraints;
import org.rewire.api.HardwareTarget;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.MappingReport;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;

/**
 * Constraint-aware DeepR: Bellec et al.'s deep rewiring (paper section 3: fixed signs, a parameter
 * {@code theta} per synapse, L1 and noise, dormant synapses replaced by random ones, K active at
 * all times) on any {@link HardwareTarget}, keeping the network inside the target's constraints
 * after initialisation and after every rewiring:
 *
 * <ul>
 *   <li>the caps of {@link HardwareTarget#constraints()} (per-neuron fan-out and fan-in in synapses
 *       and in cores, per-core sources) are held as budgets: a synapse is drawn, at initialisation
 *       and in regrowth, only when it keeps every cap ({@link CapBudgets}), so they never break;
 *   <li>everything else the chip limits (router ports, tables, memories) is checked by mapping the
 *       network after the pass; each violation's blamed synapses ({@link ViolationRepair}: the
 *       weakest, as many as its load unit needs) are removed, barred from regrowth for the rest of
 *       the pass, and as many synapses are regrown elsewhere; up to {@code repair_rounds} times,
 *       then the blamed synapses are only removed, so the pass ends mappable.
 * </ul>
 *
 * The budget K (global, or per source core) counts synapses the caps admit; a synapse removed by a
 * repair that could not be regrown leaves its group short until a later rewiring finds room ({@code
 * unmet_budget}). With an unconstrained target that maps everything, it is DeepR over the allowed
 * synapses.
 *
 * <p>Reports per epoch: {@code synapses}, {@code pruned} and {@code regrown} (by the DeepR rule),
 * {@code repaired} (synapses removed for violations), {@code mapping_attempts}, {@code
 * unmappable_after_repair} (violations left by the last pass, 0 when it maps) and {@code
 * unmet_budget}. Its checkpoint state is the signs and each group's shortfall.
 */
final class ConstrainedDeepR implements ResumableSparsifier {
  /** Draws tried by rejection before a regrowth scans the whole pool. */
  private static final int REJECTION_TRIES = 32;

  private final ConstrainedDeepRConfig config;
  private final ActiveSynapses snapshot = new ActiveSynapses();
  private final EpochTally tally = new EpochTally();
  private int n;
  private int[] coreOf;
  private byte[] sign;
  private int[][] pools;
  private int[] budget;
  private int[] deficit;
  private CapBudgets caps;
  private boolean[] blocked;
  private int[] blockedList;
  private int blockedCount;
  private int epoch = Integer.MIN_VALUE;
  private long repaired;
  private long maps;
  private long unmappable;

  ConstrainedDeepR(ConstrainedDeepRConfig config) {
    this.config = config;
  }

  @Override
  public void initialize(SparseNetwork network, RewiringContext context) {
    RandomGenerator random = context.random();
    setUp(network, context.target(), SynapseSigns.draw(network, random));
    snapshot.deactivateAll(network);
    caps.recount(network);
    for (int g = 0; g < pools.length; g++) {
      deficit[g] = budget[g] - grow(network, g, budget[g], random, true);
    }
    startEpoch(context);
    settle(network, context);
    tally.add(context, 0, 0);
    report(network, context);
  }

  @Override
  public void afterStep(SparseNetwork network, RewiringContext context) {
    if (config.rewire() == ConstrainedDeepRConfig.Rewire.STEP) {
      rewire(network, context);
      report(network, context);
    }
  }

  @Override
  public void afterEpoch(SparseNetwork network, RewiringContext context) {
    if (config.rewire() == ConstrainedDeepRConfig.Rewire.EPOCH) {
      rewire(network, context);
    }
    report(network, context);
  }

  /** Writes the signs, then each group's shortfall. */
  @Override
  public void saveState(DataOutput out) throws IOException {
    SynapseSigns.write(out, n, sign);
    out.writeInt(deficit.length);
    for (int d : deficit) {
      out.writeInt(d);
    }
  }

  @Override
  public void restoreState(SparseNetwork network, RewiringContext context, DataInput in)
      throws IOException {
    setUp(network, context.target(), SynapseSigns.read(in, network, "constrained-deepr"));
    int groups = in.readInt();
    if (groups != deficit.length) {
      throw new IOException("state holds " + groups + " groups, expected " + deficit.length);
    }
    for (int g = 0; g < groups; g++) {
      deficit[g] = in.readInt();
    }
    caps.recount(network);
  }

  /** One DeepR pass: the parameter rule, dormant synapses replaced, then mapped and repaired. */
  private void rewire(SparseNetwork network, RewiringContext context) {
    startEpoch(context);
    RandomGenerator random = context.random();
    double eta = context.learningRate();
    long dormant =
        ParameterRule.apply(
            network,
            snapshot,
            sign,
            eta,
            config.l1(),
            config.temperatureAt(eta),
            random,
            (pre, post) -> remove(network, pre, post));
    long regrown = regrowDeficits(network, random);
    tally.add(context, dormant, regrown);
    settle(network, context);
  }

  /**
   * Maps the network and repairs what the mapping blames until it maps: removes the chosen
   * synapses, bars them for this pass, regrows as many elsewhere (at most {@code repair_rounds}
   * times), maps again.
   */
  private void settle(SparseNetwork network, RewiringContext context) {
    HardwareTarget target = context.target();
    RandomGenerator random = context.random();
    MappingReport report = target.map(network.connectivity(), network.inputWeights());
    maps++;
    int rounds = 0;
    while (!report.mappable()) {
      long[] chosen = ViolationRepair.choose(report, network);
      int removed = 0;
      for (long synapse : chosen) {
        int pre = ViolationRepair.pre(synapse);
        int post = ViolationRepair.post(synapse);
        if (network.active(pre, post)) {
          remove(network, pre, post);
          block(pre * n + post);
          removed++;
        }
      }
      repaired += removed;
      if (removed == 0) {
        break; // the violations blame nothing that can go: the chip is not fit for the network
      }
      if (rounds < config.repairRounds()) {
        regrowDeficits(network, random);
        rounds++;
      }
      report = target.map(network.connectivity(), network.inputWeights());
      maps++;
    }
    unmappable = report.violations().size();
    clearBlocked();
  }

  /** Brings every group back towards its budget; returns how many synapses were drawn. */
  private long regrowDeficits(SparseNetwork network, RandomGenerator random) {
    long drawn = 0;
    for (int g = 0; g < pools.length; g++) {
      if (deficit[g] > 0) {
        int got = grow(network, g, deficit[g], random, false);
        deficit[g] -= got;
        drawn += got;
      }
    }
    return drawn;
  }

  /**
   * Activates up to {@code count} synapses of group {@code g}, each uniform among the group's
   * inactive synapses that keep every cap and are not barred: by rejection first, then, when that
   * keeps failing, by a scan of the pool in random order. Returns how many.
   */
  private int grow(SparseNetwork network, int g, int count, RandomGenerator random, boolean fresh) {
    int[] pool = pools[g];
    int got = 0;
    while (got < count && pool.length > 0) {
      int pick = -1;
      for (int t = 0; t < REJECTION_TRIES && pick < 0; t++) {
        int k = pool[random.nextInt(pool.length)];
        if (open(network, k)) {
          pick = k;
        }
      }
      if (pick < 0) {
        return got + growByScan(network, pool, count - got, random, fresh);
      }
      add(network, pick, random, fresh);
      got++;
    }
    return got;
  }

  /** Scans {@code pool} in a uniformly random order, activating open synapses as it meets them. */
  private int growByScan(
      SparseNetwork network, int[] pool, int count, RandomGenerator random, boolean fresh) {
    int[] order = pool.clone();
    int got = 0;
    for (int k = 0; k < order.length && got < count; k++) {
      int pick = k + random.nextInt(order.length - k);
      int synapse = order[pick];
      order[pick] = order[k];
      order[k] = synapse;
      if (open(network, synapse)) {
        add(network, synapse, random, fresh);
        got++;
      }
    }
    return got;
  }

  private boolean open(SparseNetwork network, int k) {
    int pre = k / n;
    int post = k % n;
    return !blocked[k] && !network.active(pre, post) && caps.admits(pre, post);
  }

  private void add(SparseNetwork network, int k, RandomGenerator random, boolean fresh) {
    int pre = k / n;
    int post = k % n;
    float magnitude =
        fresh
            ? (float) Math.max(Math.abs(config.initStd() * random.nextGaussian()), Float.MIN_NORMAL)
            : DeepR.REBORN_THETA;
    network.activate(pre, post, magnitude * sign[k]);
    caps.activate(pre, post);
  }

  private void remove(SparseNetwork network, int pre, int post) {
    network.deactivate(pre, post);
    caps.deactivate(pre, post);
    deficit[group(pre)]++;
  }

  private void block(int k) {
    if (!blocked[k]) {
      blocked[k] = true;
      if (blockedCount == blockedList.length) {
        blockedList = java.util.Arrays.copyOf(blockedList, Math.max(16, 2 * blockedCount));
      }
      blockedList[blockedCount++] = k;
    }
  }

  private void clearBlocked() {
    for (int i = 0; i < blockedCount; i++) {
      blocked[blockedList[i]] = false;
    }
    blockedCount = 0;
  }

  private int group(int pre) {
    return config.scope() == ConstrainedDeepRConfig.Scope.GLOBAL ? 0 : coreOf[pre];
  }

  /**
   * Takes the signs, builds each group's pool of allowed synapses and its budget.
   *
   * @throws InvalidConfigException naming {@code budget} when the caps cannot admit it
   */
  private void setUp(SparseNetwork network, HardwareTarget target, byte[] signs) {
    n = network.neurons();
    coreOf = LinkGroups.coresOf(network.layout());
    int cores = network.layout().cores();
    sign = signs;
    ChipConstraints constraints = target.constraints();
    caps = new CapBudgets(network.layout(), constraints);
    int groups = config.scope() == ConstrainedDeepRConfig.Scope.GLOBAL ? 1 : cores;
    int[] size = new int[groups];
    long[] out = new long[n];
    long[] in = new long[n];
    long[] intra = new long[cores];
    long[] cross = new long[cores];
    for (int k = 0; k < n * n; k++) {
      if (sign[k] != 0) {
        int pre = k / n;
        int post = k % n;
        size[group(pre)]++;
        out[pre]++;
        in[post]++;
        if (coreOf[pre] == coreOf[post]) {
          intra[coreOf[post]]++;
        } else {
          cross[coreOf[post]]++;
        }
      }
    }
    pools = new int[groups][];
    for (int g = 0; g < groups; g++) {
      pools[g] = new int[size[g]];
      size[g] = 0;
    }
    for (int k = 0; k < n * n; k++) {
      if (sign[k] != 0) {
        int g = group(k / n);
        pools[g][size[g]++] = k;
      }
    }
    budget = budgets(constraints, out, in, intra, cross, groups);
    deficit = new int[groups];
    blocked = new boolean[n * n];
    blockedList = new int[16];
  }

  private int[] budgets(
      ChipConstraints constraints, long[] out, long[] in, long[] intra, long[] cross, int groups) {
    long admitted = caps.admittedBound(out, in, intra, cross);
    int[] k = new int[groups];
    if (config.budget() != null) {
      if (config.budget() > admitted) {
        throw new InvalidConfigException(
            "budget",
            "the target's caps admit at most "
                + admitted
                + " synapses ("
                + describe(constraints)
                + "), got "
                + config.budget());
      }
      k[0] = config.budget();
      return k;
    }
    if (groups == 1) {
      k[0] = (int) Math.rint(config.connectivity() * admitted);
      return k;
    }
    long[] perGroup = new long[groups];
    int fanOut = constraints.perNeuron().fanOut();
    for (int i = 0; i < n; i++) {
      perGroup[coreOf[i]] += Math.min(fanOut, out[i]);
    }
    for (int g = 0; g < groups; g++) {
      k[g] = (int) Math.rint(config.connectivity() * perGroup[g]);
    }
    return k;
  }

  private static String describe(ChipConstraints c) {
    StringBuilder s = new StringBuilder();
    cap(s, "fan_out", c.perNeuron().fanOut());
    cap(s, "fan_out_cores", c.perNeuron().fanOutCores());
    cap(s, "fan_in", c.perNeuron().fanIn());
    cap(s, "fan_in_cores", c.perNeuron().fanInCores());
    cap(s, "core_sources", c.perCore().sources());
    return s.length() == 0 ? "no caps: every allowed synapse" : s.toString();
  }

  private static void cap(StringBuilder s, String name, int value) {
    if (value != org.rewire.api.NeuronLimits.UNLIMITED) {
      s.append(s.length() == 0 ? "" : ", ").append(name).append(' ').append(value);
    }
  }

  private void startEpoch(RewiringContext context) {
    if (context.epoch() != epoch) {
      epoch = context.epoch();
      repaired = 0;
      maps = 0;
    }
  }

  private void report(SparseNetwork network, RewiringContext context) {
    tally.report(context);
    context.report("synapses", network.activeCount());
    context.report("repaired", repaired);
    context.report("mapping_attempts", maps);
    context.report("unmappable_after_repair", unmappable);
    long shortfall = 0;
    for (int d : deficit) {
      shortfall += d;
    }
    context.report("unmet_budget", shortfall);
  }
}
