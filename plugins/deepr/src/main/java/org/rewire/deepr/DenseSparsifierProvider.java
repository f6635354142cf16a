package org.rewire.deepr;

import org.rewire.api.BuildContext;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/** Provides the {@code none} sparsifier: dense training, every allowed synapse active. */
public final class DenseSparsifierProvider implements SparsifierProvider<DenseConfig> {
  @Override
  public String type() {
    return "none";
  }

  @Override
  public Class<DenseConfig> configType() {
    return DenseConfig.class;
  }

  @Override
  public Sparsifier create(DenseConfig config, BuildContext context) {
    return new DenseSparsifier(config);
  }

  @Override
  public String description() {
    return "no sparsification: every allowed synapse active (dense training)";
  }
}
