package org.rewire.runtime.engine.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LaneKernelsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 8, 16, 24, 32, 64})
  void vectorKernelsEqualTheScalarTwinBitForBit(int lanes) {
    assumeTrue(KernelSelection.vectorModulePresent(), "Vector API module not present");
    SplittableRandom random = new SplittableRandom(lanes);
    int rows = 37;
    int cols = 41;
    Rows m = Rows.random(random, rows, cols, 0.4);
    int[] start = m.start();
    int[] length = m.length();
    int[] column = m.column();
    float[] weight = m.weight();
    float[] x = new float[cols * lanes];
    for (int k = 0; k < x.length; k++) {
      x[k] = (float) random.nextGaussian();
    }
    float[] scalar = new float[rows * lanes];
    float[] vector = new float[rows * lanes];
    new ScalarLaneKernels().rowDots(0, rows, start, length, column, weight, x, scalar, lanes);
    KernelSelection.select("vector")
        .rowDots(0, rows, start, length, column, weight, x, vector, lanes);
    assertThat(vector).isEqualTo(scalar);
    // spot-check the meaning: row 3, lane 0 against a plain sum
    double sum = 0;
    for (int k = start[3]; k < start[3] + length[3]; k++) {
      sum += weight[k] * x[column[k] * lanes];
    }
    assertThat((double) scalar[3 * lanes]).isCloseTo(sum, Offset.offset(1e-4));
  }

  // Networks of hundreds of neurons at 32 lanes: very sparse rows (0, 1 or 2 synapses, the
  // kernels' tails) up to dense ones; the gather takes an odd number of columns two at a time.
  @ParameterizedTest
  @CsvSource({"0.005", "0.05", "0.9"})
  void wideKernelsEqualTheScalarTwinBitForBit(double density) {
    assumeTrue(KernelSelection.vectorModulePresent(), "Vector API module not present");
    int lanes = 32;
    SplittableRandom random = new SplittableRandom(Double.hashCode(density));
    int rows = 57;
    int cols = 300;
    Rows m = Rows.random(random, rows, cols, density);
    float[] x = new float[cols * lanes];
    for (int k = 0; k < x.length; k++) {
      x[k] = (float) random.nextGaussian();
    }
    LaneKernels vector = KernelSelection.select("vector");
    float[] want = new float[rows * lanes];
    float[] got = new float[rows * lanes];
    java.util.Arrays.fill(got, Float.NaN);
    new ScalarLaneKernels()
        .rowDots(0, rows, m.start(), m.length(), m.column(), m.weight(), x, want, lanes);
    vector.rowDots(0, rows, m.start(), m.length(), m.column(), m.weight(), x, got, lanes);
    assertThat(got).isEqualTo(want);
    // a sub-range of rows, as the approximate backward pass asks for
    float[] part = new float[rows * lanes];
    vector.rowDots(5, 40, m.start(), m.length(), m.column(), m.weight(), x, part, lanes);
    assertThat(java.util.Arrays.copyOfRange(part, 5 * lanes, 40 * lanes))
        .isEqualTo(java.util.Arrays.copyOfRange(want, 5 * lanes, 40 * lanes));
    // the gather over the same slots read as columns of presynaptic rows
    float[] spike = new float[cols * lanes];
    for (int k = 0; k < spike.length; k++) {
      spike[k] = random.nextDouble() < 0.3 ? 1f : 0f;
    }
    float[] scalarGather = x.clone();
    float[] vectorGather = x.clone();
    new ScalarLaneKernels()
        .addSpikingColumns(
            rows, m.start(), m.length(), m.column(), m.weight(), spike, scalarGather, lanes);
    vector.addSpikingColumns(
        rows, m.start(), m.length(), m.column(), m.weight(), spike, vectorGather, lanes);
    assertThat(vectorGather).isEqualTo(scalarGather);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 16, 32})
  void partialSumsFollowTheLaneCount(int lanes) {
    // row 0 has five synapses; with P partial sums, synapse i goes to partial i mod P
    int[] start = {0};
    int[] length = {5};
    int[] column = {0, 1, 2, 3, 4};
    float[] weight = {1e8f, 1f, -1e8f, 1f, 1f};
    float[] x = new float[5 * lanes];
    java.util.Arrays.fill(x, 1f);
    float[] out = new float[lanes];
    new ScalarLaneKernels().rowDots(0, 1, start, length, column, weight, x, out, lanes);
    int p = LaneKernels.partials(lanes);
    float[] partial = new float[4];
    for (int i = 0; i < 5; i++) {
      partial[i % p] = Math.fma(weight[i], 1f, partial[i % p]);
    }
    float want =
        p == 4
            ? (partial[0] + partial[1]) + (partial[2] + partial[3])
            : p == 2 ? partial[0] + partial[1] : partial[0];
    assertThat(out[lanes - 1]).isEqualTo(want);
    assertThat(p).isEqualTo(lanes <= 16 ? 4 : 2);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 8, 16, 24, 32})
  void eventScatterAddsEveryFiringRowInRowOrder(int lanes) {
    SplittableRandom random = new SplittableRandom(100 + lanes);
    int rows = 29;
    Rows m = Rows.random(random, rows, rows, 0.5);
    int[] start = m.start();
    int[] length = m.length();
    int[] column = m.column();
    float[] weight = m.weight();
    float[] spike = new float[rows * lanes];
    for (int k = 0; k < spike.length; k++) {
      spike[k] = random.nextDouble() < 0.3 ? 1f : 0f;
    }
    float[] initial = new float[rows * lanes];
    for (int k = 0; k < initial.length; k++) {
      initial[k] = (float) random.nextGaussian();
    }
    // The meaning: for each lane, the event loop over firing rows ascending, one addition each.
    float[] expected = initial.clone();
    for (int l = 0; l < lanes; l++) {
      for (int r = 0; r < rows; r++) {
        if (spike[r * lanes + l] != 0) {
          for (int k = start[r]; k < start[r] + length[r]; k++) {
            expected[column[k] * lanes + l] += weight[k];
          }
        }
      }
    }
    // Event scatter, lane by lane over a lane-major copy.
    float[] laneMajor = new float[rows * lanes];
    EventKernels.toLaneMajor(initial, lanes, lanes, laneMajor, 0, rows);
    for (int l = 0; l < lanes; l++) {
      int[] fired = new int[rows];
      int f = 0;
      for (int r = 0; r < rows; r++) {
        if (spike[r * lanes + l] != 0) {
          fired[f++] = r;
        }
      }
      EventKernels.scatterRows(fired, 0, f, start, length, column, weight, laneMajor, l * rows);
    }
    float[] scattered = new float[rows * lanes];
    EventKernels.toLaneMinor(laneMajor, rows, lanes, scattered, lanes);
    assertThat(scattered).isEqualTo(expected);
  }

  // An odd number of columns of unequal fan-in: the vector kernel takes columns two at a time.
  @ParameterizedTest
  @ValueSource(ints = {8, 16, 32})
  void columnGatherAddsEachColumnsSlotsInOrder(int lanes) {
    SplittableRandom random = new SplittableRandom(200 + lanes);
    int columns = 31;
    int presynaptic = 23;
    Rows m = Rows.random(random, columns, presynaptic, 0.6);
    float[] spike = new float[presynaptic * lanes];
    for (int k = 0; k < spike.length; k++) {
      spike[k] = random.nextDouble() < 0.3 ? 1f : 0f;
    }
    float[] initial = new float[columns * lanes];
    for (int k = 0; k < initial.length; k++) {
      initial[k] = (float) random.nextGaussian();
    }
    float[] want = initial.clone();
    for (int c = 0; c < columns; c++) {
      for (int l = 0; l < lanes; l++) {
        for (int k = m.start()[c]; k < m.start()[c] + m.length()[c]; k++) {
          want[c * lanes + l] += m.weight()[k] * spike[m.column()[k] * lanes + l];
        }
      }
    }
    for (LaneKernels k : backends()) {
      float[] got = initial.clone();
      k.addSpikingColumns(
          columns, m.start(), m.length(), m.column(), m.weight(), spike, got, lanes);
      assertThat(got).as(k.name()).isEqualTo(want);
    }
  }

  // Rows in sixes and a remainder, lanes in pairs of vectors and a single one, sub-ranges.
  @ParameterizedTest
  @CsvSource({"8,false", "16,true", "24,false", "32,true", "32,false", "5,true"})
  void denseRowDotsEqualTheScalarTwinAndTheSparseGather(int lanes, boolean accumulate) {
    SplittableRandom random = new SplittableRandom(300 + lanes);
    int rows = 13;
    int columns = 37;
    Rows m = Rows.random(random, rows, columns, 0.7);
    float[] matrix = new float[rows * columns];
    for (int r = 0; r < rows; r++) {
      for (int k = m.start()[r]; k < m.start()[r] + m.length()[r]; k++) {
        matrix[r * columns + m.column()[k]] = m.weight()[k];
      }
    }
    float[] spike = new float[columns * lanes];
    for (int k = 0; k < spike.length; k++) {
      spike[k] = random.nextDouble() < 0.3 ? 1f : 0f;
    }
    float[] initial = new float[rows * lanes];
    for (int k = 0; k < initial.length; k++) {
      initial[k] = (float) random.nextGaussian();
    }
    // The meaning, with spikes: the sparse gather over the active synapses (from 0 if not
    // accumulating).
    float[] want = accumulate ? initial.clone() : new float[rows * lanes];
    new ScalarLaneKernels()
        .addSpikingColumns(rows, m.start(), m.length(), m.column(), m.weight(), spike, want, lanes);
    float[] x = new float[columns * lanes];
    for (int k = 0; k < x.length; k++) {
      x[k] = (float) random.nextGaussian();
    }
    float[] scalarX = initial.clone();
    new ScalarLaneKernels().denseRowDots(0, rows, columns, matrix, x, scalarX, lanes, accumulate);
    for (LaneKernels k : backends()) {
      float[] got = initial.clone();
      k.denseRowDots(0, rows, columns, matrix, spike, got, lanes, accumulate);
      assertThat(got).as(k.name()).isEqualTo(want);
      float[] real = initial.clone();
      k.denseRowDots(0, rows, columns, matrix, x, real, lanes, accumulate);
      assertThat(real).as(k.name()).isEqualTo(scalarX);
      float[] part = initial.clone();
      k.denseRowDots(2, 11, columns, matrix, x, part, lanes, accumulate);
      assertThat(java.util.Arrays.copyOfRange(part, 2 * lanes, 11 * lanes))
          .isEqualTo(java.util.Arrays.copyOfRange(scalarX, 2 * lanes, 11 * lanes));
      assertThat(java.util.Arrays.copyOfRange(part, 0, 2 * lanes))
          .isEqualTo(java.util.Arrays.copyOfRange(initial, 0, 2 * lanes));
      assertThat(java.util.Arrays.copyOfRange(part, 11 * lanes, rows * lanes))
          .isEqualTo(java.util.Arrays.copyOfRange(initial, 11 * lanes, rows * lanes));
    }
    // spot-check the real-valued meaning: row 4, lane 1, against a double sum
    double sum = accumulate ? initial[4 * lanes + 1] : 0;
    for (int c = 0; c < columns; c++) {
      sum += matrix[4 * columns + c] * (double) x[c * lanes + 1];
    }
    assertThat((double) scalarX[4 * lanes + 1]).isCloseTo(sum, Offset.offset(1e-4));
  }

  // Rows made of runs of consecutive columns (7, 8, 9, 32 long: around one 8-float vector, and a
  // Mosaic tile) between scattered columns, as Mosaic links make them.
  @Test
  void eventKernelsAddRunsOfColumnsLikeTheScalarLoops() {
    SplittableRandom random = new SplittableRandom(404);
    int rows = 40;
    int columns = 400;
    int[] start = new int[rows + 1];
    int[] length = new int[rows];
    int[] column = new int[rows * columns];
    float[] weight = new float[rows * columns];
    int[] runs = {7, 8, 9, 32};
    for (int r = 0; r < rows; r++) {
      start[r] = r * columns;
      int c = random.nextInt(3);
      while (c < columns) {
        int len = random.nextBoolean() ? runs[random.nextInt(runs.length)] : 1;
        for (int j = 0; j < len && c < columns; j++, c++) {
          column[start[r] + length[r]] = c;
          weight[start[r] + length[r]++] = (float) random.nextGaussian();
        }
        c += 1 + random.nextInt(5);
      }
    }
    start[rows] = rows * columns;
    int[] fired = new int[rows];
    for (int q = 0; q < rows; q++) {
      fired[q] = (q * 7) % rows; // every row once, not in order
    }
    float[] initial = new float[2 * columns + 5];
    for (int k = 0; k < initial.length; k++) {
      initial[k] = (float) random.nextGaussian();
    }
    float[] want = initial.clone();
    EventKernels.scatterRows(fired, 0, rows, start, length, column, weight, want, 3);
    float[] delta = initial.clone();
    float[] gradWant = new float[weight.length];
    float[] scaledWant = new float[weight.length];
    for (int r = 0; r < rows; r++) {
      EventKernels.gatherRow(start[r], start[r] + length[r], column, delta, 4, gradWant);
      EventKernels.gatherRow(start[r], start[r] + length[r], column, delta, 1, gradWant);
      // an input event of count 3, then one of count 0.7: x * delta rounded, then added
      EventKernels.gatherScaledRow(
          start[r], start[r] + length[r], column, 3f, delta, 4, scaledWant);
      EventKernels.gatherScaledRow(
          start[r], start[r] + length[r], column, 0.7f, delta, 1, scaledWant);
    }
    for (LaneKernels k : backends()) {
      float[] got = initial.clone();
      k.scatterRows(fired, 0, rows, start, length, column, weight, got, 3);
      assertThat(got).as(k.name()).isEqualTo(want);
      float[] grad = new float[weight.length];
      float[] scaled = new float[weight.length];
      for (int r = 0; r < rows; r++) {
        k.gatherRow(start[r], start[r] + length[r], column, delta, 4, grad);
        k.gatherRow(start[r], start[r] + length[r], column, delta, 1, grad);
        k.gatherScaledRow(start[r], start[r] + length[r], column, 3f, delta, 4, scaled);
        k.gatherScaledRow(start[r], start[r] + length[r], column, 0.7f, delta, 1, scaled);
      }
      assertThat(grad).as(k.name()).isEqualTo(gradWant);
      assertThat(scaled).as(k.name()).isEqualTo(scaledWant);
    }
    // each fired row into several lanes at once (lanes 0, 2, 5, 31 and 63 of a lane-major buffer)
    // gives what scattering it lane by lane gives
    int stride = columns + 3;
    long laneMask = 1L | 1L << 2 | 1L << 5 | 1L << 31 | 1L << 63;
    float[] lanesInitial = new float[64 * stride];
    for (int k = 0; k < lanesInitial.length; k++) {
      lanesInitial[k] = (float) random.nextGaussian();
    }
    float[] lanesWant = lanesInitial.clone();
    for (int b : new int[] {0, 2, 5, 31, 63}) {
      EventKernels.scatterRows(
          fired, 0, rows, start, length, column, weight, lanesWant, b * stride);
    }
    for (LaneKernels k : backends()) {
      float[] got = lanesInitial.clone();
      for (int q = 0; q < rows; q++) {
        k.scatterRowToLanes(fired[q], laneMask, start, length, column, weight, got, stride);
      }
      assertThat(got).as(k.name()).isEqualTo(lanesWant);
    }
    // the scaled gather's meaning, for every slot of the first row
    for (int k = start[0]; k < start[0] + length[0]; k++) {
      float once = 3f * delta[4 + column[k]];
      assertThat(scaledWant[k]).isEqualTo(once + 0.7f * delta[1 + column[k]]);
    }
    // the meaning, for one row and element
    int r = fired[0];
    double sum = initial[3 + column[start[r]]];
    for (int q = 0; q < rows; q++) {
      int f = fired[q];
      for (int k = start[f]; k < start[f] + length[f]; k++) {
        if (column[k] == column[start[r]]) {
          sum += weight[k];
        }
      }
    }
    assertThat((double) want[3 + column[start[r]]]).isCloseTo(sum, Offset.offset(1e-5));
  }

  // Lengths around the vector kernel's runs of 64 and 8 floats; 0, 1 and 5 stretches.
  @ParameterizedTest
  @CsvSource({"0,1", "3,1", "8,5", "29,5", "64,1", "64,5", "100,5", "137,0", "800,5"})
  void addRowsAddsEachStretchInOrder(int n, int m) {
    java.util.Random random = new java.util.Random(n * 31L + m);
    float[] x = new float[(m + 1) * (n + 3)];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextGaussian() * (1 << random.nextInt(12));
    }
    int[] offset = new int[m];
    for (int q = 0; q < m; q++) {
      offset[q] = (m - q) * (n + 3) - q % 3; // descending, unaligned
    }
    float[] y = new float[n + 1];
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) random.nextGaussian();
    }
    // The meaning: m element-wise additions, one stretch after the other.
    float[] want = y.clone();
    for (int q = 0; q < m; q++) {
      for (int i = 0; i < n; i++) {
        want[1 + i] += x[offset[q] + i];
      }
    }
    for (LaneKernels k : backends()) {
      float[] got = y.clone();
      k.addRows(x, offset, m, got, 1, n);
      assertThat(got).as(k.name()).isEqualTo(want);
    }
  }

  @ParameterizedTest(name = "lanes {0}, in use {1}")
  @CsvSource({"32, 32", "32, 19", "16, 16", "64, 64", "8, 3", "5, 5", "72, 72"})
  void fireWritesSpikesAndTheirLaneMasks(int lanes, int inUse) {
    int neurons = 13;
    SplittableRandom random = new SplittableRandom(lanes * 100 + inUse);
    float[] x = new float[neurons * lanes];
    for (int e = 0; e < x.length; e++) {
      x[e] = (float) random.nextGaussian();
    }
    x[2 * lanes] = 1f; // exactly at the threshold: no spike
    x[lanes - 1] = 2f; // the last lane (a mask's top bit: bit 31 of 32 lanes, 63 of 64)
    x[3 * lanes + inUse - 1] = 2f;
    for (LaneKernels k : backends()) {
      float[] spike = new float[x.length];
      java.util.Arrays.fill(spike, 7f); // padding lanes keep what they hold
      long[] masks = lanes <= 64 ? new long[neurons] : null;
      k.fire(x, 1f, spike, neurons, lanes, inUse, masks);
      for (int j = 0; j < neurons; j++) {
        long expected = 0;
        for (int b = 0; b < lanes; b++) {
          int e = j * lanes + b;
          if (b >= inUse) {
            assertThat(spike[e]).as("%s padding lane %d", k.name(), b).isEqualTo(7f);
          } else {
            assertThat(spike[e]).as("%s %d, %d", k.name(), j, b).isEqualTo(x[e] > 1f ? 1f : 0f);
            expected |= x[e] > 1f ? 1L << b : 0;
          }
        }
        if (masks != null) {
          assertThat(masks[j]).as("%s mask of %d", k.name(), j).isEqualTo(expected);
        }
      }
    }
  }

  @ParameterizedTest(name = "lanes {0}")
  @ValueSource(ints = {32, 16, 24, 8, 5})
  void packedDenseRowDotsReadTheirColumnsRowsOfX(int lanes) {
    // rows 3..13 of a packed 9-column matrix stored from offset 4; column c reads x row xRow[c]
    int rows = 14;
    int columns = 9;
    int[] xRow = {17, 2, 3, 4, 30, 31, 0, 8, 9};
    SplittableRandom random = new SplittableRandom(lanes + 40);
    float[] matrix = new float[4 + (rows - 3) * columns];
    for (int k = 0; k < matrix.length; k++) {
      matrix[k] = (float) random.nextGaussian();
    }
    float[] x = new float[32 * lanes];
    for (int e = 0; e < x.length; e++) {
      x[e] = (float) random.nextGaussian();
    }
    for (boolean accumulate : new boolean[] {false, true}) {
      float[] expected = new float[rows * lanes];
      java.util.Arrays.fill(expected, 0.5f);
      for (int r = 3; r < rows; r++) {
        for (int l = 0; l < lanes; l++) {
          float acc = accumulate ? 0.5f : 0f;
          for (int c = 0; c < columns; c++) {
            acc = Math.fma(matrix[4 + (r - 3) * columns + c], x[xRow[c] * lanes + l], acc);
          }
          expected[r * lanes + l] = acc;
        }
      }
      for (LaneKernels k : backends()) {
        float[] out = new float[rows * lanes];
        java.util.Arrays.fill(out, 0.5f);
        k.denseRowDots(3, rows, columns, matrix, 4, xRow, x, out, lanes, accumulate);
        assertThat(out).as("%s accumulate %s", k.name(), accumulate).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "lanes {0}")
  @ValueSource(ints = {32, 16, 24, 8, 5})
  void neuronAdjointsRoundEachOperationAsWritten(int lanes) {
    // 13 neurons; the derivative record read from offset 7; element counts not multiples of 8
    int neurons = 13;
    int size = neurons * lanes;
    SplittableRandom random = new SplittableRandom(lanes + 90);
    float[] dz = gaussian(random, size);
    float[] next = gaussian(random, size);
    float[] derivative = gaussian(random, size + 7);
    float[] decay = gaussian(random, neurons);
    float thr = 0.7f;
    float[] synapse = gaussian(random, neurons);
    float[] fedBack = new float[size];
    float[] adjoint = new float[size];
    float[] current = new float[size];
    float[] input = new float[size];
    for (int j = 0; j < neurons; j++) {
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        fedBack[e] = dz[e] - thr * next[e];
        adjoint[e] = fedBack[e] * derivative[7 + e] + decay[j] * next[e];
        current[e] = adjoint[e] + synapse[j] * dz[e];
        input[e] = (1f - synapse[j]) * current[e];
      }
    }
    for (LaneKernels k : backends()) {
      float[] d = dz.clone();
      k.subtractScaled(d, thr, next, size);
      assertThat(d).as("%s feedback", k.name()).isEqualTo(fedBack);
      float[] out = new float[size];
      k.leakyAdjoint(d, derivative, 7, decay, next, out, neurons, lanes);
      assertThat(out).as("%s adjoint", k.name()).isEqualTo(adjoint);
      assertThat(d).as("%s leaves dz", k.name()).isEqualTo(fedBack);
      float[] di = new float[size];
      float[] dI = new float[size];
      k.synapticAdjoint(out, synapse, dz, di, dI, neurons, lanes);
      assertThat(di).as("%s synaptic current", k.name()).isEqualTo(current);
      assertThat(dI).as("%s input current", k.name()).isEqualTo(input);
    }
  }

  @ParameterizedTest(name = "lanes {0}")
  @ValueSource(ints = {32, 16, 24, 8, 5})
  void alifAdjointsRoundEachOperationAsWritten(int lanes) {
    // 11 neurons; the records (derivative, adaptation, spikes) read from offset 5
    int neurons = 11;
    int size = neurons * lanes;
    SplittableRandom random = new SplittableRandom(lanes + 110);
    float[] dz = gaussian(random, size);
    float[] dvNext = gaussian(random, size);
    float[] dbNext = gaussian(random, size);
    float[] derivative = gaussian(random, size + 5);
    float[] adaptation = gaussian(random, size + 5);
    float[] spikes = new float[size + 5];
    for (int e = 0; e < spikes.length; e++) {
      spikes[e] = random.nextDouble() < 0.3 ? 1f : 0f;
    }
    float[] decay = gaussian(random, neurons);
    float[] rho = gaussian(random, neurons);
    float[] beta = gaussian(random, neurons);
    float thr = 0.8f;
    float[] fedBack = new float[size];
    float[] dv = new float[size];
    float[] db = new float[size];
    for (int j = 0; j < neurons; j++) {
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        float threshold = thr + beta[j] * adaptation[5 + e];
        fedBack[e] = dz[e] - threshold * dvNext[e] + dbNext[e];
        float dx = fedBack[e] * derivative[5 + e];
        dv[e] = dx + decay[j] * dvNext[e];
        db[e] = rho[j] * dbNext[e] - beta[j] * (dx + spikes[5 + e] * dvNext[e]);
      }
    }
    for (LaneKernels k : backends()) {
      float[] d = dz.clone();
      k.alifFeedback(d, thr, beta, adaptation, 5, dvNext, dbNext, neurons, lanes);
      assertThat(d).as("%s feedback", k.name()).isEqualTo(fedBack);
      float[] gotDv = new float[size];
      float[] gotDb = new float[size];
      k.alifAdjoint(
          d, derivative, spikes, 5, decay, rho, beta, dvNext, dbNext, gotDv, gotDb, neurons, lanes);
      assertThat(gotDv).as("%s dL/dv", k.name()).isEqualTo(dv);
      assertThat(gotDb).as("%s dL/db", k.name()).isEqualTo(db);
    }
  }

  @ParameterizedTest(name = "density {0}")
  @CsvSource({"0.2", "0.9", "1.0"})
  void scaledScatterAddsEachRowTimesItsCount(double density) {
    // 9 rows over 70 columns (runs of eight and more at high density, scattered at low), each
    // added with a count into a lane at offset 5
    SplittableRandom random = new SplittableRandom(Double.hashCode(density) + 3);
    Rows m = Rows.random(random, 9, 70, density);
    float[] start = gaussian(random, 80);
    for (LaneKernels k : backends()) {
      float[] out = start.clone();
      float[] want = start.clone();
      for (int r = 0; r < 9; r++) {
        float x = 0.5f + r;
        k.scatterScaledRow(r, x, m.start(), m.length(), m.column(), m.weight(), out, 5);
        for (int q = m.start()[r]; q < m.start()[r] + m.length()[r]; q++) {
          want[5 + m.column()[q]] += x * m.weight()[q];
        }
      }
      assertThat(out).as(k.name()).isEqualTo(want);
    }
  }

  @ParameterizedTest(name = "lanes {0}")
  @ValueSource(ints = {32, 16, 24, 8, 5})
  void cubaAndAlifStateUpdatesRoundEachOperationAsWritten(int lanes) {
    int neurons = 7;
    int size = neurons * lanes;
    SplittableRandom random = new SplittableRandom(lanes + 130);
    float[] current = gaussian(random, size);
    float[] spike = new float[size];
    for (int e = 0; e < size; e++) {
      spike[e] = random.nextDouble() < 0.3 ? 1f : 0f;
    }
    float[] first = gaussian(random, size);
    float[] second = gaussian(random, size);
    float[] decay = gaussian(random, neurons);
    float[] other = gaussian(random, neurons);
    float[] beta = gaussian(random, neurons);
    float thr = 0.9f;
    float[] syn = new float[size];
    float[] record = new float[size];
    float[] mem = new float[size];
    float[] alifV = new float[size];
    float[] alifB = new float[size];
    float[] alifX = new float[size];
    for (int j = 0; j < neurons; j++) {
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        record[e] = first[e] - current[e];
        syn[e] = other[j] * first[e] + (1f - other[j]) * current[e];
        mem[e] = decay[j] * second[e] + syn[e] - thr * spike[e];
        alifV[e] = decay[j] * second[e] + current[e] - (thr + beta[j] * first[e]) * spike[e];
        alifB[e] = other[j] * first[e] + spike[e];
        alifX[e] = alifV[e] - (thr + beta[j] * alifB[e]);
      }
    }
    for (LaneKernels k : backends()) {
      for (boolean learned : new boolean[] {false, true}) {
        float[] i = first.clone();
        float[] v = second.clone();
        float[] got = learned ? new float[size] : null;
        k.cubaMembrane(i, v, decay, other, current, spike, thr, got, neurons, lanes);
        assertThat(i).as("%s i", k.name()).isEqualTo(syn);
        assertThat(v).as("%s v", k.name()).isEqualTo(mem);
        if (learned) {
          assertThat(got).as("%s i_{t-1} - I_t", k.name()).isEqualTo(record);
        }
      }
      float[] v = second.clone();
      float[] b = first.clone();
      float[] x = new float[size];
      k.alifMembrane(v, b, x, decay, other, beta, current, spike, thr, neurons, lanes);
      assertThat(v).as("%s ALIF v", k.name()).isEqualTo(alifV);
      assertThat(b).as("%s ALIF b", k.name()).isEqualTo(alifB);
      assertThat(x).as("%s ALIF x", k.name()).isEqualTo(alifX);
    }
  }

  private static float[] gaussian(SplittableRandom random, int n) {
    float[] x = new float[n];
    for (int e = 0; e < n; e++) {
      x[e] = (float) random.nextGaussian();
    }
    return x;
  }

  @ParameterizedTest(name = "lanes {0}")
  @ValueSource(ints = {32, 16, 24, 8, 5})
  void rowDotsIntoCarryTheChosenRowsOn(int lanes) {
    // rows 0..5 of a random sparse matrix (one of them empty) go on into out rows 9, 2, 7, 3, 0, 5
    SplittableRandom random = new SplittableRandom(lanes + 70);
    Rows m = Rows.random(random, 6, 25, 0.3);
    m.length()[4] = 0;
    int[] row = {9, 2, 7, 3, 0, 5};
    float[] x = gaussian(random, 25 * lanes);
    float[] start = gaussian(random, 10 * lanes);
    // synapse i of a row into partial i mod P, partial 0 from out's value, then (p0 + p1) + ...
    int partials = LaneKernels.partials(lanes);
    float[] expected = start.clone();
    for (int q = 1; q < 6; q++) {
      for (int l = 0; l < lanes; l++) {
        float[] p = new float[4];
        p[0] = start[row[q] * lanes + l];
        for (int i = 0; i < m.length()[q]; i++) {
          int k = m.start()[q] + i;
          p[i % partials] = Math.fma(m.weight()[k], x[m.column()[k] * lanes + l], p[i % partials]);
        }
        expected[row[q] * lanes + l] =
            partials == 4 ? (p[0] + p[1]) + (p[2] + p[3]) : partials == 2 ? p[0] + p[1] : p[0];
      }
    }
    for (LaneKernels k : backends()) {
      float[] out = start.clone();
      k.rowDotsInto(1, 6, row, m.start(), m.length(), m.column(), m.weight(), x, out, lanes);
      // row[0] = 9 is outside [from, to): untouched, as are rows 1, 4, 6, 8 that no q names
      assertThat(out).as(k.name()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} neurons, {1} of {2} lanes")
  @CsvSource({"800, 32, 32", "64, 16, 32", "130, 19, 32", "65, 3, 8", "7, 5, 5", "8, 9, 9"})
  void laneMinorTransposeMovesEveryLaneInUse(int n, int count, int lanes) {
    float[] from = new float[count * n];
    for (int e = 0; e < from.length; e++) {
      from[e] = e + 1;
    }
    float[] to = new float[n * lanes];
    java.util.Arrays.fill(to, -1f);
    EventKernels.toLaneMinor(from, n, count, to, lanes);
    for (int j = 0; j < n; j++) {
      for (int b = 0; b < lanes; b++) {
        assertThat(to[j * lanes + b]).isEqualTo(b < count ? from[b * n + j] : -1f);
      }
    }
    float[] back = new float[count * n + 3];
    java.util.Arrays.fill(back, -2f);
    EventKernels.toLaneMajor(to, lanes, count, back, 3, n);
    assertThat(java.util.Arrays.copyOfRange(back, 0, 3)).containsOnly(-2f);
    assertThat(java.util.Arrays.copyOfRange(back, 3, back.length)).isEqualTo(from);
  }

  @Test
  void fireRefusesMasksForMoreThan64Lanes() {
    for (LaneKernels k : backends()) {
      assertThatThrownBy(() -> k.fire(new float[72], 1f, new float[72], 1, 72, 72, new long[1]))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest(name = "lanes {0}")
  @ValueSource(ints = {32, 16, 8, 5})
  void lifMembraneIsTheEquationBitForBit(int lanes) {
    int neurons = 11;
    SplittableRandom random = new SplittableRandom(lanes);
    float[] v0 = new float[neurons * lanes];
    float[] current = new float[v0.length];
    float[] spike = new float[v0.length];
    float[] decay = new float[neurons];
    for (int e = 0; e < v0.length; e++) {
      v0[e] = (float) random.nextGaussian();
      current[e] = (float) random.nextGaussian();
      spike[e] = random.nextInt(3) == 0 ? 1f : 0f;
    }
    for (int j = 0; j < neurons; j++) {
      decay[j] = (float) random.nextDouble();
    }
    for (LaneKernels k : backends()) {
      float[] v = v0.clone();
      k.lifMembrane(v, decay, current, spike, 0.8f, neurons, lanes);
      for (int e = 0; e < v.length; e++) {
        float expected = decay[e / lanes] * v0[e] + current[e] - 0.8f * spike[e];
        assertThat(v[e]).as("%s element %d", k.name(), e).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "{0} elements")
  @ValueSource(ints = {0, 7, 8, 61, 800})
  void fastSigmoidDerivativeIsTheFormulaBitForBit(int size) {
    SplittableRandom random = new SplittableRandom(size);
    float[] v = new float[size + 3];
    for (int e = 0; e < v.length; e++) {
      v[e] = (float) (2 * random.nextGaussian());
    }
    for (LaneKernels k : backends()) {
      float[] out = new float[size + 10];
      k.fastSigmoidDerivative(v, 0.7f, 10f, 3, size + 3, out, 10);
      for (int e = 0; e < size; e++) {
        float d = 10f * Math.abs(v[e + 3] - 0.7f) + 1f;
        assertThat(out[10 + e]).as("%s element %d", k.name(), e).isEqualTo(1f / (d * d));
      }
      assertThat(out[9]).isZero();
    }
  }

  @Test
  void selectionHonoursTheOverrideAndRejectsUnknownValues() {
    assertThat(KernelSelection.select("scalar").name()).isEqualTo("scalar");
    assertThatThrownBy(() -> KernelSelection.select("avx9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rewire.simd");
    String auto = KernelSelection.select("auto").name();
    assertThat(auto).isEqualTo(KernelSelection.vectorModulePresent() ? "vector" : "scalar");
  }

  /** The scalar kernels, and the vector ones where the Vector API module is present. */
  private static java.util.List<LaneKernels> backends() {
    return KernelSelection.vectorModulePresent()
        ? java.util.List.of(new ScalarLaneKernels(), KernelSelection.select("vector"))
        : java.util.List.of(new ScalarLaneKernels());
  }

  /** A row-slotted sparse matrix: row {@code r} owns slots {@code [r * cols, (r + 1) * cols)}. */
  private record Rows(int[] start, int[] length, int[] column, float[] weight) {
    static Rows random(SplittableRandom random, int rows, int cols, double density) {
      int[] start = new int[rows + 1];
      int[] length = new int[rows];
      int[] column = new int[rows * cols];
      float[] weight = new float[rows * cols];
      for (int r = 0; r < rows; r++) {
        start[r] = r * cols;
        for (int c = 0; c < cols; c++) {
          if (random.nextDouble() < density) {
            column[start[r] + length[r]] = c;
            weight[start[r] + length[r]++] = (float) random.nextGaussian();
          }
        }
      }
      start[rows] = rows * cols;
      return new Rows(start, length, column, weight);
    }
  }
}
