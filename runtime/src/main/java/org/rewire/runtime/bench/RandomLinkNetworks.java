package org.rewire.runtime.bench;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.rewire.api.Connectivity;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.Layout;

/**
 * Random networks on any target's layout: neuron {@code i} links to core {@code T != core(i)} with
 * probability {@code p_d}, {@code d = distance(core(i), T)}, and a link means a synapse to every
 * neuron of {@code T}; every neuron also connects to every neuron of its own core. The expected
 * number of links per distance is the profile's; unlike a target's own proxy sampler the count is
 * not held exactly (that needs the target's rules, this needs only the api). Immutable.
 */
public final class RandomLinkNetworks {
  private final HopTarget target;
  private final HopProfile profile;

  public RandomLinkNetworks(HopTarget target, HopProfile profile) {
    this.target = target;
    this.profile = profile;
  }

  /** Draws one network. */
  public Connectivity sample(RandomGenerator random) {
    Layout layout = target.layout();
    int n = layout.neurons();
    int cores = layout.cores();
    int[][] members = new int[cores][];
    for (int c = 0; c < cores; c++) {
      members[c] = layout.neuronsOn(c);
    }
    int[] rowStart = new int[n + 1];
    int[] targets = new int[Math.max(16, n)];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int own = layout.coreOf(i);
      int rowBegin = count;
      for (int c = 0; c < cores; c++) {
        boolean linked =
            c == own || random.nextDouble() < profile.fraction(target.distance(own, c));
        if (!linked) {
          continue;
        }
        if (count + members[c].length > targets.length) {
          targets = Arrays.copyOf(targets, Math.max(2 * targets.length, count + members[c].length));
        }
        System.arraycopy(members[c], 0, targets, count, members[c].length);
        count += members[c].length;
      }
      // Cores need not hold consecutive neurons, so a row is sorted once it is complete.
      Arrays.sort(targets, rowBegin, count);
      rowStart[i + 1] = count;
    }
    return Connectivity.ofRows(n, rowStart, Arrays.copyOf(targets, count));
  }
}
