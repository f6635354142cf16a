package org.rewire.deepr;

import java.util.random.RandomGenerator;
import org.rewire.api.RewiringContext;
import org.rewire.api.SparseNetwork;
import org.rewire.api.Sparsifier;

/**
 * No sparsification: every allowed synapse is active from the start, with normal initial weights,
 * and stays active. The dense baseline every sparse method is compared with.
 */
final class DenseSparsifier implements Sparsifier {
  private final double initStd;

  DenseSparsifier(DenseConfig config) {
    this.initStd = config.initStd();
  }

  @Override
  public void initialize(SparseNetwork network, RewiringContext context) {
    activateAll(network, context.random(), initStd);
    context.report("synapses", network.activeCount());
  }

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
