package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import org.rewire.api.HardwareTarget;
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
 * tile(j))) - 1, e^cap)}, 0 inside a tile. The mean runs over all {@code N x N} entries of W, as
 * the code's {@code torch.mean} over the dense matrix: structurally excluded entries count as zeros
 * in the denominator. Its gradient {@code 2 lambda_con M_ij w_ij / N^2} is added to each synapse.
 *
 * <p>After each optimizer step whose 0-based index is at least {@code prune_start_step}: weights
 * with {@code |w| < prune_threshold} become 0, then every weight is clipped to {@code +-clip_std *
 * std(W)}, std the sample standard deviation over all {@code N x N} entries (torch's default); when
 * it is 0 (all entries equal) nothing is clipped.
 *
 * <p>Reports per epoch: {@code pruned} (weights set to 0 during the epoch), {@code synapses}
 * (non-zero weights).
 *
 * <p>It keeps no state beyond the network's weights and its config: resuming rebuilds the hop costs
 * and saves nothing.
 */
final class MosaicBaseline implements ResumableSparsifier {
  private final MosaicBaselineConfig config;
  private final ActiveSynapses snapshot = new ActiveSynapses();
  private final EpochTally tally = new EpochTally();
  private int cores;
  private int[] coreOf;
  private double[] cost;

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
  private void setUp(SparseNetwork network, HardwareTarget target) {
    Layout layout = network.layout();
    cores = layout.cores();
    coreOf = LinkGroups.coresOf(layout);
    cost = new double[cores * cores];
    for (int s = 0; s < cores; s++) {
      for (int t = 0; t < cores; t++) {
        cost[s * cores + t] = s == t ? 0 : config.hopCost(target.distance(s, t));
      }
    }
  }

  @Override
  public double penalty(SparseNetwork network, RewiringContext context) {
    double n = network.neurons();
    double scale = config.lambdaCon() / (n * n);
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
      nonZero = 0;
      snapshot.fill(network);
      float threshold = (float) config.pruneThreshold().doubleValue();
      double sum = 0;
      double squares = 0;
      for (int k = 0; k < snapshot.size(); k++) {
        float w = snapshot.weight(k);
        if (w != 0 && Math.abs(w) < threshold) {
          network.setWeight(snapshot.pre(k), snapshot.post(k), 0f);
          zeroed++;
        } else {
          sum += w;
          squares += (double) w * w;
          nonZero += w != 0 ? 1 : 0;
        }
      }
      if (config.clipStd() > 0) {
        clip(network, sum, squares);
      }
    }
    tally.add(context, zeroed, 0);
    tally.report(context);
    // Clipping never makes a weight zero, so the pruning pass has counted them already.
    context.report("synapses", nonZero >= 0 ? nonZero : nonZeroWeights(network));
  }

  /** Clips to {@code +-clip_std * std(W)}; the snapshot's small weights are 0 by now. */
  private void clip(SparseNetwork network, double sum, double squares) {
    double entries = (double) network.neurons() * network.neurons();
    double mean = sum / entries;
    double variance = entries > 1 ? (squares - entries * mean * mean) / (entries - 1) : 0;
    float bound = (float) (config.clipStd() * Math.sqrt(Math.max(variance, 0)));
    if (!(bound > 0)) {
      return; // all entries equal: clipping to 0 would erase the network, not tame outliers
    }
    float threshold = (float) config.pruneThreshold().doubleValue();
    for (int k = 0; k < snapshot.size(); k++) {
      float w = snapshot.weight(k);
      if (Math.abs(w) > bound && Math.abs(w) >= threshold) {
        network.setWeight(snapshot.pre(k), snapshot.post(k), Math.copySign(bound, w));
      }
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
