package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;

/**
 * Which neuron-to-core links are on, with the mask they impose: link {@code (i, T)} on means every
 * allowed synapse {@code i -> j}, {@code j} on {@code T}, is active ({@code W_co[i, j] = L[i,
 * tile(j)]}); a core's own block is always fully on. Holds each group's count of active links at
 * its budget {@code K[S, d]} after {@link #initialize} and after every {@link #regrow}.
 *
 * <p>It assumes it is the only one activating and deactivating synapses of the network, as the
 * {@link org.rewire.api.Sparsifier} lifecycle guarantees. Passes allocate nothing: the buffers are
 * sized once.
 */
final class LinkState {
  private final LinkGroups groups;
  private final int[][] budget;
  private final boolean[] protectedCore;
  private final LinkWeights weights;
  private final boolean[] on;
  private final int[][] active;
  private final int[] strong;
  private final int[] free;
  private final int[] drawn;
  private int drawnCount;

  /** A state with no link on; {@code protectedCore} marks cores whose incoming links stay. */
  LinkState(LinkGroups groups, HopProfile profile, boolean[] protectedCore, LinkWeights weights) {
    this.groups = groups;
    this.budget = groups.budget(profile);
    this.protectedCore = protectedCore.clone();
    this.weights = weights;
    int links = groups.neurons() * groups.cores();
    this.on = new boolean[links];
    this.active = new int[groups.cores()][groups.groups()];
    this.strong = new int[links];
    int widest = 0;
    for (int s = 0; s < groups.cores(); s++) {
      for (int g = 0; g < groups.groups(); g++) {
        widest = Math.max(widest, groups.candidates(s, g));
      }
    }
    this.free = new int[widest];
    int budgets = 0;
    for (int[] row : budget) {
      for (int k : row) {
        budgets += k;
      }
    }
    this.drawn = new int[budgets];
  }

  /**
   * The link state of {@code network} on {@code target}, its budgets from {@code profile}.
   *
   * @param protectOutput whether links into cores that hold output neurons are never pruned
   */
  static LinkState of(
      SparseNetwork network,
      HardwareTarget target,
      HopProfile profile,
      boolean protectOutput,
      LinkWeights weights) {
    boolean[] protectedCore = new boolean[network.layout().cores()];
    if (protectOutput) {
      for (int o : network.layout().outputNeurons()) {
        protectedCore[network.layout().coreOf(o)] = true;
      }
    }
    return new LinkState(LinkGroups.of(network, target), profile, protectedCore, weights);
  }

  /**
   * Clears the network, turns every core's own block on and draws each group's budget of links
   * uniformly, all with fresh weights.
   */
  void initialize(SparseNetwork network, RandomGenerator random) {
    new ActiveSynapses().deactivateAll(network);
    Arrays.fill(on, false);
    for (int[] row : active) {
      Arrays.fill(row, 0);
    }
    for (int s = 0; s < groups.cores(); s++) {
      for (int i : groups.neuronsOn(s)) {
        switchOn(network, i, s, random);
      }
    }
    regrow(network, random);
  }

  /**
   * Switches off every unprotected link with fewer than {@code pruneCount} weights of magnitude at
   * least {@code w_thr} among its synapses; returns how many.
   */
  int prune(SparseNetwork network, int pruneCount) {
    Arrays.fill(strong, 0);
    int cores = groups.cores();
    float wThr = (float) weights.wThr();
    network.forEachActive(
        (pre, post, w) -> {
          if (Math.abs(w) >= wThr) {
            strong[pre * cores + groups.coreOf(post)]++;
          }
        });
    int pruned = 0;
    for (int i = 0; i < groups.neurons(); i++) {
      for (int t = 0; t < cores; t++) {
        int link = i * cores + t;
        if (on[link] && !protectedCore[t] && strong[link] < pruneCount) {
          switchOff(network, i, t);
          pruned++;
        }
      }
    }
    return pruned;
  }

  /**
   * Brings every group back to its budget, drawing the missing links uniformly among the group's
   * free candidates (just-pruned links included) with fresh weights; returns how many. The links
   * drawn are this pass's: {@link #undoTo} switches them off again.
   */
  int regrow(SparseNetwork network, RandomGenerator random) {
    drawnCount = 0;
    for (int s = 0; s < groups.cores(); s++) {
      regrowFrom(network, s, random);
    }
    return drawnCount;
  }

  /**
   * Brings the groups of source core {@code s} back to their budgets as {@link #regrow} does,
   * adding the links to this pass's; returns how many.
   */
  int regrowFrom(SparseNetwork network, int s, RandomGenerator random) {
    int cores = groups.cores();
    int before = drawnCount;
    for (int g = 0; g < groups.groups(); g++) {
      int deficit = budget[s][g] - active[s][g];
      if (deficit <= 0) {
        continue;
      }
      int n = 0;
      for (int i : groups.neuronsOn(s)) {
        for (int t : groups.coresAt(s, g)) {
          int link = i * cores + t;
          if (!on[link] && groups.allowedCount(i, t) > 0) {
            free[n++] = link;
          }
        }
      }
      // A partial Fisher-Yates shuffle: the first `deficit` entries are a uniform draw.
      for (int k = 0; k < deficit; k++) {
        int pick = k + random.nextInt(n - k);
        int link = free[pick];
        free[pick] = free[k];
        free[k] = link;
        switchOn(network, link / cores, link % cores, random);
        drawn[drawnCount++] = link;
      }
    }
    return drawnCount - before;
  }

  /** How many links this pass has drawn so far: a mark for {@link #undoTo}. */
  int mark() {
    return drawnCount;
  }

  /**
   * Switches off the links this pass drew after {@code mark}, leaving their groups that many short
   * of budget for a new draw.
   */
  void undoTo(SparseNetwork network, int mark) {
    int cores = groups.cores();
    for (int k = mark; k < drawnCount; k++) {
      switchOff(network, drawn[k] / cores, drawn[k] % cores);
    }
    drawnCount = mark;
  }

  /** The links this pass drew after {@code mark}, in draw order (a copy), for {@link #redo}. */
  int[] drawnSince(int mark) {
    return Arrays.copyOfRange(drawn, mark, drawnCount);
  }

  /**
   * Switches {@code links} on again with fresh weights, as this pass's: an earlier draw ({@link
   * #drawnSince}) undone with {@link #undoTo} to the same mark, so the groups regain their budgets.
   */
  void redo(SparseNetwork network, int[] links, RandomGenerator random) {
    int cores = groups.cores();
    for (int link : links) {
      switchOn(network, link / cores, link % cores, random);
      drawn[drawnCount++] = link;
    }
  }

  /**
   * Writes which links are on, one bit per (neuron, core) in that order: the state {@link
   * #readFrom} restores. Budgets follow from the config; the rest is scratch of a single pass.
   */
  void writeTo(DataOutput out) throws IOException {
    out.writeInt(on.length);
    byte[] bits = new byte[(on.length + 7) / 8];
    for (int link = 0; link < on.length; link++) {
      if (on[link]) {
        bits[link >>> 3] |= (byte) (1 << (link & 7));
      }
    }
    out.write(bits);
  }

  /**
   * Restores the links written by {@link #writeTo} and recounts each group's active links; the
   * network must already hold their synapses.
   *
   * @throws IOException if the state is for another number of links or names a link a core's own
   */
  void readFrom(DataInput in) throws IOException {
    int links = in.readInt();
    if (links != on.length) {
      throw new IOException("link state holds " + links + " links, expected " + on.length);
    }
    byte[] bits = new byte[(links + 7) / 8];
    in.readFully(bits);
    for (int[] row : active) {
      Arrays.fill(row, 0);
    }
    int cores = groups.cores();
    for (int link = 0; link < links; link++) {
      on[link] = (bits[link >>> 3] & (1 << (link & 7))) != 0;
      if (on[link]) {
        int s = groups.coreOf(link / cores);
        int t = link % cores;
        if (s == t) {
          throw new IOException("link state marks neuron " + link / cores + "'s own core");
        }
        active[s][groups.groupOf(s, t)]++;
      }
    }
  }

  /**
   * Switches off the links that carry {@code synapses} (each packed as {@link
   * ViolationRepair#pack}): link {@code (pre, core(post))} when it is on; synapses inside a core
   * carry no link and stay. Their groups fall short of budget until the next {@link #regrow}.
   * Returns how many links were switched off.
   */
  int removeLinks(SparseNetwork network, long[] synapses) {
    int cores = groups.cores();
    int removed = 0;
    for (long synapse : synapses) {
      int i = ViolationRepair.pre(synapse);
      int t = groups.coreOf(ViolationRepair.post(synapse));
      if (groups.coreOf(i) != t && on[i * cores + t]) {
        switchOff(network, i, t);
        removed++;
      }
    }
    return removed;
  }

  /** Number of cores: the source cores {@link #regrowFrom} takes. */
  int cores() {
    return groups.cores();
  }

  /** Reports {@code links_d<d>} per distance and {@code synapses}. */
  void report(SparseNetwork network, RewiringContext context) {
    for (int g = 0; g < groups.groups(); g++) {
      long sum = 0;
      for (int s = 0; s < groups.cores(); s++) {
        sum += active[s][g];
      }
      context.report("links_d" + groups.distance(g), sum);
    }
    context.report("synapses", network.activeCount());
  }

  private void switchOn(SparseNetwork network, int i, int t, RandomGenerator random) {
    for (int j : groups.neuronsOn(t)) {
      if (network.allowed(i, j) && !network.active(i, j)) {
        network.activate(i, j, weights.draw(random));
      }
    }
    int s = groups.coreOf(i);
    if (s != t) {
      on[i * groups.cores() + t] = true;
      active[s][groups.groupOf(s, t)]++;
    }
  }

  private void switchOff(SparseNetwork network, int i, int t) {
    for (int j : groups.neuronsOn(t)) {
      if (network.active(i, j)) {
        network.deactivate(i, j);
      }
    }
    int s = groups.coreOf(i);
    on[i * groups.cores() + t] = false;
    active[s][groups.groupOf(s, t)]--;
  }
}
