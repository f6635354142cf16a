package org.rewire.deepr;

import org.rewire.api.BuildContext;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/** Provides the {@code deepr} sparsifier: {@link DeepR}. */
public final class DeepRProvider implements SparsifierProvider<DeepRConfig> {
  @Override
  public String type() {
    return "deepr";
  }

  @Override
  public Class<DeepRConfig> configType() {
    return DeepRConfig.class;
  }

  @Override
  public Sparsifier create(DeepRConfig config, BuildContext context) {
    return new DeepR(config);
  }

  @Override
  public String description() {
    return "DeepR (Bellec et al.): K active synapses with fixed signs, L1, noise and random reactivation";
  }
}
