package org.rewire.api;

import java.util.Arrays;

/**
 * Which synapses of a network exist: a directed graph over neurons {@code 0 .. n-1}, stored as
 * compressed rows (for each presynaptic neuron, its postsynaptic neurons in ascending order, no
 * repeats). Immutable and cheap to walk without copying: {@code for (int k = rowStart(i); k <
 * rowEnd(i); k++) target(k)}.
 */
public final class Connectivity {
  private final int neurons;
  private final int[] rowStart;
  private final int[] targets;

  private Connectivity(int neurons, int[] rowStart, int[] targets) {
    this.neurons = neurons;
    this.rowStart = rowStart;
    this.targets = targets;
  }

  /**
   * Builds from compressed rows, checking them.
   *
   * @param rowStart {@code n + 1} offsets into {@code targets}, non-decreasing, from 0 to {@code
   *     targets.length}
   * @param targets the postsynaptic neurons of each row, strictly ascending within a row
   */
  public static Connectivity ofRows(int neurons, int[] rowStart, int[] targets) {
    if (rowStart.length != neurons + 1 || rowStart[0] != 0 || rowStart[neurons] != targets.length) {
      throw new IllegalArgumentException("rowStart must have n + 1 offsets from 0 to #targets");
    }
    for (int i = 0; i < neurons; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int t = targets[k];
        if (t < 0 || t >= neurons || (k > rowStart[i] && t <= targets[k - 1])) {
          throw new IllegalArgumentException(
              "row " + i + ": targets must be ascending, distinct and in [0, " + neurons + ")");
        }
      }
    }
    return new Connectivity(neurons, rowStart.clone(), targets.clone());
  }

  /** Builds from a dense boolean matrix {@code exists[pre][post]}. */
  public static Connectivity ofMatrix(boolean[][] exists) {
    Builder b = new Builder(exists.length);
    for (int i = 0; i < exists.length; i++) {
      for (int j = 0; j < exists[i].length; j++) {
        if (exists[i][j]) {
          b.add(i, j);
        }
      }
    }
    return b.build();
  }

  /** Number of neurons. */
  public int neurons() {
    return neurons;
  }

  /** Number of synapses. */
  public int synapses() {
    return targets.length;
  }

  /** Index of the first synapse of {@code pre} in {@link #target(int)}. */
  public int rowStart(int pre) {
    return rowStart[pre];
  }

  /** One past the index of the last synapse of {@code pre}. */
  public int rowEnd(int pre) {
    return rowStart[pre + 1];
  }

  /** The postsynaptic neuron of synapse {@code k}. */
  public int target(int k) {
    return targets[k];
  }

  /** The postsynaptic neurons of {@code pre}, ascending (a copy). */
  public int[] targetsOf(int pre) {
    return Arrays.copyOfRange(targets, rowStart[pre], rowStart[pre + 1]);
  }

  /** Whether synapse {@code pre -> post} exists (binary search in the row). */
  public boolean contains(int pre, int post) {
    return Arrays.binarySearch(targets, rowStart[pre], rowStart[pre + 1], post) >= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Connectivity c
        && neurons == c.neurons
        && Arrays.equals(rowStart, c.rowStart)
        && Arrays.equals(targets, c.targets);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(rowStart) + Arrays.hashCode(targets);
  }

  @Override
  public String toString() {
    return "Connectivity[neurons=" + neurons + ", synapses=" + targets.length + "]";
  }

  /** Collects synapses in any order, repeats allowed; {@link #build()} sorts and deduplicates. */
  public static final class Builder {
    private final int neurons;
    private long[] edges = new long[64];
    private int size;

    /** A builder for a network of {@code neurons} neurons. */
    public Builder(int neurons) {
      if (neurons < 0) {
        throw new IllegalArgumentException("neurons must be >= 0, got " + neurons);
      }
      this.neurons = neurons;
    }

    /** Adds synapse {@code pre -> post}. */
    public Builder add(int pre, int post) {
      if (pre < 0 || pre >= neurons || post < 0 || post >= neurons) {
        throw new IllegalArgumentException(
            "synapse " + pre + " -> " + post + " outside [0, " + neurons + ")");
      }
      if (size == edges.length) {
        edges = Arrays.copyOf(edges, size * 2);
      }
      edges[size++] = ((long) pre << 32) | post;
      return this;
    }

    /** The graph of the synapses added so far. */
    public Connectivity build() {
      long[] sorted = Arrays.copyOf(edges, size);
      Arrays.sort(sorted);
      int[] rowStart = new int[neurons + 1];
      int[] targets = new int[size];
      int count = 0;
      for (int k = 0; k < sorted.length; k++) {
        if (k > 0 && sorted[k] == sorted[k - 1]) {
          continue;
        }
        int pre = (int) (sorted[k] >>> 32);
        targets[count++] = (int) sorted[k];
        rowStart[pre + 1]++;
      }
      for (int i = 0; i < neurons; i++) {
        rowStart[i + 1] += rowStart[i];
      }
      return new Connectivity(neurons, rowStart, Arrays.copyOf(targets, count));
    }
  }
}
