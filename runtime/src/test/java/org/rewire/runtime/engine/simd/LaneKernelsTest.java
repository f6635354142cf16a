package org.rewire.runtime.engine.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    EventKernels.toLaneMajor(initial, lanes, lanes, laneMajor, rows);
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

  @ParameterizedTest
  @ValueSource(ints = {0, 3, 8, 29})
  void addIntoAddsElementwise(int n) {
    float[] x = new float[n + 2];
    float[] y = new float[n + 1];
    for (int i = 0; i < x.length; i++) {
      x[i] = i * 0.5f;
    }
    float[] want = y.clone();
    for (int i = 0; i < n; i++) {
      want[1 + i] += x[2 + i];
    }
    for (LaneKernels k :
        KernelSelection.vectorModulePresent()
            ? java.util.List.of(new ScalarLaneKernels(), KernelSelection.select("vector"))
            : java.util.List.<LaneKernels>of(new ScalarLaneKernels())) {
      float[] got = y.clone();
      k.addInto(x, 2, got, 1, n);
      assertThat(got).isEqualTo(want);
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
