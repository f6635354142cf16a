package org.rewire.runtime.engine;

import java.util.Arrays;

/**
 * The recurrent weights as dense {@code n x n} matrices, zeros where no synapse, for networks of at
 * most {@link #MAX_NEURONS} neurons where at least {@link #DEFAULT_MIN_DENSITY} of the {@code n^2}
 * possible synapses are active (the dense Mosaic baseline starts at 99 %). There the forward gather
 * ({@code I += W^T z}) and the backward product ({@code dz = W delta}) run as register-blocked
 * dense kernels ({@link org.rewire.runtime.engine.simd.LaneKernels#denseRowDots}), which load each
 * vector of spikes or deltas once per six rows instead of once per synapse. Measured in JMH on an
 * 800-neuron network at 84 % density (three runs, README "Engine speed"): the product 1.4-1.6x and
 * the gather up to 1.7x faster than the sparse kernels in spite of the multiply-adds by zero; at 17
 * % density (the benchmark network) several times slower. By the first run's figures the two
 * together break even near 54 % density (the product alone near 61 %, the gather near 48 %), hence
 * the threshold. The scalar twin of the kernels (machines without 256-bit vectors) is slower over
 * the dense matrix than over the active synapses; it takes the same path all the same, so both
 * backends give the same values.
 *
 * <p>Values: the forward currents are the sparse gather's bit for bit (each element still adds its
 * active synapses' weights in ascending presynaptic order; the zeros add nothing). The backward
 * product sums each row in one chain in column order instead of two interleaved partial sums, so
 * its float rounding differs from the sparse kernel's in the last bits; the reference tests hold
 * for both. The choice depends only on the network's structure, so results stay the same whatever
 * the thread count.
 *
 * <p>Rebuilt by {@link #rebuild} before each pass in {@code O(n^2)}; takes {@code 2 n^2} floats
 * while active (5 MB at 800 neurons, 128 MiB at {@link #MAX_NEURONS}). Not thread-safe (the
 * training thread rebuilds, workers only read).
 */
final class DenseWeights {
  /** 55 % of all possible synapses or more: just above the measured break-even (54 %). */
  static final double DEFAULT_MIN_DENSITY = 0.55;

  /** Larger networks stay sparse: the matrices would take more than 128 MiB. */
  static final int MAX_NEURONS = 4096;

  private final double minDensity;
  private boolean active;
  private float[] byPresynaptic = new float[0];
  private float[] byPostsynaptic = new float[0];

  /**
   * Dense matrices from a density of {@code minDensity} (above 1: never).
   *
   * @throws IllegalArgumentException if {@code minDensity} is NaN or negative
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
    active = n > 0 && n <= MAX_NEURONS && rec.count() >= minDensity * n * (double) n;
    if (!active) {
      byPresynaptic = new float[0];
      byPostsynaptic = new float[0];
      return;
    }
    if (byPresynaptic.length != n * n) {
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
