package org.rewire.deepr;

import org.rewire.api.HopProfile;
import org.rewire.api.Require;

/**
 * Settings of {@code fixed-profile}: a random mask drawn exactly as {@code routing-aware-deepr}
 * initialises it, never rewired.
 *
 * @param profile the fraction of candidate neuron-to-core links at each hop distance (default
 *     {@code {1: 0.5, 3: 0.05}}, as {@code routing-aware-deepr})
 * @param wThr the least magnitude of an initial weight (default 0.1)
 * @param alpha spread of the initial weights beyond {@code w_thr} (default 2.0)
 */
public record FixedProfileConfig(HopProfile profile, Double wThr, Double alpha) {
  public FixedProfileConfig {
    profile = Require.orDefault(profile, RoutingAwareConfig.DEFAULT_PROFILE);
    wThr = Require.positive("w_thr", Require.orDefault(wThr, 0.1));
    alpha = Require.nonNegative("alpha", Require.orDefault(alpha, 2.0));
  }

  LinkWeights weights() {
    return new LinkWeights(wThr, alpha);
  }
}
