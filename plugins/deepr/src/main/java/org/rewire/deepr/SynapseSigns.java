package org.rewire.deepr;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.random.RandomGenerator;
import org.rewire.api.SparseNetwork;

/**
 * DeepR's fixed signs (Bellec et al. 2018): one {@code +1} or {@code -1} per allowed synapse {@code
 * (pre, post)} at index {@code pre * n + post}, 0 where the synapse is not allowed; drawn once and
 * saved in a checkpoint as one bit per synapse.
 */
final class SynapseSigns {
  private SynapseSigns() {}

  /** Draws a random sign for every allowed synapse of {@code network}, rows ascending. */
  static byte[] draw(SparseNetwork network, RandomGenerator random) {
    int n = network.neurons();
    byte[] signs = new byte[n * n];
    for (int pre = 0; pre < n; pre++) {
      for (int post = 0; post < n; post++) {
        if (network.allowed(pre, post)) {
          signs[pre * n + post] = (byte) (random.nextBoolean() ? 1 : -1);
        }
      }
    }
    return signs;
  }

  /** Writes the neuron count and the signs, one bit per (pre, post) in row-major order. */
  static void write(DataOutput out, int n, byte[] signs) throws IOException {
    out.writeInt(n);
    byte[] bits = new byte[(signs.length + 7) / 8];
    for (int k = 0; k < signs.length; k++) {
      if (signs[k] > 0) {
        bits[k >>> 3] |= (byte) (1 << (k & 7));
      }
    }
    out.write(bits);
  }

  /**
   * Reads what {@link #write} wrote for {@code network}: signs of allowed synapses, 0 elsewhere.
   *
   * @throws IOException if the state is for another number of neurons
   */
  static byte[] read(DataInput in, SparseNetwork network, String owner) throws IOException {
    int size = in.readInt();
    if (size != network.neurons()) {
      throw new IOException(
          owner + " state is for " + size + " neurons, the network has " + network.neurons());
    }
    byte[] bits = new byte[(size * size + 7) / 8];
    in.readFully(bits);
    byte[] signs = new byte[size * size];
    for (int pre = 0; pre < size; pre++) {
      for (int post = 0; post < size; post++) {
        int k = pre * size + post;
        if (network.allowed(pre, post)) {
          signs[k] = (byte) ((bits[k >>> 3] & (1 << (k & 7))) != 0 ? 1 : -1);
        }
      }
    }
    return signs;
  }
}
