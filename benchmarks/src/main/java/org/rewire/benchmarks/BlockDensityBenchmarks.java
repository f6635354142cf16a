package org.rewire.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.rewire.runtime.engine.BlockWeights;
import org.rewire.runtime.engine.SynapseStore;
import org.rewire.runtime.engine.simd.KernelSelection;
import org.rewire.runtime.engine.simd.LaneKernels;

/**
 * Where a 32 x 32 block of synapses is worth running dense: the backward recurrent product {@code
 * dz = W delta} (one step of one block of 32 samples, microseconds per call, vector kernels) over a
 * network whose blocks are {@code density} full, by the sparse kernel ({@link #sparse}) and by the
 * dense-block kernel ({@link #blocks}, every block with a synapse dense, zeros where none). The
 * network: 800 neurons, 25 row blocks of 32 presynaptic neurons, each with 4 blocks of postsynaptic
 * columns (its own and three others, as a Mosaic tile's links make them), each synapse of those
 * blocks present with probability {@code density}: about {@code 102k density} synapses. The
 * engine's threshold ({@code BlockWeights}, 70 %) sits where the two meet. Timings are README
 * figures, never test assertions.
 */
public class BlockDensityBenchmarks extends EngineBenchmark {
  private static final int NEURONS = 800;
  private static final int BLOCK = 32;
  private static final int[] LINKED = {0, 1, 5, 6}; // column blocks rb + these, mod 25

  @Param({"0.5", "0.6", "0.7", "0.8", "0.9", "1.0"})
  public double density;

  private LaneKernels kernel;
  private SynapseStore store;
  private BlockWeights blocks;
  private float[] delta;
  private float[] out;

  @Setup(Level.Trial)
  public void setUp() {
    kernel = KernelSelection.select("vector");
    int blockCount = NEURONS / BLOCK;
    SplittableRandom random = new SplittableRandom(11);
    int[] rowStart = new int[NEURONS + 1];
    int[] targets = new int[NEURONS * LINKED.length * BLOCK];
    int k = 0;
    for (int i = 0; i < NEURONS; i++) {
      int rb = i / BLOCK;
      boolean[] linked = new boolean[blockCount];
      for (int d : LINKED) {
        linked[(rb + d) % blockCount] = true;
      }
      for (int j = 0; j < NEURONS; j++) {
        if (linked[j / BLOCK] && random.nextDouble() < density) {
          targets[k++] = j;
        }
      }
      rowStart[i + 1] = k;
    }
    store = SynapseStore.ofRows(NEURONS, NEURONS, rowStart, java.util.Arrays.copyOf(targets, k));
    float[] w = store.weightArray();
    float[] noise = BenchNetwork.gaussian(w.length, 12);
    for (int q = 0; q < w.length; q++) {
      w[q] = 0.1f * noise[q];
    }
    blocks = new BlockWeights(1e-9, BLOCK);
    blocks.rebuild(store, w);
    int size = NEURONS * BenchNetwork.LANES;
    delta = BenchNetwork.gaussian(size, 13);
    out = new float[size];
  }

  /** {@code dz = W delta} over the active synapses, one 32-lane vector load per synapse. */
  @Benchmark
  public float sparse() {
    kernel.rowDots(
        0,
        NEURONS,
        store.rowStartArray(),
        store.rowLengthArray(),
        store.columnArray(),
        store.weightArray(),
        delta,
        out,
        BenchNetwork.LANES);
    return out[7];
  }

  /** The same product over every block with a synapse as a dense 32 x 32 block. */
  @Benchmark
  public float blocks() {
    blocks.product(0, NEURONS, kernel, delta, out, BenchNetwork.LANES);
    return out[7];
  }
}
