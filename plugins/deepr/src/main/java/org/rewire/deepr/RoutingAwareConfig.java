package org.rewire.deepr;

import java.util.Map;
import org.rewire.api.HopProfile;
import org.rewire.api.Require;

/**
 * Settings of {@code routing-aware-deepr} (paper section 2).
 *
 * @param profile the fraction of candidate neuron-to-core links kept at each hop distance; the
 *     budget of every (source core, distance) group is {@code round(p_d * candidates)}. Default
 *     {@code {1: 0.5, 3: 0.05}}: the cheapest point of the paper's memory curve (about 0.44e6
 *     devices on the 5 x 5 case-study chip), which the Mosaic proxy finds mappable at the case
 *     study's capacities; {@code {1: 1.0, 3: 0.1}} is not
 * @param pruneCount a link is pruned at the end of an epoch when fewer than this many of its
 *     weights have {@code |w| >= w_thr} (default 20, the paper's code; its self-test uses 2). A
 *     link into a core of {@code S} neurons has at most {@code S} weights, so on cores smaller than
 *     this every unprotected link is pruned every epoch
 * @param wThr the weight magnitude that counts as strong, and the least magnitude of a fresh weight
 *     (default 0.1)
 * @param alpha spread of fresh weights: {@code w = v + sign(v) w_thr}, {@code v ~ alpha w_thr
 *     N(0,1)} (default 2.0)
 * @param protectOutput whether links into the cores holding output neurons are never pruned
 *     (default true, as the paper's code). Protected links still count in their group's budget;
 *     since pruned links of a group may regrow into the output cores, links into them accumulate
 *     over epochs and could overload the output core's ports ({@code mappable_attempts} prevents
 *     that). Intra-core synapses are always on and never pruned: they are the core's dense crossbar
 *     and need no routing
 * @param mappableAttempts how many draws per source core a regrowth pass (or the initial draw) may
 *     take to keep the network mappable on the target (default 20; 0 disables the check: the
 *     paper's plain algorithm, no mapping). Why: the budgets bound links per group, not port loads;
 *     protected links into the output cores accumulate over epochs, and a uniform draw of long
 *     links can overload a narrow router port by chance, so the trained network could fail to map
 *     although the profile's proxy estimate fits. With the check, when the network after a pass
 *     does not map, the pass is drawn again source core by source core (same groups, same budgets,
 *     uniform among free candidates, fresh weights) until the target maps it with zero violations;
 *     if a core has no such draw within the attempts, its draw with the fewest violations is kept
 *     and {@code unmappable_after_regrowth} reports them. Costs one mapping per epoch while the
 *     first draw maps
 */
public record RoutingAwareConfig(
    HopProfile profile,
    Integer pruneCount,
    Double wThr,
    Double alpha,
    Boolean protectOutput,
    Integer mappableAttempts) {

  /** The default hop profile, {@code {1: 0.5, 3: 0.05}}. */
  static final HopProfile DEFAULT_PROFILE = HopProfile.of(Map.of(1, 0.5, 3, 0.05));

  public RoutingAwareConfig {
    profile = Require.orDefault(profile, DEFAULT_PROFILE);
    pruneCount = Require.nonNegative("prune_count", Require.orDefault(pruneCount, 20));
    wThr = Require.positive("w_thr", Require.orDefault(wThr, 0.1));
    alpha = Require.nonNegative("alpha", Require.orDefault(alpha, 2.0));
    protectOutput = Require.orDefault(protectOutput, true);
    mappableAttempts =
        Require.nonNegative("mappable_attempts", Require.orDefault(mappableAttempts, 20));
  }

  LinkWeights weights() {
    return new LinkWeights(wThr, alpha);
  }
}
