package org.rewire.runtime.engine;

import java.util.Arrays;

/**
 * The recurrent weights as dense {@code n x n} matrices, zeros where no synapse, for networks where
 * at least {@link #DEFAULT_MIN_DENSITY} of the {@code n^2} possible synapses are active (the dense
 * Mosaic baseline: 537k of 640k). There the forward gather ({@code I += W^T z}) and the backward
 * product ({@code dz = W delta}) run as register-blocked dense kernels ({@link
 * org.rewire.runtime.engine.simd.LaneKernels#denseRowDots}), which load each vector of spikes or
 * deltas once per six rows instead of once per synapse: measured 1.7x faster per pass on the dense
 * baseline in spite of the multiply-adds by zero, and about 2.2x slower on the 17 % dense benchmark
 * network, hence the threshold.
 *
 * <p>Values: the forward currents are the sparse gather's bit for bit (each element still adds its
 * active synapses' weights in ascending presynaptic order; the zeros add nothing). The backward
 * product sums each row in one chain in column order instead of two interleaved partial sums, so
 * its float rounding differs from the sparse kernel's in the last bits; the reference and
 * finite-difference tests hold for both. The choice depends only on the network's structure, so
 * results stay the same whatever the thread count.
 *
 * <p>Rebuilt by {@link #rebuild} before each pass in {@code O(n^2)}; takes {@code 2 n^2} floats
 * while active. Not thread-safe (the training thread rebuilds, workers only read).
 */
final class DenseWeights {
  /** Half of all possible synapses or more: the dense kernels' measured break-even is near 0.45. */
  static final double DEFAULT_MIN_DENSITY = 0.5;

  private final double minDensity;
  private boolean active;
  private int neurons;
  private float[] byPresynaptic = new float[0];
  private float[] byPostsynaptic = new float[0];

  /**
   * Dense matrices from a density of {@code minDensity} (above 1: never).
   *
   * @throws IllegalArgumentException if {@code minDensity} is not in {@code [0, +inf)}
   */
  DenseWeights(double minDensity) {
    if (!(minDensity >= 0)) {
      throw new IllegalArgumentException("minDensity must be >= 0, got " + minDensity);
    }
    this.minDensity = minDensity;
  }

  /** Lays out {@code rec}'s active synapses with {@code weights} (by slot), or goes inactive. */
  void rebuild(SynapseStore rec, float[] weights) {
    int n = rec.rows();
    active = n > 0 && rec.count() >= minDensity * n * (double) n;
    if (!active) {
      byPresynaptic = new float[0];
      byPostsynaptic = new float[0];
      return;
    }
    if (neurons != n || byPresynaptic.length != n * n) {
      neurons = n;
      byPresynaptic = new float[n * n];
      byPostsynaptic = new float[n * n];
    } else {
      Arrays.fill(byPresynaptic, 0f);
      Arrays.fill(byPostsynaptic, 0f);
    }
    int[] rowStart = rec.rowStartArray();
    int[] rowLength = rec.rowLengthArray();
    int[] column = rec.columnArray();
    for (int i = 0; i < n; i++) {
      for (int k = rowStart[i]; k < rowStart[i] + rowLength[i]; k++) {
        byPresynaptic[i * n + column[k]] = weights[k];
        byPostsynaptic[column[k] * n + i] = weights[k];
      }
    }
  }

  /** Whether the last {@link #rebuild} laid the weights out densely. */
  boolean active() {
    return active;
  }

  /** Row {@code i} = presynaptic neuron {@code i}'s fan-out weights, {@code n x n}, row-major. */
  float[] byPresynaptic() {
    return byPresynaptic;
  }

  /** Row {@code j} = postsynaptic neuron {@code j}'s fan-in weights, {@code n x n}, row-major. */
  float[] byPostsynaptic() {
    return byPostsynaptic;
  }
}
