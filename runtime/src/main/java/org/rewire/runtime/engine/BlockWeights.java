package org.rewire.runtime.engine;

import java.util.Arrays;
import org.rewire.runtime.engine.simd.LaneKernels;

/**
 * The recurrent weights as a block-sparse matrix for the backward product {@code dz = W delta}: the
 * {@code n x n} matrix cut into blocks of {@code block} ({@link #DEFAULT_BLOCK}) presynaptic rows
 * by as many postsynaptic columns (the last ones narrower when {@code n} is not a multiple), each
 * block with at least {@link #DEFAULT_MIN_DENSITY} of its synapses active held dense (zeros where
 * no synapse), the synapses of the other blocks kept as a sparse remainder. A chip's core-to-core
 * links make such blocks: on the benchmark network (Mosaic, 32-neuron tiles at multiples of 32,
 * every neuron linked to its own and the four neighbouring tiles) nearly all of its 110k synapses
 * sit in full 32 x 32 blocks. A row block's dense blocks then run as one register-blocked dense
 * product over the columns they cover ({@link LaneKernels#denseRowDots(int, int, int, float[], int,
 * int[], float[], float[], int, boolean)}): each vector of {@code delta} loaded serves six rows
 * from the L1 cache, where the sparse kernel loads it once per synapse, mostly from L2.
 *
 * <p>Values: each element of {@code dz} is the chain of fused multiply-adds over its row's dense
 * blocks' columns in ascending order from 0, carried on over its synapses in sparse blocks when it
 * has some, in {@link LaneKernels#rowDotsInto}'s partial sums. Another float order than the sparse
 * kernel's alone, so the last bits differ from it; the reference tests hold for both, and since the
 * layout depends only on the network's structure, results stay the same whatever the thread count
 * or kernel backend.
 *
 * <p>Public for the JMH benchmarks; the engine makes and rebuilds its own. Used when the network is
 * not dense ({@link DenseWeights} takes those) and at least half of its synapses fall in dense
 * blocks; rebuilt by {@link #rebuild} before each pass in {@code O(n^2 / block^2 + synapses)}.
 * Takes one float per cell of its dense blocks. Not thread-safe (the training thread rebuilds,
 * workers only read).
 */
public final class BlockWeights {
  /** Rows and columns per block: a Mosaic tile's 32 neurons. */
  static final int DEFAULT_BLOCK = 32;

  /**
   * A block goes dense from 70 % of its cells active. Measured on 800 neurons, 32 lanes, every
   * block at one density (one product, best of 40, vector kernels): at 62 % the block product took
   * 86 us against the sparse product's 73-77, at 70 % 76 against 82, at 100 % 75 against 109; below
   * about 67-70 % the multiply-adds by zero cost more than the loads they save.
   */
  static final double DEFAULT_MIN_DENSITY = 0.7;

  /** At least this share of the synapses in dense blocks, else the plain sparse product. */
  private static final double MIN_BLOCKED_SHARE = 0.5;

  private final double minDensity;
  private final int block;
  private boolean active;
  private int neurons;
  private float[][] matrix = new float[0][];
  private int[][] xRow = new int[0][];
  private int[] width = new int[0];
  private int[] restRow = new int[0];
  private int restRows;
  private int[] restStart = new int[0];
  private int[] restLength = new int[0];
  private int[] restColumn = new int[0];
  private float[] restWeight = new float[0];

  /**
   * Blocks of {@code block} x {@code block}, dense from a density of {@code minDensity} (above 1:
   * never).
   *
   * @throws IllegalArgumentException if {@code minDensity} is NaN or not positive, or {@code block}
   *     is below 1
   */
  public BlockWeights(double minDensity, int block) {
    if (!(minDensity > 0) || block < 1) {
      throw new IllegalArgumentException(
          "need minDensity > 0 and block >= 1, got " + minDensity + " and " + block);
    }
    this.minDensity = minDensity;
    this.block = block;
  }

  /**
   * The engine's blocks: {@link #DEFAULT_BLOCK} square, dense from {@link #DEFAULT_MIN_DENSITY}.
   */
  public static BlockWeights defaults() {
    return new BlockWeights(DEFAULT_MIN_DENSITY, DEFAULT_BLOCK);
  }

  /**
   * Lays out {@code rec}'s active synapses with {@code weights} (one float per slot of {@code rec},
   * as {@link SynapseStore#weightArray()}), or goes inactive.
   */
  public void rebuild(SynapseStore rec, float[] weights) {
    int n = rec.rows();
    neurons = n;
    int blocks = (n + block - 1) / block;
    int[] rowStart = rec.rowStartArray();
    int[] rowLength = rec.rowLengthArray();
    int[] column = rec.columnArray();
    boolean[] dense = new boolean[blocks * blocks];
    long blocked = denseBlocks(n, blocks, rowStart, rowLength, column, dense);
    active = blocked > 0 && blocked >= MIN_BLOCKED_SHARE * rec.count();
    if (!active) {
      matrix = new float[0][];
      xRow = new int[0][];
      return;
    }
    layOut(n, blocks, dense);
    fill(n, blocks, dense, rowStart, rowLength, column, weights, Math.toIntExact(rec.count()));
  }

  /**
   * Marks in {@code dense} the blocks ({@code rowBlock * blocks + columnBlock}) that reach the
   * density; returns the synapses they hold.
   */
  private long denseBlocks(
      int n, int blocks, int[] rowStart, int[] rowLength, int[] column, boolean[] dense) {
    int[] count = new int[blocks * blocks];
    for (int i = 0; i < n; i++) {
      int rb = i / block;
      for (int k = rowStart[i]; k < rowStart[i] + rowLength[i]; k++) {
        count[rb * blocks + column[k] / block]++;
      }
    }
    long blocked = 0;
    for (int rb = 0; rb < blocks; rb++) {
      for (int cb = 0; cb < blocks; cb++) {
        int b = rb * blocks + cb;
        dense[b] = count[b] >= minDensity * ((double) span(rb, n) * span(cb, n));
        blocked += dense[b] ? count[b] : 0;
      }
    }
    return blocked;
  }

  /** Each row block's packed matrix (zeroed) and the column each packed column stands for. */
  private void layOut(int n, int blocks, boolean[] dense) {
    if (matrix.length != blocks) {
      matrix = new float[blocks][];
      xRow = new int[blocks][];
      width = new int[blocks];
    }
    for (int rb = 0; rb < blocks; rb++) {
      int w = 0;
      for (int cb = 0; cb < blocks; cb++) {
        w += dense[rb * blocks + cb] ? span(cb, n) : 0;
      }
      int[] columns = new int[w];
      int p = 0;
      for (int cb = 0; cb < blocks; cb++) {
        for (int c = cb * block; dense[rb * blocks + cb] && c < cb * block + span(cb, n); c++) {
          columns[p++] = c;
        }
      }
      xRow[rb] = columns;
      width[rb] = w;
      int cells = span(rb, n) * w;
      if (matrix[rb] == null || matrix[rb].length != cells) {
        matrix[rb] = new float[cells];
      } else {
        Arrays.fill(matrix[rb], 0f);
      }
    }
  }

  /** Weights into the dense blocks' cells, the other synapses into the sparse remainder. */
  private void fill(
      int n,
      int blocks,
      boolean[] dense,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weights,
      int synapses) {
    if (restRow.length != n) {
      restRow = new int[n];
      restStart = new int[n];
      restLength = new int[n];
    }
    if (restColumn.length < synapses) {
      restColumn = new int[synapses];
      restWeight = new float[synapses];
    }
    int[] packedAt = new int[blocks]; // a dense column block's first packed column in its row block
    int rest = 0;
    int rows = 0;
    for (int rb = 0; rb < blocks; rb++) {
      int p = 0;
      for (int cb = 0; cb < blocks; cb++) {
        packedAt[cb] = p;
        p += dense[rb * blocks + cb] ? span(cb, n) : 0;
      }
      for (int i = rb * block; i < rb * block + span(rb, n); i++) {
        int start = rest;
        int base = (i - rb * block) * width[rb];
        for (int k = rowStart[i]; k < rowStart[i] + rowLength[i]; k++) {
          int cb = column[k] / block;
          if (dense[rb * blocks + cb]) {
            matrix[rb][base + packedAt[cb] + column[k] - cb * block] = weights[k];
          } else {
            restColumn[rest] = column[k];
            restWeight[rest++] = weights[k];
          }
        }
        if (rest > start) {
          restRow[rows] = i;
          restStart[rows] = start;
          restLength[rows++] = rest - start;
        }
      }
    }
    restRows = rows;
  }

  /** The first of the rows with sparse synapses that is {@code >= row}. */
  private int firstRestRow(int row) {
    int i = Arrays.binarySearch(restRow, 0, restRows, row);
    return i >= 0 ? i : -i - 1;
  }

  /** Rows (or columns) in block {@code b} of an {@code n}-neuron network. */
  private int span(int b, int n) {
    return Math.min(block, n - b * block);
  }

  /** Rows (and columns) per block. */
  public int block() {
    return block;
  }

  /** Whether the last {@link #rebuild} laid the weights out in blocks. */
  public boolean active() {
    return active;
  }

  /**
   * {@code out = W x} on rows {@code [from, to)}: lane-minor {@code x} and {@code out} ({@code
   * neurons * lanes} floats).
   *
   * @throws IllegalStateException if the last {@link #rebuild} left the layout inactive
   */
  public void product(int from, int to, LaneKernels kernels, float[] x, float[] out, int lanes) {
    if (!active) {
      throw new IllegalStateException("no dense blocks laid out: the product is the sparse one");
    }
    for (int rb = from / block; rb * block < to; rb++) {
      int r0 = Math.max(from, rb * block);
      int r1 = Math.min(to, rb * block + span(rb, neurons));
      int w = width[rb];
      kernels.denseRowDots(
          r0, r1, w, matrix[rb], (r0 - rb * block) * w, xRow[rb], x, out, lanes, false);
    }
    // The rows with synapses in sparse blocks carry their chains on over those synapses.
    int q0 = firstRestRow(from);
    int q1 = firstRestRow(to);
    kernels.rowDotsInto(
        q0, q1, restRow, restStart, restLength, restColumn, restWeight, x, out, lanes);
  }
}
