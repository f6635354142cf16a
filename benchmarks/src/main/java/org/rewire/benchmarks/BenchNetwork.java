package org.rewire.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.rewire.api.Connectivity;
import org.rewire.api.Layout;
import org.rewire.api.StructuralRules;

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
 * Deterministic (seed 1); the model's structural rules (no recurrence in input tiles, no output to
 * output synapse) hold.
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
    SplittableRandom random = new SplittableRandom(1);
    boolean dense = kind.equals("dense");
    int fanOut = 670; // dense only
    rate = dense ? 0.37 : 0.023;
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
