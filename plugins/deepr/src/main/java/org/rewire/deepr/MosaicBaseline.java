package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopTarget;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;

/**
 * The paper's "Baseline Mosaic" (section 4): dense training with a hop-weighted L2 penalty and
 * magnitude pruning. Every allowed synapse is active from the start and stays active; pruning sets
 * small weights to 0 but leaves them trainable, as the paper's code (a dense W whose zeroed entries
 * can grow back). What the network costs is what mapping its non-zero weights costs: the runtime
 * maps only synapses with a non-zero weight.
 *
 * <p>Penalty: {@code lambda_con * mean(M * W^2)} with {@code M_ij = min(exp(beta D(tile(i),
 * tile(j))) - 1, e^cap)}, 0 inside a tile. The mean runs over all entries of W (below), as the
 * code's {@code torch.mean} over the dense matrix: structurally excluded entries count as zeros in
 * the denominator. Its gradient {@code 2 lambda_con M_ij w_ij / entries} is added to each synapse.
 *
 * <p>W is the paper code's single {@code N x N} matrix, which holds the input weights (channel
 * {@code c}'s in row {@code inputNeurons[c]}, inside the input cores' diagonal blocks, which carry
 * no recurrence) as well as the recurrent ones: this sparsifier sees the input projection through
 * {@link SparseNetwork#inputWeights()}. Input weights cost nothing in the penalty ({@code M = 0}
 * inside a tile; with a dense projection they are not penalised either) but count in its mean.
 *
 * <p>After each optimizer step whose 0-based index is at least {@code prune_start_step}: weights of
 * W (input and recurrent) with {@code |w| < prune_threshold} become 0, then every weight of W is
 * clipped to {@code +-clip_std * std(W)}, std the sample standard deviation over all entries of W
 * (torch's default; {@link #entriesOfW}); when it is 0 (all entries equal) nothing is clipped.
 * Without the input weights in std(W), the bound shrinks below the surviving recurrent weights once
 * fewer than about 16 % of the entries are non-zero, and the network collapses (PAPER.md section
 * 7).
 *
 * <p>Reports per epoch: {@code pruned} (weights set to 0 during the epoch), {@code synapses}
 * (non-zero recurrent weights), {@code synapses_d<d>} (those d hops long), {@code input_weights}
 * (non-zero input weights) and {@code clip_bound} (the last step's bound).
 *
 * <p>It keeps no state beyond the network's weights and its config: resuming rebuilds the hop costs
 * and saves nothing.
 */
final class MosaicBaseline implements ResumableSparsifier {
  private final MosaicBaselineConfig config;
  private final ActiveSynapses snapshot = new ActiveSynapses();
  private final ActiveSynapses inputSnapshot = new ActiveSynapses();
  private final EpochTally tally = new EpochTally();
  private int cores;
  private int[] coreOf;
  private double[] cost;
  private int[] hops;
  private double entriesOfW;
  private float lastClipBound;

  MosaicBaseline(MosaicBaselineConfig config) {
    this.config = config;
  }

  @Override
  public void initialize(SparseNetwork network, RewiringContext context) {
    setUp(network, context.target());
    DenseSparsifier.activateAll(network, context.random(), config.initStd());
    tally.add(context, 0, 0);
    report(network, context);
  }

  @Override
  public void saveState(DataOutput out) {}

  @Override
  public void restoreState(SparseNetwork network, RewiringContext context, DataInput in) {
    setUp(network, context.target());
  }

  /** The hop cost of every (source core, target core) pair. */
  private void setUp(SparseNetwork network, HardwareTarget chip) {
    HopTarget target = HopTarget.require(chip, MosaicBaselineProvider.TYPE, "type");
    Layout layout = network.layout();
    cores = layout.cores();
    coreOf = LinkGroups.coresOf(layout);
    cost = new double[cores * cores];
    hops = new int[cores * cores];
    for (int s = 0; s < cores; s++) {
      for (int t = 0; t < cores; t++) {
        hops[s * cores + t] = s == t ? 0 : target.distance(s, t);
        cost[s * cores + t] = s == t ? 0 : config.hopCost(hops[s * cores + t]);
      }
    }
    entriesOfW = entriesOfW(network);
  }

  /**
   * The number of entries of the paper's W: {@code N x N}, plus each input synapse that has no
   * entry of its own there (one whose slot {@code (neuron(c), post)} could also hold a recurrent
   * synapse, or a dense projection's). With the paper's core projection every input synapse sits in
   * an input core's diagonal block, which holds no recurrence, so this is {@code N x N}.
   */
  static double entriesOfW(SparseNetwork network) {
    double n = network.neurons();
    long extra = 0;
    InputWeights inputs = network.inputWeights();
    for (int c = 0; c < inputs.channels(); c++) {
      int row = inputs.neuron(c);
      for (int post : inputs.targets(c)) {
        extra += row < 0 || network.allowed(row, post) ? 1 : 0;
      }
    }
    return n * n + extra;
  }

  @Override
  public double penalty(SparseNetwork network, RewiringContext context) {
    double scale = config.lambdaCon() / entriesOfW;
    double value = 0;
    snapshot.fill(network);
    for (int k = 0; k < snapshot.size(); k++) {
      double m = cost[coreOf[snapshot.pre(k)] * cores + coreOf[snapshot.post(k)]];
      if (m != 0) {
        double w = snapshot.weight(k);
        value += scale * m * w * w;
        network.addGradient(snapshot.pre(k), snapshot.post(k), (float) (2 * scale * m * w));
      }
    }
    return value;
  }

  @Override
  public void afterStep(SparseNetwork network, RewiringContext context) {
    long zeroed = 0;
    long nonZero = -1;
    if (context.step() >= config.pruneStartStep()) {
      float threshold = (float) config.pruneThreshold().doubleValue();
      WeightMoments moments = new WeightMoments();
      snapshot.fill(network);
      zeroed += prune(snapshot, network::setWeight, threshold, moments);
      nonZero = moments.nonZero;
      inputSnapshot.fill(network.inputWeights());
      zeroed += prune(inputSnapshot, network.inputWeights()::setWeight, threshold, moments);
      lastClipBound = 0;
      if (config.clipStd() > 0) {
        float bound = clipBound(moments, entriesOfW);
        lastClipBound = bound;
        clip(snapshot, network::setWeight, bound, threshold);
        clip(inputSnapshot, network.inputWeights()::setWeight, bound, threshold);
      }
    }
    tally.add(context, zeroed, 0);
    tally.report(context);
    // Clipping never makes a weight zero, so the pruning pass has counted them already.
    context.report("synapses", nonZero >= 0 ? nonZero : nonZeroWeights(network));
  }

  /**
   * Reports where the surviving weights are: {@code synapses_d<d>} (non-zero recurrent weights per
   * hop distance d, every distance of the chip), {@code input_weights} (non-zero input weights) and
   * {@code clip_bound} (the last step's clip bound; 0 while nothing is clipped).
   */
  @Override
  public void afterEpoch(SparseNetwork network, RewiringContext context) {
    int maxHops = 0;
    for (int h : hops) {
      maxHops = Math.max(maxHops, h);
    }
    long[] byDistance = new long[maxHops + 1];
    boolean[] occurs = new boolean[maxHops + 1];
    for (int h : hops) {
      occurs[h] = true;
    }
    snapshot.fill(network);
    for (int k = 0; k < snapshot.size(); k++) {
      if (snapshot.weight(k) != 0) {
        byDistance[hops[coreOf[snapshot.pre(k)] * cores + coreOf[snapshot.post(k)]]]++;
      }
    }
    for (int d = 0; d <= maxHops; d++) {
      if (occurs[d]) {
        context.report("synapses_d" + d, byDistance[d]);
      }
    }
    long inputs = 0;
    inputSnapshot.fill(network.inputWeights());
    for (int k = 0; k < inputSnapshot.size(); k++) {
      inputs += inputSnapshot.weight(k) != 0 ? 1 : 0;
    }
    context.report("input_weights", inputs);
    context.report("clip_bound", lastClipBound);
  }

  /**
   * Sets the snapshot's weights with {@code |w| < threshold} to 0 and adds the others to {@code
   * moments}.
   *
   * @return how many weights it set to 0
   */
  private static long prune(
      ActiveSynapses weights, WeightSetter setter, float threshold, WeightMoments moments) {
    long zeroed = 0;
    for (int k = 0; k < weights.size(); k++) {
      float w = weights.weight(k);
      if (w != 0 && Math.abs(w) < threshold) {
        setter.set(weights.pre(k), weights.post(k), 0f);
        zeroed++;
      } else {
        moments.add(w);
      }
    }
    return zeroed;
  }

  /**
   * The clip bound {@code clip_std * std(W)}: std the sample standard deviation (torch's default)
   * over all {@code entries} entries of the paper's W, the entries not in {@code moments} being 0;
   * 0 when every entry is equal.
   */
  float clipBound(WeightMoments moments, double entries) {
    double mean = moments.sum / entries;
    double variance = entries > 1 ? (moments.squares - entries * mean * mean) / (entries - 1) : 0;
    return (float) (config.clipStd() * Math.sqrt(Math.max(variance, 0)));
  }

  /** Clips the snapshot's weights to {@code +-bound}; the small weights are 0 by now. */
  private static void clip(ActiveSynapses weights, WeightSetter setter, float bound, float floor) {
    if (!(bound > 0)) {
      return; // all entries equal: clipping to 0 would erase the network, not tame outliers
    }
    for (int k = 0; k < weights.size(); k++) {
      float w = weights.weight(k);
      if (Math.abs(w) > bound && Math.abs(w) >= floor) {
        setter.set(weights.pre(k), weights.post(k), Math.copySign(bound, w));
      }
    }
  }

  /** Sets one weight of a view: recurrent {@code (pre, post)} or input {@code (channel, post)}. */
  @FunctionalInterface
  private interface WeightSetter {
    void set(int from, int to, float weight);
  }

  /** Sum, sum of squares and non-zero count of the weights that survived pruning. */
  static final class WeightMoments {
    double sum;
    double squares;
    long nonZero;

    void add(float w) {
      sum += w;
      squares += (double) w * w;
      nonZero += w != 0 ? 1 : 0;
    }
  }

  private void report(SparseNetwork network, RewiringContext context) {
    tally.report(context);
    context.report("synapses", nonZeroWeights(network));
  }

  private static long nonZeroWeights(SparseNetwork network) {
    long[] nonZero = new long[1];
    network.forEachActive(
        (pre, post, w) -> {
          if (w != 0) {
            nonZero[0]++;
          }
        });
    return nonZero[0];
  }
}
