package org.rewire.testkit;

import java.util.Arrays;
import java.util.Objects;
import org.rewire.api.InputWeights;

/**
 * A plain-array {@link InputWeights} for testing sparsifiers without the engine: fixed structure
 * (which neurons each channel drives), settable weights and gradients, strict about synapses that
 * do not exist.
 */
public final class ArrayInputWeights implements InputWeights {
  private final int[] rowsInW;
  private final int[][] targets;
  private final float[][] weight;
  private final float[][] gradient;

  /**
   * @param rowsInW per channel, the neuron whose row of the paper's W holds it, or -1
   * @param targets per channel, the neurons it drives, ascending and distinct
   * @throws IllegalArgumentException if the arrays differ in length or a row is not ascending
   */
  public ArrayInputWeights(int[] rowsInW, int[][] targets) {
    if (rowsInW.length != targets.length) {
      throw new IllegalArgumentException(
          rowsInW.length + " rows in W for " + targets.length + " channels");
    }
    this.rowsInW = rowsInW.clone();
    this.targets = new int[targets.length][];
    this.weight = new float[targets.length][];
    this.gradient = new float[targets.length][];
    for (int c = 0; c < targets.length; c++) {
      for (int k = 1; k < targets[c].length; k++) {
        if (targets[c][k] <= targets[c][k - 1]) {
          throw new IllegalArgumentException("channel " + c + ": targets not ascending");
        }
      }
      this.targets[c] = targets[c].clone();
      this.weight[c] = new float[targets[c].length];
      this.gradient[c] = new float[targets[c].length];
    }
  }

  @Override
  public int channels() {
    return targets.length;
  }

  @Override
  public int neuron(int channel) {
    return rowsInW[Objects.checkIndex(channel, targets.length)];
  }

  @Override
  public int[] targets(int channel) {
    return targets[Objects.checkIndex(channel, targets.length)].clone();
  }

  @Override
  public long count() {
    long n = 0;
    for (int[] t : targets) {
      n += t.length;
    }
    return n;
  }

  @Override
  public float weight(int channel, int post) {
    int k = find(channel, post);
    return k < 0 ? 0f : weight[channel][k];
  }

  @Override
  public void setWeight(int channel, int post, float w) {
    weight[channel][slot(channel, post)] = w;
  }

  @Override
  public float gradient(int channel, int post) {
    int k = find(channel, post);
    return k < 0 ? 0f : gradient[channel][k];
  }

  @Override
  public void addGradient(int channel, int post, float g) {
    gradient[channel][slot(channel, post)] += g;
  }

  /** Sets the gradient a backward pass would have produced. */
  public void setGradient(int channel, int post, float g) {
    gradient[channel][slot(channel, post)] = g;
  }

  @Override
  public void forEach(InputSynapseVisitor visitor) {
    for (int c = 0; c < targets.length; c++) {
      for (int k = 0; k < targets[c].length; k++) {
        visitor.visit(c, targets[c][k], weight[c][k]);
      }
    }
  }

  private int find(int channel, int post) {
    if (channel < 0 || channel >= targets.length) {
      return -1;
    }
    int k = Arrays.binarySearch(targets[channel], post);
    return k >= 0 ? k : -1;
  }

  private int slot(int channel, int post) {
    int k = find(channel, post);
    if (k < 0) {
      throw new IllegalStateException("channel " + channel + " does not drive neuron " + post);
    }
    return k;
  }
}
