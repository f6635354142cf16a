package org.rewire.runtime.testplugins;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.rewire.api.BuildContext;
import org.rewire.api.Require;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/**
 * A resumable test sparsifier with state of its own: it moves one random synapse per epoch (using
 * the run's random stream) and counts the epochs it has seen, which it reports. Can inject a NaN at
 * a chosen step, and a test can make it fail at the end of an epoch as a crash would stop the run.
 */
public final class RewireSparsifierProvider
    implements SparsifierProvider<RewireSparsifierProvider.Config> {

  /** The epoch (from 0) at whose end the sparsifier throws; -1 for never. Set by tests. */
  public static volatile int failAfterEpoch = -1;

  /** Where a NaN goes. */
  public enum Fault {
    LOSS,
    GRADIENT,
    WEIGHT
  }

  /**
   * Test sparsifier settings.
   *
   * @param density fraction of allowed synapses activated at start (default 0.5)
   * @param nanAtStep the optimizer step (from 1) that gets a NaN, or null for none
   * @param nanIn where the NaN goes (default loss)
   */
  public record Config(Double density, Long nanAtStep, Fault nanIn) {
    public Config {
      density = Require.inRange("density", Require.orDefault(density, 0.5), 0, 1);
      nanIn = Require.orDefault(nanIn, Fault.LOSS);
    }
  }

  @Override
  public String type() {
    return "test-rewire";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Sparsifier create(Config config, BuildContext context) {
    return new Rewire(config);
  }

  private static final class Rewire implements ResumableSparsifier {
    private final Config config;
    private int epochsSeen;

    Rewire(Config config) {
      this.config = config;
    }

    @Override
    public void initialize(SparseNetwork network, RewiringContext context) {
      for (int pre = 0; pre < network.neurons(); pre++) {
        for (int post = 0; post < network.neurons(); post++) {
          if (network.allowed(pre, post) && context.random().nextDouble() < config.density()) {
            network.activate(pre, post, (float) (0.5 * context.random().nextGaussian()));
          }
        }
      }
    }

    @Override
    public double penalty(SparseNetwork network, RewiringContext context) {
      if (config.nanAtStep() == null || context.step() + 1 != config.nanAtStep()) {
        return 0;
      }
      int[] first = new int[] {-1, -1};
      network.forEachActive(
          (pre, post, w) -> {
            if (first[0] < 0) {
              first[0] = pre;
              first[1] = post;
            }
          });
      switch (config.nanIn()) {
        case LOSS:
          return Double.NaN;
        case GRADIENT:
          network.addGradient(first[0], first[1], Float.NaN);
          return 0;
        default:
          network.setWeight(first[0], first[1], Float.POSITIVE_INFINITY);
          return 0;
      }
    }

    @Override
    public void afterEpoch(SparseNetwork network, RewiringContext context) {
      if (context.epoch() == failAfterEpoch) {
        throw new IllegalStateException("stopped by the test after epoch " + context.epoch());
      }
      epochsSeen++;
      int n = network.neurons();
      for (int tries = 0; tries < 100; tries++) {
        int pre = context.random().nextInt(n);
        int post = context.random().nextInt(n);
        if (network.allowed(pre, post) && !network.active(pre, post)) {
          network.activate(pre, post, (float) context.random().nextGaussian());
          break;
        }
      }
      context.report("epochs_seen", epochsSeen);
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
      out.writeInt(epochsSeen);
    }

    @Override
    public void restoreState(SparseNetwork network, RewiringContext context, DataInput in)
        throws IOException {
      epochsSeen = in.readInt();
    }
  }
}
