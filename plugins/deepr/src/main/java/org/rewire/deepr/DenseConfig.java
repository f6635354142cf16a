package org.rewire.deepr;

import org.rewire.api.Require;

/**
 * Settings of the {@code none} sparsifier.
 *
 * @param initStd standard deviation of the normal initial weights (default 0.1, as the reference
 *     network's recurrent weights)
 */
public record DenseConfig(Double initStd) {
  public DenseConfig {
    initStd = Require.nonNegative("init_std", Require.orDefault(initStd, 0.1));
  }
}
