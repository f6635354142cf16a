package org.rewire.runtime.sweep.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code --array} lists sbatch gets, and the run lists the user reads. */
class IndexRangesTest {
  @Test
  void consecutiveIndexesBecomeRangesInAscendingOrder() {
    assertThat(IndexRanges.of(List.of(5, 0, 1, 2, 3, 9, 7, 8, 3))).isEqualTo("0-3,5,7-9");
    assertThat(IndexRanges.of(List.of(4))).isEqualTo("4");
    assertThat(IndexRanges.of(List.of(4, 6))).isEqualTo("4,6");
  }

  @Test
  void noIndexIsNoArray() {
    assertThatThrownBy(() -> IndexRanges.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
