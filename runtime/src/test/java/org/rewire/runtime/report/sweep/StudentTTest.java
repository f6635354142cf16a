package org.rewire.runtime.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StudentTTest {
  @Test
  void quantilesMatchPublishedTables() {
    // t(0.975, df) from standard tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706205, within(1e-5));
    assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.302653, within(1e-5));
    assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.776445, within(1e-5));
    assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262157, within(1e-5));
    assertThat(StudentT.quantile(0.975, 29)).isCloseTo(2.045230, within(1e-5));
    assertThat(StudentT.quantile(0.995, 5)).isCloseTo(4.032143, within(1e-5));
    assertThat(StudentT.quantile(0.975, 100000)).isCloseTo(1.959985, within(1e-4));
  }

  @Test
  void theMedianIsZeroAndBadArgumentsAreRejected() {
    assertThat(StudentT.quantile(0.5, 3)).isCloseTo(0, within(1e-9));
    assertThatThrownBy(() -> StudentT.quantile(0.975, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.quantile(1.0, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void meanIntervalOverThreeSeedsIsWorkedOutByHand() {
    // mean 0.72; deviations -0.02, 0, 0.02; s = sqrt(0.0008 / 2) = 0.02;
    // half-width = t(0.975, 2) * 0.02 / sqrt(3) = 4.302653 * 0.011547005 = 0.0496828.
    MeanInterval m = MeanInterval.of(new double[] {0.70, 0.74, 0.72});
    assertThat(m.n()).isEqualTo(3);
    assertThat(m.mean()).isCloseTo(0.72, within(1e-12));
    assertThat(m.halfWidth()).isCloseTo(0.0496828, within(1e-6));
    assertThat(m.hasInterval()).isTrue();
  }

  @Test
  void oneSeedHasNoInterval() {
    MeanInterval m = MeanInterval.of(new double[] {0.6});
    assertThat(m.mean()).isEqualTo(0.6);
    assertThat(m.halfWidth()).isNaN();
    assertThat(m.hasInterval()).isFalse();
  }
}
