package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import java.util.random.RandomGenerator;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;

/**
 * No sparsification: every allowed synapse is active from the start, with normal initial weights,
 * and stays active. The dense baseline every sparse method is compared with. Stateless: resuming
 * needs nothing but the network.
 */
final class DenseSparsifier implements ResumableSparsifier {
  private final double initStd;

  DenseSparsifier(DenseConfig config) {
    this.initStd = config.initStd();
  }

  @Override
  public void initialize(SparseNetwork network, RewiringContext context) {
    activateAll(network, context.random(), initStd);
    context.report("synapses", network.activeCount());
  }

  @Override
  public void saveState(DataOutput out) {}

  @Override
  public void restoreState(SparseNetwork network, RewiringContext context, DataInput in) {}

  /**
   * Activates every allowed synapse that is not active yet with an {@code N(0, std)} weight, in
   * ascending (pre, post) order so the draws are reproducible.
   */
  static void activateAll(SparseNetwork network, RandomGenerator random, double std) {
    int n = network.neurons();
    for (int pre = 0; pre < n; pre++) {
      for (int post = 0; post < n; post++) {
        if (network.allowed(pre, post) && !network.active(pre, post)) {
          network.activate(pre, post, (float) (std * random.nextGaussian()));
        }
      }
    }
  }
}
