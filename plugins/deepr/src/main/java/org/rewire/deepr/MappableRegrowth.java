package org.rewire.deepr;

import java.util.List;
import java.util.random.RandomGenerator;
import org.rewire.api.HardwareTarget;
import org.rewire.api.MappingReport;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;
import org.rewire.api.Violation;

/**
 * Keeps a routing-aware network mappable through rewiring. After a regrowth pass (or the initial
 * draw) it maps the network on the target; when the target reports violations, it draws the pass's
 * links again, one source core at a time: it undoes the pass, then for each core draws that core's
 * links ({@link LinkState#regrowFrom}) and maps, drawing them again while they add violations, up
 * to {@code attempts} draws per core. Rejection sampling: a kept draw is uniform among the core's
 * draws that keep the network mappable, and every group keeps its budget.
 *
 * <p>Why: the hop profile bounds links per group, not the load of each port. Protected links into
 * the output core accumulate over epochs, and a uniform draw of long links can crowd a narrow
 * router port by chance. Loads only grow with links, so the pruned network (a subset of a mapped
 * one) still maps and only the new links can break it. Redrawing the whole pass instead would
 * rarely succeed once a port is nearly full, as every core near it must avoid it at once; core by
 * core, each needs only its own lucky draw. Cores draw in ascending order, so when a port is nearly
 * full the earlier cores take its last lines.
 *
 * <p>When no draw of a core avoids new violations, its draw with the fewest (then the fewest excess
 * lines) is kept, with fresh weights; then, while the network does not map, the links that carry
 * the synapses each violation blames ({@link ViolationRepair}: the weakest, as many sources as the
 * port is over) are switched off. Those groups stay short of their budget until the next regrowth,
 * which draws them again (and checks again). So every pass ends mappable whenever some subset of
 * its links maps, as on the SHD setting ({1: 0.5, 3: 0.1}, 20 outputs on the case-study chip),
 * whose diagonal links overload the 8-line R0 ports in every draw. Costs one {@link
 * HardwareTarget#map} per pass when the first draw maps. Reports {@code mapping_attempts} (maps
 * made), {@code repaired_links} (links switched off for violations) and {@code
 * unmappable_after_regrowth} (violations left, 0 when the network maps).
 */
final class MappableRegrowth {
  private final int attempts;

  /**
   * @param attempts the most draws per source core; 0 disables the check (no map call)
   */
  MappableRegrowth(int attempts) {
    this.attempts = attempts;
  }

  /** Maps the network after a pass of {@code links} and redraws the pass until it maps. */
  void settle(LinkState links, SparseNetwork network, RewiringContext context) {
    if (attempts == 0) {
      return;
    }
    HardwareTarget target = context.target();
    RandomGenerator random = context.random();
    long score = score(target.map(network.connectivity()));
    int maps = 1;
    if (score != 0) {
      links.undoTo(network, 0);
      long floor = score(target.map(network.connectivity()));
      maps++;
      for (int s = 0; s < links.cores(); s++) {
        int mark = links.mark();
        if (links.regrowFrom(network, s, random) == 0) {
          continue;
        }
        score = score(target.map(network.connectivity()));
        maps++;
        long bestScore = score;
        int[] best = null;
        for (int tries = 1; score > floor && tries < attempts; tries++) {
          if (score <= bestScore) {
            bestScore = score;
            best = links.drawnSince(mark);
          }
          links.undoTo(network, mark);
          links.regrowFrom(network, s, random);
          score = score(target.map(network.connectivity()));
          maps++;
        }
        if (score > bestScore) {
          links.undoTo(network, mark);
          links.redo(network, best, random);
          score = bestScore;
        }
        floor = score;
      }
      score = floor;
    }
    int repaired = 0;
    if (score != 0) {
      // No draw fits: remove the links the mapping blames, weakest first, until it maps.
      MappingReport report = target.map(network.connectivity(), network.inputWeights());
      maps++;
      while (!report.mappable()) {
        int removed = links.removeLinks(network, ViolationRepair.choose(report, network));
        if (removed == 0) {
          break;
        }
        repaired += removed;
        report = target.map(network.connectivity(), network.inputWeights());
        maps++;
      }
      score = score(report);
    }
    context.report("mapping_attempts", maps);
    context.report("repaired_links", repaired);
    context.report("unmappable_after_regrowth", score >>> 32);
  }

  /**
   * Orders reports by violations, then excess lines: violations in the high 32 bits, excess lines
   * (capped) in the low ones; 0 iff the network maps. Both only grow as links are added.
   */
  private static long score(MappingReport report) {
    List<Violation> violations = report.violations();
    long excess = 0;
    for (Violation v : violations) {
      excess += v.excess();
    }
    return ((long) violations.size() << 32) | Math.min(excess, 0xFFFF_FFFFL);
  }
}
