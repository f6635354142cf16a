package org.rewire.deepr;

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
    int n = network.neurons();
    for (int pre = 0; pre < n; pre++) {
      for (int post = 0; post < n; post++) {
        if (network.allowed(pre, post) && !network.active(pre, post)) {
          network.activate(pre, post, (float) (initStd * context.random().nextGaussian()));
        }
      }
    }
    context.report("synapses", network.activeCount());
  }
}
