package org.rewire.deepr;

import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;
import org.rewire.api.Sparsifier;

/**
 * A fixed random mask with a hop profile: initialised exactly as {@link RoutingAwareDeepR} (every
 * core's own block on, {@code K[S, d]} links per group drawn uniformly, weights {@code v + sign(v)
 * w_thr}) and never rewired. The control that tells what rewiring adds over the profile alone.
 *
 * <p>Reports {@code links_d<d>} and {@code synapses} after initialisation and every epoch.
 */
final class FixedProfileSparsifier implements Sparsifier {
  private final FixedProfileConfig config;
  private LinkState links;

  FixedProfileSparsifier(FixedProfileConfig config) {
    this.config = config;
  }

  @Override
  public void initialize(SparseNetwork network, RewiringContext context) {
    links = LinkState.of(network, context.target(), config.profile(), false, config.weights());
    links.initialize(network, context.random());
    links.report(network, context);
  }

  @Override
  public void afterEpoch(SparseNetwork network, RewiringContext context) {
    links.report(network, context);
  }
}
