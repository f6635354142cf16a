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
    int[] start = new int[rows + 1];
    int[] length = new int[rows];
    int[] column = new int[rows * cols];
    float[] weight = new float[rows * cols];
    for (int r = 0; r < rows; r++) {
      start[r] = r * cols;
      for (int c = 0; c < cols; c++) {
        if (random.nextDouble() < 0.4) {
          column[start[r] + length[r]] = c;
          weight[start[r] + length[r]++] = (float) random.nextGaussian();
        }
      }
    }
    start[rows] = rows * cols;
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

  @Test
  void selectionHonoursTheOverrideAndRejectsUnknownValues() {
    assertThat(KernelSelection.select("scalar").name()).isEqualTo("scalar");
    assertThatThrownBy(() -> KernelSelection.select("avx9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rewire.simd");
    String auto = KernelSelection.select("auto").name();
    assertThat(auto).isEqualTo(KernelSelection.vectorModulePresent() ? "vector" : "scalar");
  }
}
