package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;

/**
 * Routing-aware DeepR (paper section 2): rewires neuron-to-core links, not synapses, and holds the
 * number of active links of every (source core, hop distance) group exactly at its budget {@code
 * K[S, d] = round(p_d * candidates(S, d))}, so the memory and mappability of the trained network
 * are those of its hop profile, known before training.
 *
 * <p>Initialisation turns every core's own block on and draws {@code K[S, d]} links per group
 * uniformly. Between epochs the engine trains the masked weights (no L1, no noise, no fixed sign).
 * After each epoch: every unprotected link with fewer than {@code prune_count} weights of magnitude
 * {@code >= w_thr} is switched off (its synapses deactivated, so their optimizer moments reset);
 * then each group's deficit is regrown uniformly among its free candidates, with fresh weights
 * {@code v + sign(v) w_thr}, {@code v ~ alpha w_thr N(0,1)}.
 *
 * <p>One addition keeps the network mappable ({@code mappable_attempts}, {@link MappableRegrowth}):
 * when the network after initialisation or a regrowth pass does not map on the target, the pass's
 * links are drawn again, same groups and budgets, until it does.
 *
 * <p>Reports per epoch: {@code links_d<d>} (active links per distance), {@code pruned} and {@code
 * regrown} (links), {@code synapses}; with the check on, {@code mapping_attempts} and {@code
 * unmappable_after_regrowth}.
 */
final class RoutingAwareDeepR implements ResumableSparsifier {
  private final RoutingAwareConfig config;
  private final MappableRegrowth mappable;
  private LinkState links;

  RoutingAwareDeepR(RoutingAwareConfig config) {
    this.config = config;
    this.mappable = new MappableRegrowth(config.mappableAttempts());
  }

  @Override
  public void initialize(SparseNetwork network, RewiringContext context) {
    links =
        LinkState.of(
            network, context.target(), config.profile(), config.protectOutput(), config.weights());
    links.initialize(network, context.random());
    mappable.settle(links, network, context);
    report(network, context, 0, 0);
  }

  /** Its state is which links are on ({@link LinkState#writeTo}). */
  @Override
  public void saveState(DataOutput out) throws IOException {
    links.writeTo(out);
  }

  @Override
  public void restoreState(SparseNetwork network, RewiringContext context, DataInput in)
      throws IOException {
    links =
        LinkState.of(
            network, context.target(), config.profile(), config.protectOutput(), config.weights());
    links.readFrom(in);
  }

  @Override
  public void afterEpoch(SparseNetwork network, RewiringContext context) {
    int pruned = links.prune(network, config.pruneCount());
    int regrown = links.regrow(network, context.random());
    mappable.settle(links, network, context);
    report(network, context, pruned, regrown);
  }

  private void report(SparseNetwork network, RewiringContext context, int pruned, int regrown) {
    context.report("pruned", pruned);
    context.report("regrown", regrown);
    links.report(network, context);
  }
}
