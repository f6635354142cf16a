package org.rewire.deepr;

import org.rewire.api.BuildContext;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/** Provides the {@code constrained-deepr} sparsifier: {@link ConstrainedDeepR}. */
public final class ConstrainedDeepRProvider implements SparsifierProvider<ConstrainedDeepRConfig> {
  @Override
  public String type() {
    return "constrained-deepr";
  }

  @Override
  public Class<ConstrainedDeepRConfig> configType() {
    return ConstrainedDeepRConfig.class;
  }

  @Override
  public Sparsifier create(ConstrainedDeepRConfig config, BuildContext context) {
    return new ConstrainedDeepR(config);
  }

  @Override
  public String description() {
    return "constraint-aware DeepR: holds any target's caps as budgets, repairs what mapping blames";
  }
}
