package org.rewire.deepr;

import org.rewire.api.BuildContext;
import org.rewire.api.HopTarget;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/** Provides the {@code mosaic-baseline} sparsifier: {@link MosaicBaseline}. */
public final class MosaicBaselineProvider implements SparsifierProvider<MosaicBaselineConfig> {
  /** The YAML type. */
  static final String TYPE = "mosaic-baseline";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Class<MosaicBaselineConfig> configType() {
    return MosaicBaselineConfig.class;
  }

  @Override
  public Sparsifier create(MosaicBaselineConfig config, BuildContext context) {
    // Its penalty weighs synapses by hop distance: a chip without hops has no such penalty.
    context.target().ifPresent(t -> HopTarget.require(t, TYPE, "type"));
    return new MosaicBaseline(config);
  }

  @Override
  public String description() {
    return "Mosaic baseline: dense training, hop-weighted L2 penalty, magnitude pruning";
  }
}
