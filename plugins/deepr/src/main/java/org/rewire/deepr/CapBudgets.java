package org.rewire.deepr;

import java.util.Arrays;
import org.rewire.api.ChipConstraints;
import org.rewire.api.CoreLimits;
import org.rewire.api.Layout;
import org.rewire.api.NeuronLimits;
import org.rewire.api.SparseNetwork;

/**
 * A chip's per-neuron and per-core caps ({@link ChipConstraints#perNeuron()}, {@link
 * ChipConstraints#perCore()}) held as budgets while synapses are drawn: counts of each neuron's
 * outgoing and incoming synapses, of the cores they reach or come from, and of each core's distinct
 * sources on other cores, kept up to date on every activation and deactivation, so {@link #admits}
 * tells in constant time whether one more synapse keeps every cap.
 *
 * <p>The caller routes every change of the network's synapses through {@link #activate} and {@link
 * #deactivate} (or recounts with {@link #recount}). Memory: {@code 2 * neurons * cores} ints.
 */
final class CapBudgets {
  private final int n;
  private final int cores;
  private final int[] coreOf;
  private final NeuronLimits caps;
  private final CoreLimits coreCaps;
  private final int[] fanOut;
  private final int[] fanIn;
  private final int[] outCores;
  private final int[] inCores;
  private final int[] toCore;
  private final int[] fromCore;
  private final int[] sources;

  CapBudgets(Layout layout, ChipConstraints constraints) {
    this.n = layout.neurons();
    this.cores = layout.cores();
    this.coreOf = LinkGroups.coresOf(layout);
    this.caps = constraints.perNeuron();
    this.coreCaps = constraints.perCore();
    this.fanOut = new int[n];
    this.fanIn = new int[n];
    this.outCores = new int[n];
    this.inCores = new int[n];
    this.toCore = new int[n * cores];
    this.fromCore = new int[n * cores];
    this.sources = new int[cores];
  }

  /** Whether one more synapse {@code pre -> post} keeps every cap. */
  boolean admits(int pre, int post) {
    int cPre = coreOf[pre];
    int cPost = coreOf[post];
    int link = pre * cores + cPost;
    return fanOut[pre] < caps.fanOut()
        && fanIn[post] < caps.fanIn()
        && (toCore[link] > 0 || outCores[pre] < caps.fanOutCores())
        && (fromCore[post * cores + cPre] > 0 || inCores[post] < caps.fanInCores())
        && (cPre == cPost || toCore[link] > 0 || sources[cPost] < coreCaps.sources());
  }

  /** Counts {@code pre -> post}, just activated. */
  void activate(int pre, int post) {
    int cPre = coreOf[pre];
    int cPost = coreOf[post];
    fanOut[pre]++;
    fanIn[post]++;
    if (toCore[pre * cores + cPost]++ == 0) {
      outCores[pre]++;
      if (cPre != cPost) {
        sources[cPost]++;
      }
    }
    if (fromCore[post * cores + cPre]++ == 0) {
      inCores[post]++;
    }
  }

  /** Uncounts {@code pre -> post}, just deactivated. */
  void deactivate(int pre, int post) {
    int cPre = coreOf[pre];
    int cPost = coreOf[post];
    fanOut[pre]--;
    fanIn[post]--;
    if (--toCore[pre * cores + cPost] == 0) {
      outCores[pre]--;
      if (cPre != cPost) {
        sources[cPost]--;
      }
    }
    if (--fromCore[post * cores + cPre] == 0) {
      inCores[post]--;
    }
  }

  /** Counts the active synapses of {@code network} afresh. */
  void recount(SparseNetwork network) {
    Arrays.fill(fanOut, 0);
    Arrays.fill(fanIn, 0);
    Arrays.fill(outCores, 0);
    Arrays.fill(inCores, 0);
    Arrays.fill(toCore, 0);
    Arrays.fill(fromCore, 0);
    Arrays.fill(sources, 0);
    network.forEachActive((pre, post, w) -> activate(pre, post));
  }

  /**
   * An upper bound on the synapses the caps admit among the allowed ones: the least of the sums,
   * over neurons, of {@code min(cap, allowed)} for fan-out and fan-in, and, over cores, of the
   * allowed synapses from inside the core plus those from other cores that at most {@code sources}
   * presynaptic neurons can bring ({@code sources * min(fan_out, core size)}).
   *
   * @param allowedOut allowed outgoing synapses per neuron
   * @param allowedIn allowed incoming synapses per neuron
   * @param allowedIntra allowed synapses inside each core, per core
   * @param allowedCross allowed synapses into each core from other cores, per core
   */
  long admittedBound(
      long[] allowedOut, long[] allowedIn, long[] allowedIntra, long[] allowedCross) {
    long out = 0;
    long in = 0;
    for (int i = 0; i < n; i++) {
      out += Math.min(caps.fanOut(), allowedOut[i]);
      in += Math.min(caps.fanIn(), allowedIn[i]);
    }
    long byCore = 0;
    for (int c = 0; c < cores; c++) {
      long coreSize = 0;
      for (int i = 0; i < n; i++) {
        coreSize += coreOf[i] == c ? 1 : 0;
      }
      long cross = (long) coreCaps.sources() * Math.min(caps.fanOut(), coreSize);
      byCore += allowedIntra[c] + Math.min(allowedCross[c], cross);
    }
    return Math.min(out, Math.min(in, byCore));
  }
}
