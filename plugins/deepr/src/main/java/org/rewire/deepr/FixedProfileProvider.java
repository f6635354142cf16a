package org.rewire.deepr;

import org.rewire.api.BuildContext;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/** Provides the {@code fixed-profile} sparsifier: {@link FixedProfileSparsifier}. */
public final class FixedProfileProvider implements SparsifierProvider<FixedProfileConfig> {
  @Override
  public String type() {
    return "fixed-profile";
  }

  @Override
  public Class<FixedProfileConfig> configType() {
    return FixedProfileConfig.class;
  }

  @Override
  public Sparsifier create(FixedProfileConfig config, BuildContext context) {
    context.target().ifPresent(t -> LinkGroups.checkProfile(config.profile(), t, type()));
    return new FixedProfileSparsifier(config);
  }

  @Override
  public String description() {
    return "a fixed random neuron-to-core mask with a hop-distance profile, never rewired";
  }
}
