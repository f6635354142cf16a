package org.rewire.runtime.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {
  /** The half-width of seeds 0, 1, ..., n-1 over their standard error s / sqrt(n). */
  static double quantileUsed(int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    double sd = Math.sqrt(n * (n + 1) / 12.0); // sample standard deviation of 0..n-1
    return MeanInterval.of(values).halfWidth() / (sd / Math.sqrt(n));
  }

  @Test
  void theHalfWidthUsesStudentsTAtNMinusOneDegreesOfFreedom() {
    // t(0.975, df) from standard tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    assertThat(quantileUsed(2)).isCloseTo(12.706205, within(1e-5));
    assertThat(quantileUsed(3)).isCloseTo(4.302653, within(1e-5));
    assertThat(quantileUsed(5)).isCloseTo(2.776445, within(1e-5));
    assertThat(quantileUsed(10)).isCloseTo(2.262157, within(1e-5));
    assertThat(quantileUsed(30)).isCloseTo(2.045230, within(1e-5));
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
  void equalSeedsHaveAnIntervalOfZeroWidth() {
    MeanInterval m = MeanInterval.of(new double[] {0.5, 0.5, 0.5});
    assertThat(m.halfWidth()).isZero();
    assertThat(m.hasInterval()).isTrue();
  }

  @Test
  void oneSeedHasNoIntervalAndNoneIsAnError() {
    MeanInterval m = MeanInterval.of(new double[] {0.6});
    assertThat(m.mean()).isEqualTo(0.6);
    assertThat(m.halfWidth()).isNaN();
    assertThat(m.hasInterval()).isFalse();
    assertThatThrownBy(() -> MeanInterval.of(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no values");
  }
}
