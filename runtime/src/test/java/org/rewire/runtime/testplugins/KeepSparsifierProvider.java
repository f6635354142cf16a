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

  /**
   * Test sparsifier settings.
   *
   * @param profile unused; exercises map-valued config
   * @param density fraction of allowed synapses activated at start (default 0)
   */
  public record Config(HopProfile profile, Double density) {
    public Config {
      density =
          org.rewire.api.Require.inRange(
              "density", org.rewire.api.Require.orDefault(density, 0.0), 0, 1);
    }
  }

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
    return (SparseNetwork network, RewiringContext ctx) -> {
      for (int pre = 0; pre < network.neurons(); pre++) {
        for (int post = 0; post < network.neurons(); post++) {
          if (network.allowed(pre, post) && ctx.random().nextDouble() < config.density()) {
            network.activate(pre, post, (float) (0.5 * ctx.random().nextGaussian()));
          }
        }
      }
    };
  }
}
