package org.rewire.runtime.testplugins;

import org.rewire.api.BuildContext;
import org.rewire.api.HopProfile;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/** A sparsifier that changes nothing, with a hop profile field to exercise map-valued config. */
public final class KeepSparsifierProvider
    implements SparsifierProvider<KeepSparsifierProvider.Config> {

  /** Test sparsifier settings. */
  public record Config(HopProfile profile) {}

  @Override
  public String type() {
    return "test-keep";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Sparsifier create(Config config, BuildContext context) {
    if (context.target().isEmpty()) {
      throw new IllegalStateException("sparsifiers are built after the target");
    }
    return (SparseNetwork network, RewiringContext ctx) -> {};
  }
}
