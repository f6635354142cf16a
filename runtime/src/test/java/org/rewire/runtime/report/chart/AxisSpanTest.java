package org.rewire.runtime.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisSpanTest {
  static AxisSpan span(Axis axis, double... values) {
    return AxisSpan.of(axis, java.util.Arrays.stream(values).boxed().toList());
  }

  @Test
  void boundsCutTheRangeButNeverEmptyIt() {
    Axis percent = Axis.linear("accuracy (%)").within(0, 100);
    assertThat(span(percent, 80, 96, 112)).isEqualTo(new AxisSpan(80, 100));
    assertThat(span(percent, -20, 50)).isEqualTo(new AxisSpan(0, 50));
    assertThat(span(percent, 120, 130)).isEqualTo(new AxisSpan(120, 130));
  }

  @Test
  void aLogAxisLeavesOutValuesItCannotShowAndNoValueIsNoRange() {
    assertThat(span(Axis.log("memory"), 0, -5, 1000, 4000, Double.NaN))
        .isEqualTo(new AxisSpan(1000, 4000));
    assertThat(span(Axis.log("memory"), 0, -5)).isNull();
    assertThat(AxisSpan.of(Axis.linear("y"), List.of())).isNull();
  }

  @Test
  void aSingleValueGetsRoundRoomThatIsNotSymmetric() {
    // Symmetric ends would make XChart tick at the ends and the value rather than round numbers.
    AxisSpan memory = span(Axis.linear("memory"), 461_264);
    assertThat(memory.min()).isEqualTo(410_000);
    assertThat(memory.max()).isEqualTo(510_000);
    AxisSpan round = span(Axis.linear("memory"), 460_000);
    assertThat(round.max() - 460_000).isNotEqualTo(460_000 - round.min());
    AxisSpan epoch = span(Axis.integers("epoch"), 1);
    assertThat(epoch.min()).isEqualTo(0);
    assertThat(epoch.max()).isEqualTo(3);
    AxisSpan log = span(Axis.log("memory"), 1e6);
    assertThat(log.min()).isLessThan(1e6);
    assertThat(log.max()).isGreaterThan(1e6);
    assertThat(span(Axis.linear("accuracy").within(0, 100), 100).max()).isEqualTo(100);
  }
}
