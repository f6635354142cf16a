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
  @ValueSource(ints = {1, 5, 8, 16, 24, 32})
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
  @ValueSource(ints = {1, 5, 8, 16, 24, 32})
  void spikingRowsAddEveryFiringRowInRowOrderAndLeaveSilentLanesAlone(int lanes) {
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
    float[] scalar = initial.clone();
    new ScalarLaneKernels()
        .addSpikingRows(rows, start, length, column, weight, spike, scalar, lanes);
    assertThat(scalar).isEqualTo(expected);
    if (KernelSelection.vectorModulePresent()) {
      float[] vector = initial.clone();
      KernelSelection.select("vector")
          .addSpikingRows(rows, start, length, column, weight, spike, vector, lanes);
      assertThat(vector).isEqualTo(expected);
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
