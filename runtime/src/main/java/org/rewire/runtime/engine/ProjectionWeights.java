package org.rewire.runtime.engine;

import java.util.Arrays;
import java.util.Objects;
import org.rewire.api.InputWeights;

/**
 * The {@link InputWeights} view of a {@link SpikingNetwork}'s input projection, for sparsifiers.
 * Reads and writes the network's input {@link SynapseStore} directly; never changes its structure,
 * so the engine's slot-indexed buffers stay valid. A read-only view over other weights by slot (the
 * quantized ones a chip holds) serves mapping.
 */
final class ProjectionWeights implements InputWeights {
  private final SynapseStore store;
  private final int[] rowsInW;
  private final float[] readOnly;

  /**
   * @param store the input weights, channel x neuron
   * @param rowsInW per channel, the neuron whose row of the paper's W holds it, or -1
   */
  ProjectionWeights(SynapseStore store, int[] rowsInW) {
    this(store, rowsInW, null);
  }

  private ProjectionWeights(SynapseStore store, int[] rowsInW, float[] readOnly) {
    this.store = store;
    this.rowsInW = rowsInW.clone();
    this.readOnly = readOnly;
  }

  /** A read-only view of the same projection whose weights are {@code weights}, by slot. */
  ProjectionWeights readOnly(float[] weights) {
    return new ProjectionWeights(store, rowsInW, weights);
  }

  @Override
  public int channels() {
    return store.rows();
  }

  @Override
  public int neuron(int channel) {
    Objects.checkIndex(channel, store.rows());
    return rowsInW[channel];
  }

  @Override
  public int[] targets(int channel) {
    Objects.checkIndex(channel, store.rows());
    int s = store.rowStart(channel);
    return Arrays.copyOfRange(store.columnArray(), s, s + store.rowLength(channel));
  }

  @Override
  public long count() {
    return store.count();
  }

  @Override
  public float weight(int channel, int post) {
    if (readOnly != null) {
      int k = store.find(channel, post);
      return k < 0 ? 0f : readOnly[k];
    }
    return store.weightOf(channel, post);
  }

  @Override
  public void setWeight(int channel, int post, float weight) {
    writable();
    store.weightArray()[slot(channel, post)] = weight;
  }

  @Override
  public float gradient(int channel, int post) {
    return store.gradientOf(channel, post);
  }

  @Override
  public void addGradient(int channel, int post, float gradient) {
    writable();
    store.gradientArray()[slot(channel, post)] += gradient;
  }

  @Override
  public void forEach(InputSynapseVisitor visitor) {
    int[] column = store.columnArray();
    float[] weight = readOnly != null ? readOnly : store.weightArray();
    for (int c = 0; c < store.rows(); c++) {
      int s = store.rowStart(c);
      for (int k = s; k < s + store.rowLength(c); k++) {
        visitor.visit(c, column[k], weight[k]);
      }
    }
  }

  private void writable() {
    if (readOnly != null) {
      throw new UnsupportedOperationException("the mapped input weights are read only");
    }
  }

  private int slot(int channel, int post) {
    int k = store.find(channel, post);
    if (k < 0) {
      throw new IllegalStateException(
          "channel " + channel + " does not drive neuron " + post + " (no such input synapse)");
    }
    return k;
  }
}
