package org.rewire.runtime.engine;

import org.rewire.api.Connectivity;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.api.SparseNetwork;

/**
 * The {@link SparseNetwork} view of a {@link SpikingNetwork}'s recurrent weights (and, through
 * {@link #inputWeights()}, its input projection), for sparsifiers. Reads and writes the network's
 * {@link SynapseStore} directly: {@link #activate} and {@link #deactivate} insert or drop a slot,
 * which resets that synapse's Adam moments.
 */
final class SparseWeights implements SparseNetwork {
  private final Layout layout;
  private final StructuralRules rules;
  private final SynapseStore store;
  private final InputWeights input;

  SparseWeights(Layout layout, StructuralRules rules, SynapseStore store, InputWeights input) {
    this.layout = layout;
    this.rules = rules;
    this.store = store;
    this.input = input;
  }

  @Override
  public InputWeights inputWeights() {
    return input;
  }

  @Override
  public Layout layout() {
    return layout;
  }

  @Override
  public boolean allowed(int pre, int post) {
    check(pre, post);
    return rules.allowed(pre, post);
  }

  @Override
  public boolean active(int pre, int post) {
    return store.find(pre, post) >= 0;
  }

  @Override
  public long activeCount() {
    return store.count();
  }

  @Override
  public float weight(int pre, int post) {
    return store.weightOf(pre, post);
  }

  @Override
  public void setWeight(int pre, int post, float weight) {
    store.weightArray()[activeSlot(pre, post)] = weight;
  }

  @Override
  public float gradient(int pre, int post) {
    return store.gradientOf(pre, post);
  }

  @Override
  public void addGradient(int pre, int post, float gradient) {
    store.gradientArray()[activeSlot(pre, post)] += gradient;
  }

  @Override
  public void activate(int pre, int post, float weight) {
    if (!allowed(pre, post)) {
      throw new IllegalStateException("synapse " + pre + " -> " + post + " is not allowed");
    }
    store.insert(pre, post, weight);
  }

  @Override
  public void deactivate(int pre, int post) {
    store.remove(pre, post);
  }

  @Override
  public Connectivity connectivity() {
    return store.connectivity();
  }

  @Override
  public void forEachActive(SynapseVisitor visitor) {
    int[] column = store.columnArray();
    float[] weight = store.weightArray();
    for (int r = 0; r < store.rows(); r++) {
      int s = store.rowStart(r);
      for (int k = s; k < s + store.rowLength(r); k++) {
        visitor.visit(r, column[k], weight[k]);
      }
    }
  }

  private int activeSlot(int pre, int post) {
    int k = store.find(pre, post);
    if (k < 0) {
      throw new IllegalStateException("synapse " + pre + " -> " + post + " is not active");
    }
    return k;
  }

  private void check(int pre, int post) {
    int n = layout.neurons();
    if (pre < 0 || pre >= n || post < 0 || post >= n) {
      throw new IndexOutOfBoundsException("synapse " + pre + " -> " + post + " outside " + n);
    }
  }
}
