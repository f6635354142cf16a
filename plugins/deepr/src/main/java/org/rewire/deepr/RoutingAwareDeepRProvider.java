package org.rewire.deepr;

import org.rewire.api.BuildContext;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/** Provides the {@code routing-aware-deepr} sparsifier: {@link RoutingAwareDeepR}. */
public final class RoutingAwareDeepRProvider implements SparsifierProvider<RoutingAwareConfig> {
  @Override
  public String type() {
    return "routing-aware-deepr";
  }

  @Override
  public Class<RoutingAwareConfig> configType() {
    return RoutingAwareConfig.class;
  }

  @Override
  public Sparsifier create(RoutingAwareConfig config, BuildContext context) {
    context.target().ifPresent(t -> LinkGroups.checkProfile(config.profile(), t, type()));
    return new RoutingAwareDeepR(config);
  }

  @Override
  public String description() {
    return "routing-aware DeepR: rewires neuron-to-core links holding a hop-distance profile per source core";
  }
}
