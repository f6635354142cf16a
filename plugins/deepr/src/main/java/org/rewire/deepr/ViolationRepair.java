package org.rewire.deepr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rewire.api.MappingReport;
import org.rewire.api.SparseNetwork;
import org.rewire.api.Violation;

/**
 * Chooses which synapses to remove so that a mapped network's violations go, from the synapses each
 * violation blames ({@link Violation#blamed()}), the weakest first, and no more than its load unit
 * says is needed:
 *
 * <ul>
 *   <li>{@link Violation.LoadUnit#SYNAPSES}: its {@code excess} blamed synapses of least {@code
 *       |w|};
 *   <li>{@link Violation.LoadUnit#SOURCES}: every blamed synapse of its {@code excess} presynaptic
 *       neurons of least summed {@code |w|} over their blamed synapses;
 *   <li>{@link Violation.LoadUnit#OTHER}: the weakest blamed synapses, the share {@code excess /
 *       load} of them (at least one), to be followed by another mapping.
 * </ul>
 *
 * Ties break by (pre, post), so the choice is deterministic. Violations are taken in report order;
 * a synapse already chosen for an earlier one counts as removed for the later ones. Stateless.
 */
final class ViolationRepair {
  private ViolationRepair() {}

  /**
   * The synapses to remove from {@code network} for {@code report}'s violations, each packed as
   * {@code (long) pre << 32 | post}, in the order chosen.
   */
  static long[] choose(MappingReport report, SparseNetwork network) {
    Set<Long> chosen = new LinkedHashSet<>();
    for (Violation v : report.violations()) {
      List<long[]> blamed = new ArrayList<>(); // {packed synapse, |w| bits}
      long[] alreadyGone = {0};
      v.blamed()
          .forEach(
              (pre, post) -> {
                long key = pack(pre, post);
                if (chosen.contains(key)) {
                  alreadyGone[0]++;
                } else {
                  blamed.add(new long[] {key, Double.doubleToLongBits(weight(network, pre, post))});
                }
              });
      switch (v.loadUnit()) {
        case SYNAPSES -> weakest(blamed, (int) Math.max(0, v.excess() - alreadyGone[0]), chosen);
        case SOURCES -> weakestSources(blamed, v.excess(), chosen, v);
        case OTHER -> {
          long count = blamed.size() + alreadyGone[0];
          int share = (int) Math.max(1, Math.ceil(count * (double) v.excess() / v.load()));
          weakest(blamed, (int) Math.max(0, share - alreadyGone[0]), chosen);
        }
      }
    }
    return chosen.stream().mapToLong(Long::longValue).toArray();
  }

  static long pack(int pre, int post) {
    return ((long) pre << 32) | post;
  }

  static int pre(long packed) {
    return (int) (packed >>> 32);
  }

  static int post(long packed) {
    return (int) packed;
  }

  private static double weight(SparseNetwork network, int pre, int post) {
    return Math.abs(network.weight(pre, post));
  }

  private static void weakest(List<long[]> blamed, int count, Set<Long> chosen) {
    blamed.sort(
        (a, b) -> {
          int byWeight =
              Double.compare(Double.longBitsToDouble(a[1]), Double.longBitsToDouble(b[1]));
          return byWeight != 0 ? byWeight : Long.compare(a[0], b[0]);
        });
    for (int k = 0; k < Math.min(count, blamed.size()); k++) {
      chosen.add(blamed.get(k)[0]);
    }
  }

  /**
   * Removes every remaining blamed synapse of the {@code excess} presynaptic neurons of least
   * summed weight magnitude; a neuron whose blamed synapses are all chosen already counts as gone.
   */
  private static void weakestSources(
      List<long[]> blamed, long excess, Set<Long> chosen, Violation v) {
    int sourcesLeft = 0;
    int last = -1;
    for (long[] b : blamed) {
      if (pre(b[0]) != last) {
        last = pre(b[0]);
        sourcesLeft++;
      }
    }
    long gone = v.load() - sourcesLeft;
    long needed = excess - gone;
    if (needed <= 0) {
      return;
    }
    // Blamed synapses come presynaptic-ascending: one run per source.
    List<long[]> runs = new ArrayList<>(); // {first index, end index, sum |w| bits}
    int start = 0;
    for (int k = 1; k <= blamed.size(); k++) {
      if (k == blamed.size() || pre(blamed.get(k)[0]) != pre(blamed.get(start)[0])) {
        double sum = 0;
        for (int j = start; j < k; j++) {
          sum += Double.longBitsToDouble(blamed.get(j)[1]);
        }
        runs.add(new long[] {start, k, Double.doubleToLongBits(sum)});
        start = k;
      }
    }
    long[][] order = runs.toArray(new long[0][]);
    Arrays.sort(
        order,
        (a, b) -> {
          int byWeight =
              Double.compare(Double.longBitsToDouble(a[2]), Double.longBitsToDouble(b[2]));
          return byWeight != 0 ? byWeight : Long.compare(a[0], b[0]);
        });
    for (int r = 0; r < Math.min(needed, order.length); r++) {
      for (int k = (int) order[r][0]; k < order[r][1]; k++) {
        chosen.add(blamed.get(k)[0]);
      }
    }
  }
}
