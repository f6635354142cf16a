package org.rewire.deepr;

import java.util.Arrays;
import org.rewire.api.InputWeights;
import org.rewire.api.SparseNetwork;

/**
 * A reusable snapshot of a network's active synapses (or of its input synapses), so a sparsifier
 * can change synapses while walking them (the engine's {@link SparseNetwork#forEachActive} need not
 * allow that). The arrays grow to the largest count seen and are reused: steady-state passes
 * allocate nothing.
 */
final class ActiveSynapses
    implements SparseNetwork.SynapseVisitor, InputWeights.InputSynapseVisitor {
  private int size;
  private int[] pre = new int[1024];
  private int[] post = new int[1024];
  private float[] weight = new float[1024];

  /** Replaces the snapshot with the active synapses of {@code network}, presynaptic ascending. */
  ActiveSynapses fill(SparseNetwork network) {
    size = 0;
    network.forEachActive(this);
    return this;
  }

  /**
   * Replaces the snapshot with the input synapses of {@code inputs}: {@link #pre} is then the
   * channel, {@link #post} the neuron, channels ascending.
   */
  ActiveSynapses fill(InputWeights inputs) {
    size = 0;
    inputs.forEach(this);
    return this;
  }

  /** Deactivates every active synapse of {@code network}: a sparsifier starts from nothing. */
  void deactivateAll(SparseNetwork network) {
    fill(network);
    for (int k = 0; k < size; k++) {
      network.deactivate(pre[k], post[k]);
    }
    size = 0;
  }

  @Override
  public void visit(int from, int to, float w) {
    if (size == pre.length) {
      int capacity = Math.max(size * 2, 16);
      pre = Arrays.copyOf(pre, capacity);
      post = Arrays.copyOf(post, capacity);
      weight = Arrays.copyOf(weight, capacity);
    }
    pre[size] = from;
    post[size] = to;
    weight[size] = w;
    size++;
  }

  int size() {
    return size;
  }

  int pre(int k) {
    return pre[k];
  }

  int post(int k) {
    return post[k];
  }

  float weight(int k) {
    return weight[k];
  }
}
