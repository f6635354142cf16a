package org.rewire.api;

import java.util.Arrays;

/**
 * Where the neurons of a network sit on a chip: {@code neurons} neurons numbered {@code 0 ..
 * neurons-1}, each on one of {@code cores} cores (tiles), plus the neurons that receive input
 * channels and the neurons read out as class scores. Immutable; accessors that return arrays return
 * copies.
 */
public final class Layout {
  private final int cores;
  private final int[] coreOf;
  private final int[] inputNeurons;
  private final int[] outputNeurons;
  private final int[] coreStart;
  private final int[] byCore;

  /**
   * @param cores number of cores, at least 1
   * @param coreOf for each neuron its core, in {@code [0, cores)}; every core holds at least one
   *     neuron
   * @param inputNeurons neurons that input channels drive, distinct, in the order channels are
   *     attached
   * @param outputNeurons neurons read out as class scores, distinct, in class order
   * @throws IllegalArgumentException if any of the above does not hold
   */
  public Layout(int cores, int[] coreOf, int[] inputNeurons, int[] outputNeurons) {
    if (cores < 1) {
      throw new IllegalArgumentException("cores must be >= 1, got " + cores);
    }
    this.cores = cores;
    this.coreOf = coreOf.clone();
    this.inputNeurons = checkNeurons("input", inputNeurons.clone(), coreOf.length);
    this.outputNeurons = checkNeurons("output", outputNeurons.clone(), coreOf.length);
    int[] count = new int[cores + 1];
    for (int i = 0; i < this.coreOf.length; i++) {
      int c = this.coreOf[i];
      if (c < 0 || c >= cores) {
        throw new IllegalArgumentException("neuron " + i + " on core " + c + " of " + cores);
      }
      count[c + 1]++;
    }
    for (int c = 0; c < cores; c++) {
      if (count[c + 1] == 0) {
        throw new IllegalArgumentException("core " + c + " holds no neuron");
      }
      count[c + 1] += count[c];
    }
    this.coreStart = count.clone();
    this.byCore = new int[this.coreOf.length];
    int[] next = Arrays.copyOf(count, cores);
    for (int i = 0; i < this.coreOf.length; i++) {
      byCore[next[this.coreOf[i]]++] = i;
    }
  }

  /**
   * A layout of {@code cores} equal cores of {@code coreSize} consecutive neurons: neuron {@code i}
   * sits on core {@code i / coreSize}.
   */
  public static Layout blocks(int cores, int coreSize, int[] inputNeurons, int[] outputNeurons) {
    if (coreSize < 1) {
      throw new IllegalArgumentException("core size must be >= 1, got " + coreSize);
    }
    int[] coreOf = new int[Math.multiplyExact(cores, coreSize)];
    for (int i = 0; i < coreOf.length; i++) {
      coreOf[i] = i / coreSize;
    }
    return new Layout(cores, coreOf, inputNeurons, outputNeurons);
  }

  /** {@code count} consecutive neuron ids starting at {@code first}. */
  public static int[] range(int first, int count) {
    int[] ids = new int[count];
    for (int i = 0; i < count; i++) {
      ids[i] = first + i;
    }
    return ids;
  }

  private static int[] checkNeurons(String what, int[] ids, int neurons) {
    boolean[] seen = new boolean[neurons];
    for (int id : ids) {
      if (id < 0 || id >= neurons) {
        throw new IllegalArgumentException(
            what + " neuron " + id + " outside [0, " + neurons + ")");
      }
      if (seen[id]) {
        throw new IllegalArgumentException(what + " neuron " + id + " listed twice");
      }
      seen[id] = true;
    }
    return ids;
  }

  /** Number of neurons. */
  public int neurons() {
    return coreOf.length;
  }

  /** Number of cores (tiles). */
  public int cores() {
    return cores;
  }

  /** The core neuron {@code neuron} sits on. */
  public int coreOf(int neuron) {
    return coreOf[neuron];
  }

  /** Number of neurons on {@code core}. */
  public int coreSize(int core) {
    return coreStart[core + 1] - coreStart[core];
  }

  /** The neurons on {@code core}, ascending. */
  public int[] neuronsOn(int core) {
    return Arrays.copyOfRange(byCore, coreStart[core], coreStart[core + 1]);
  }

  /** Neurons driven by input channels, in channel order. */
  public int[] inputNeurons() {
    return inputNeurons.clone();
  }

  /** Neurons read out as class scores, in class order. */
  public int[] outputNeurons() {
    return outputNeurons.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layout l
        && cores == l.cores
        && Arrays.equals(coreOf, l.coreOf)
        && Arrays.equals(inputNeurons, l.inputNeurons)
        && Arrays.equals(outputNeurons, l.outputNeurons);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(coreOf) + Arrays.hashCode(inputNeurons))
        + Arrays.hashCode(outputNeurons);
  }

  @Override
  public String toString() {
    return "Layout[neurons="
        + neurons()
        + ", cores="
        + cores
        + ", inputs="
        + inputNeurons.length
        + ", outputs="
        + outputNeurons.length
        + "]";
  }
}
