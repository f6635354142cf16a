package org.rewire.runtime.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisRangeTest {
  static List<String> labels(AxisRange r) {
    return r.ticks().stream().map(r::label).toList();
  }

  @Test
  void linearTicksAreRoundStepsInsideAPaddedRange() {
    AxisRange r = AxisRange.of(Axis.linear("accuracy (%)"), new double[] {20, 25, 53});
    assertThat(r.min()).isLessThan(20);
    assertThat(r.max()).isGreaterThan(53);
    assertThat(labels(r)).containsExactly("20", "25", "30", "35", "40", "45", "50");
    assertThat(r.fraction(r.min())).isZero();
    assertThat(r.fraction(r.max())).isEqualTo(1);
  }

  @Test
  void largeValuesUseSuffixesAndSmallStepsKeepTheirDecimals() {
    AxisRange big = AxisRange.of(Axis.linear("synapses"), new double[] {30_000, 96_000});
    assertThat(labels(big)).containsExactly("30k", "40k", "50k", "60k", "70k", "80k", "90k");
    AxisRange small = AxisRange.of(Axis.linear("loss"), new double[] {1.31, 1.39});
    assertThat(labels(small)).containsExactly("1.32", "1.34", "1.36", "1.38");
  }

  @Test
  void anIntegerAxisNeverTicksBetweenWholeNumbers() {
    AxisRange one = AxisRange.of(Axis.integers("epoch"), new double[] {1, 3});
    assertThat(labels(one)).containsExactly("1", "2", "3");
    AxisRange single = AxisRange.of(Axis.integers("epoch"), new double[] {1});
    assertThat(labels(single)).containsExactly("1");
  }

  @Test
  void logTicksThinOutWithTheDecadesSpanned() {
    AxisRange wide = AxisRange.of(Axis.log("memory"), new double[] {290_000, 660_000_000});
    assertThat(labels(wide)).containsExactly("300k", "1M", "3M", "10M", "30M", "100M", "300M");
    AxisRange decade = AxisRange.of(Axis.log("memory"), new double[] {1e5, 1e6});
    assertThat(labels(decade)).containsExactly("100k", "200k", "300k", "500k", "1M");
    AxisRange seven = AxisRange.of(Axis.log("memory"), new double[] {310_000, 2_140_000});
    assertThat(labels(seven)).containsExactly("300k", "500k", "1M", "2M");
    AxisRange narrow = AxisRange.of(Axis.log("memory"), new double[] {450_000, 520_000});
    assertThat(narrow.ticks()).hasSizeBetween(2, AxisRange.MAX_TICKS);
    assertThat(labels(narrow)).contains("500k");
    AxisRange many = AxisRange.of(Axis.log("x"), new double[] {1, 1e20});
    assertThat(many.ticks()).hasSizeLessThanOrEqualTo(AxisRange.MAX_TICKS);
  }

  @Test
  void aLogAxisLeavesOutValuesItCannotShow() {
    AxisRange r = AxisRange.of(Axis.log("memory"), new double[] {0, -5, 1000, Double.NaN});
    assertThat(r.min()).isLessThan(1000).isGreaterThan(0);
    assertThat(labels(r)).contains("1000");
  }

  @Test
  void boundsCutTheRangeButNeverEmptyIt() {
    Axis percent = Axis.linear("accuracy (%)").within(0, 100);
    AxisRange r = AxisRange.of(percent, new double[] {80, 96, 112});
    assertThat(r.max()).isEqualTo(100);
    assertThat(r.min()).isLessThan(80);
    AxisRange outside = AxisRange.of(percent, new double[] {120, 130});
    assertThat(outside.min()).isLessThan(120);
  }
}
