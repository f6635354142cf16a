package org.rewire.testkit;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rewire.api.BuildContext;
import org.rewire.api.Require;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/**
 * A small resumable sparsifier for the kit's own tests: starts from a random fraction of the
 * allowed synapses; after each epoch swaps its weakest active synapse for a random inactive allowed
 * one and reports how many swaps it made so far (its state). A {@link Fault} breaks one part of the
 * contract on purpose.
 */
final class SwapSparsifier implements ResumableSparsifier {
  /** What is broken. */
  enum Fault {
    NONE,
    /** Activates synapses without asking whether they are allowed. */
    IGNORES_ALLOWED,
    /** Draws from its own unseeded generator instead of the context's stream. */
    OWN_RANDOMNESS,
    /** {@code restoreState} draws from the context's random stream. */
    RESTORE_DRAWS,
    /** {@code saveState} forgets the swap count, so a restored run reports other numbers. */
    FORGETS_STATE
  }

  /**
   * The {@code swap} section.
   *
   * @param connectivity fraction of allowed synapses active, in [0, 1], default 0.2
   */
  record SwapConfig(Double connectivity) {
    SwapConfig {
      connectivity =
          Require.inRange("connectivity", Require.orDefault(connectivity, 0.2), 0.0, 1.0);
    }
  }

  /**
   * Builds swap sparsifiers with one fault.
   *
   * @param fault what is broken
   */
  public record Provider(Fault fault) implements SparsifierProvider<SwapConfig> {
    /** The provider Rewire loads from {@code META-INF/services}: no fault. */
    public Provider() {
      this(Fault.NONE);
    }

    @Override
    public String type() {
      return "swap";
    }

    @Override
    public Class<SwapConfig> configType() {
      return SwapConfig.class;
    }

    @Override
    public Sparsifier create(SwapConfig config, BuildContext context) {
      return new SwapSparsifier(config.connectivity(), fault);
    }
  }

  private final double connectivity;
  private final Fault fault;
  private final Random unseeded = new Random();
  private long swaps;

  private SwapSparsifier(double connectivity, Fault fault) {
    this.connectivity = connectivity;
    this.fault = fault;
  }

  private boolean usable(SparseNetwork network, int pre, int post) {
    return fault == Fault.IGNORES_ALLOWED || network.allowed(pre, post);
  }

  private double draw(RewiringContext context) {
    return fault == Fault.OWN_RANDOMNESS ? unseeded.nextDouble() : context.random().nextDouble();
  }

  @Override
  public void initialize(SparseNetwork network, RewiringContext context) {
    int n = network.layout().neurons();
    for (int pre = 0; pre < n; pre++) {
      for (int post = 0; post < n; post++) {
        if (usable(network, pre, post) && draw(context) < connectivity) {
          network.activate(pre, post, (float) (0.1 * draw(context)));
        }
      }
    }
  }

  @Override
  public void afterEpoch(SparseNetwork network, RewiringContext context) {
    int n = network.layout().neurons();
    int[] weakest = {-1, -1};
    float[] least = {Float.POSITIVE_INFINITY};
    network.forEachActive(
        (pre, post, w) -> {
          if (Math.abs(w) < least[0]) {
            least[0] = Math.abs(w);
            weakest[0] = pre;
            weakest[1] = post;
          }
        });
    List<int[]> candidates = new ArrayList<>();
    for (int pre = 0; pre < n; pre++) {
      for (int post = 0; post < n; post++) {
        if (usable(network, pre, post) && !network.active(pre, post)) {
          candidates.add(new int[] {pre, post});
        }
      }
    }
    if (weakest[0] >= 0 && !candidates.isEmpty()) {
      network.deactivate(weakest[0], weakest[1]);
      int[] grown = candidates.get((int) (draw(context) * candidates.size()));
      network.activate(grown[0], grown[1], 0.05f);
      swaps++;
    }
    context.report("swaps", swaps);
  }

  @Override
  public void saveState(DataOutput out) throws IOException {
    out.writeLong(fault == Fault.FORGETS_STATE ? 0 : swaps);
  }

  @Override
  public void restoreState(SparseNetwork network, RewiringContext context, DataInput in)
      throws IOException {
    swaps = in.readLong();
    if (fault == Fault.RESTORE_DRAWS) {
      context.random().nextLong();
    }
  }
}
