package org.rewire.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.rewire.api.Connectivity;
import org.rewire.api.Layout;
import org.rewire.api.StructuralRules;
import org.rewire.runtime.engine.simd.EventKernels;
import org.rewire.runtime.engine.simd.LaneKernels;

/**
 * The two networks the kernels are timed on, as the engine holds them (rows of active synapses,
 * columns ascending), and one step of spikes on a block of {@link #LANES} samples:
 *
 * <ul>
 *   <li>{@code sparse}: the benchmark network of {@code configs/bench.yaml}, 800 neurons on 25
 *       tiles of 32 on a 5 x 5 grid, connected as its Mosaic links make it: each neuron to every
 *       neuron of its own tile and of the four neighbouring tiles (hop 1, p1 = 1.0) and of each
 *       diagonal tile (hop 3) with probability 0.1, so its fan-out is runs of 32 consecutive
 *       columns (about 110k synapses after the structural rules); firing rate 0.023, as measured
 *       when training it.
 *   <li>{@code dense}: the Mosaic baseline of {@code configs/mosaic-baseline.yaml}, 670 synapses
 *       per neuron (about 537k), firing rate 0.37.
 * </ul>
 *
 * ({@link #BenchNetwork(String, double)} draws the step's spikes at another rate.)
 *
 * <p>Deterministic (seed 1); the model's structural rules (no recurrence in input tiles, no output
 * to output synapse) hold.
 */
final class BenchNetwork {
  /** Samples per block, the engine's default. */
  static final int LANES = 32;

  final int neurons = 800;
  final Layout layout = Layout.blocks(25, 32, Layout.range(0, 128), Layout.range(790, 10));
  final int[] rowStart;
  final int[] rowLength;
  final int[] column;
  final float[] weight;
  final double rate;

  /** Spikes of one step, lane-minor ({@code neuron * LANES + lane}), 0 or 1. */
  final float[] spikeLaneMinor;

  /** The neurons that fired in each lane, ascending. */
  final int[][] firedByLane;

  /** Each neuron's lanes that fired, bit {@code b} for lane {@code b}. */
  final long[] laneMasks;

  /** Spikes in the step, all lanes. */
  final int spikes;

  BenchNetwork(String kind) {
    this(kind, kind.equals("dense") ? 0.37 : 0.023);
  }

  /** The network {@code kind}, its step of spikes drawn at firing rate {@code rate}. */
  BenchNetwork(String kind, double rate) {
    SplittableRandom random = new SplittableRandom(1);
    boolean dense = kind.equals("dense");
    int fanOut = 670; // dense only
    this.rate = rate;
    StructuralRules rules = StructuralRules.of(layout);
    rowStart = new int[neurons + 1];
    rowLength = new int[neurons];
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < neurons; i++) {
      rowStart[i] = columns.size();
      TreeSet<Integer> row = new TreeSet<>();
      if (dense) {
        int tries = 0;
        while (row.size() < fanOut && tries++ < 100 * fanOut) {
          int j = random.nextInt(neurons);
          if (rules.allowed(i, j)) {
            row.add(j);
          }
        }
      } else {
        int tile = i / 32;
        for (int t = 0; t < 25; t++) {
          int dr = Math.abs(t / 5 - tile / 5);
          int dc = Math.abs(t % 5 - tile % 5);
          boolean linked = dr + dc <= 1 || (dr == 1 && dc == 1 && random.nextDouble() < 0.1);
          for (int j = t * 32; linked && j < t * 32 + 32; j++) {
            if (rules.allowed(i, j)) {
              row.add(j);
            }
          }
        }
      }
      columns.addAll(row);
      rowLength[i] = row.size();
    }
    rowStart[neurons] = columns.size();
    column = columns.stream().mapToInt(Integer::intValue).toArray();
    weight = new float[column.length];
    for (int k = 0; k < weight.length; k++) {
      weight[k] = (float) (0.1 * random.nextGaussian());
    }
    spikeLaneMinor = new float[neurons * LANES];
    firedByLane = new int[LANES][];
    laneMasks = new long[neurons];
    int total = 0;
    for (int b = 0; b < LANES; b++) {
      List<Integer> fired = new ArrayList<>();
      for (int i = 0; i < neurons; i++) {
        if (random.nextDouble() < rate) {
          fired.add(i);
          spikeLaneMinor[i * LANES + b] = 1f;
          laneMasks[i] |= 1L << b;
        }
      }
      firedByLane[b] = fired.stream().mapToInt(Integer::intValue).toArray();
      total += firedByLane[b].length;
    }
    spikes = total;
  }

  /**
   * The synapses by postsynaptic neuron, as the engine's forward gather reads them: column {@code
   * j}'s presynaptic neurons ascending at {@code [start[j], start[j] + length[j])} of {@code
   * presynaptic} and {@code weight}.
   */
  record Columns(int[] start, int[] length, int[] presynaptic, float[] weight) {}

  /** {@link Columns} of this network. */
  Columns columns() {
    int[] start = new int[neurons];
    int[] length = new int[neurons];
    for (int k = 0; k < column.length; k++) {
      length[column[k]]++;
    }
    for (int j = 1; j < neurons; j++) {
      start[j] = start[j - 1] + length[j - 1];
    }
    int[] presynaptic = new int[synapses()];
    float[] columnWeight = new float[synapses()];
    int[] fill = new int[neurons];
    for (int i = 0; i < neurons; i++) {
      for (int k = rowStart[i]; k < rowStart[i] + rowLength[i]; k++) {
        int j = column[k];
        int q = start[j] + fill[j]++;
        presynaptic[q] = i;
        columnWeight[q] = weight[k];
      }
    }
    return new Columns(start, length, presynaptic, columnWeight);
  }

  /** The weights as an {@code n x n} matrix, row {@code j} the fan-in of neuron {@code j}. */
  float[] byPostsynaptic() {
    float[] m = new float[neurons * neurons];
    for (int i = 0; i < neurons; i++) {
      for (int k = rowStart[i]; k < rowStart[i] + rowLength[i]; k++) {
        m[column[k] * neurons + i] = weight[k];
      }
    }
    return m;
  }

  /**
   * The step's spikes into {@code laneMajor} as the engine's forward pass adds them at low rates,
   * each fired neuron's fan-out into all the lanes it fired in; then turned lane-minor into {@code
   * laneMinor}. Returns one element, for the benchmark to return.
   */
  float scatterByNeuron(LaneKernels kernel, float[] laneMajor, float[] laneMinor) {
    for (int i = 0; i < neurons; i++) {
      if (laneMasks[i] != 0) {
        kernel.scatterRowToLanes(
            i, laneMasks[i], rowStart, rowLength, column, weight, laneMajor, neurons);
      }
    }
    EventKernels.toLaneMinor(laneMajor, neurons, LANES, laneMinor, LANES);
    return laneMinor[7];
  }

  /** Active synapses. */
  int synapses() {
    return column.length;
  }

  /** The structure as the api's connectivity. */
  Connectivity connectivity() {
    return Connectivity.ofRows(neurons, rowStart, column);
  }

  /** Random floats, {@code N(0, 1)}, seeded. */
  static float[] gaussian(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[size];
    for (int k = 0; k < size; k++) {
      x[k] = (float) random.nextGaussian();
    }
    return x;
  }
}
