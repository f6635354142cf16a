package org.rewire.deepr;

import org.rewire.api.BuildContext;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/** Provides the {@code mosaic-baseline} sparsifier: {@link MosaicBaseline}. */
public final class MosaicBaselineProvider implements SparsifierProvider<MosaicBaselineConfig> {
  @Override
  public String type() {
    return "mosaic-baseline";
  }

  @Override
  public Class<MosaicBaselineConfig> configType() {
    return MosaicBaselineConfig.class;
  }

  @Override
  public Sparsifier create(MosaicBaselineConfig config, BuildContext context) {
    return new MosaicBaseline(config);
  }

  @Override
  public String description() {
    return "Mosaic baseline: dense training, hop-weighted L2 penalty, magnitude pruning";
  }
}
