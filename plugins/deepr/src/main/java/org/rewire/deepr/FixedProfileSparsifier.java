package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;

/**
 * A fixed random mask with a hop profile: initialised exactly as {@link RoutingAwareDeepR} (every
 * core's own block on, {@code K[S, d]} links per group drawn uniformly, weights {@code v + sign(v)
 * w_thr}) and never rewired. The control that tells what rewiring adds over the profile alone.
 *
 * <p>Reports {@code links_d<d>} and {@code synapses} after initialisation and every epoch.
 */
final class FixedProfileSparsifier implements ResumableSparsifier {
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

  /** Its state is which links are on ({@link LinkState#writeTo}), for its reports. */
  @Override
  public void saveState(DataOutput out) throws IOException {
    links.writeTo(out);
  }

  @Override
  public void restoreState(SparseNetwork network, RewiringContext context, DataInput in)
      throws IOException {
    links = LinkState.of(network, context.target(), config.profile(), false, config.weights());
    links.readFrom(in);
  }

  @Override
  public void afterEpoch(SparseNetwork network, RewiringContext context) {
    links.report(network, context);
  }
}
