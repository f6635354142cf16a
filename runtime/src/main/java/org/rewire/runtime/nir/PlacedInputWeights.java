package org.rewire.runtime.nir;

import java.util.Arrays;
import org.rewire.api.InputWeights;

/**
 * A NIR graph's input weights ({@code W_in}, NIR's {@code Affine} or {@code Linear} into the
 * population) placed on a target, read only: what {@code rewire map FILE.nir} hands the target
 * beside the recurrent network, so that a chip that stores input weights (xylo-class) counts them
 * as it does in training. Only non-zero weights are synapses. The projection has no place in the
 * paper's matrix W ({@link #neuron} is -1), as a dense projection has none.
 */
final class PlacedInputWeights implements InputWeights {
  private final int channels;
  // Per channel: the placed neurons it drives (ascending) and their weights, in that order.
  private final int[][] targets;
  private final float[][] weights;

  /**
   * @param place the target neuron of each of the graph's neurons, distinct (as {@link Placement}
   *     gives them)
   */
  PlacedInputWeights(NirPopulation p, int[] place) {
    channels = p.channels();
    targets = new int[channels][];
    weights = new float[channels][];
    // The graph's neuron on each target neuron (-1: none), so that targets come out ascending.
    int size = 0;
    for (int t : place) {
      size = Math.max(size, t + 1);
    }
    int[] neuronOn = new int[size];
    Arrays.fill(neuronOn, -1);
    for (int j = 0; j < place.length; j++) {
      neuronOn[place[j]] = j;
    }
    for (int c = 0; c < channels; c++) {
      int[] t = new int[place.length];
      float[] w = new float[place.length];
      int m = 0;
      for (int post = 0; post < size; post++) {
        int j = neuronOn[post];
        if (j >= 0 && p.inputWeight(j, c) != 0) {
          t[m] = post;
          w[m++] = p.inputWeight(j, c);
        }
      }
      targets[c] = Arrays.copyOf(t, m);
      weights[c] = Arrays.copyOf(w, m);
    }
  }

  @Override
  public int channels() {
    return channels;
  }

  @Override
  public int neuron(int channel) {
    check(channel);
    return -1;
  }

  @Override
  public int[] targets(int channel) {
    check(channel);
    return targets[channel].clone();
  }

  @Override
  public long count() {
    long count = 0;
    for (int[] t : targets) {
      count += t.length;
    }
    return count;
  }

  @Override
  public float weight(int channel, int post) {
    check(channel);
    int i = Arrays.binarySearch(targets[channel], post);
    return i < 0 ? 0f : weights[channel][i];
  }

  /**
   * @throws UnsupportedOperationException always: an imported graph's weights are read only
   */
  @Override
  public void setWeight(int channel, int post, float weight) {
    throw new UnsupportedOperationException("a NIR graph's input weights are read only");
  }

  @Override
  public float gradient(int channel, int post) {
    return 0f;
  }

  /**
   * @throws UnsupportedOperationException always: an imported graph is not trained
   */
  @Override
  public void addGradient(int channel, int post, float gradient) {
    throw new UnsupportedOperationException("a NIR graph's input weights are read only");
  }

  @Override
  public void forEach(InputSynapseVisitor visitor) {
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < targets[c].length; i++) {
        visitor.visit(c, targets[c][i], weights[c][i]);
      }
    }
  }

  private void check(int channel) {
    if (channel < 0 || channel >= channels) {
      throw new IndexOutOfBoundsException("channel " + channel + " of " + channels);
    }
  }
}
