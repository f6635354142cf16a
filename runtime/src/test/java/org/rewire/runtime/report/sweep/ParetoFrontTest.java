package org.rewire.runtime.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.report.chart.Point;

class ParetoFrontTest {
  @Test
  void keepsOnlyPointsNoOtherBeats() {
    ParetoFront front =
        ParetoFront.of(
            List.of(
                new Point(1000, 0.60),
                new Point(2000, 0.55), // more memory, less accuracy: dominated
                new Point(1000, 0.58), // same memory, less accuracy: dominated
                new Point(10000, 0.70),
                new Point(5000, 0.60), // same accuracy, more memory: dominated
                new Point(0, 0.9), // no memory: cannot sit on a log axis, left out
                new Point(100000, 0.72)));
    assertThat(front.vertices())
        .containsExactly(new Point(1000, 0.60), new Point(10000, 0.70), new Point(100000, 0.72));
    assertThat(front.minCost()).isEqualTo(1000);
    assertThat(front.maxAccuracy()).isEqualTo(0.72);
  }

  @Test
  void interpolatesLinearlyInLogCostAndNeverExtrapolates() {
    ParetoFront front = ParetoFront.of(List.of(new Point(1000, 0.5), new Point(100000, 0.7)));
    // 10,000 is halfway between 1,000 and 100,000 in log memory.
    assertThat(front.accuracyAt(10000)).isCloseTo(0.6, within(1e-12));
    assertThat(front.accuracyAt(1000)).isEqualTo(0.5);
    assertThat(front.accuracyAt(100000)).isEqualTo(0.7);
    assertThat(front.costFor(0.6)).isCloseTo(10000, within(1e-6));
    assertThat(front.costFor(0.65)).isCloseTo(Math.pow(10, 4.5), within(1e-6));
    assertThat(front.accuracyAt(999)).isNaN();
    assertThat(front.accuracyAt(100001)).isNaN();
    assertThat(front.costFor(0.49)).isNaN();
    assertThat(front.costFor(0.71)).isNaN();
  }

  @Test
  void aSinglePointFrontIsKnownOnlyAtThatPoint() {
    ParetoFront front = ParetoFront.of(List.of(new Point(500, 0.4)));
    assertThat(front.accuracyAt(500)).isEqualTo(0.4);
    assertThat(front.costFor(0.4)).isCloseTo(500, within(1e-9));
    assertThat(front.accuracyAt(501)).isNaN();
    assertThat(ParetoFront.of(List.of()).isEmpty()).isTrue();
  }

  @Test
  void saysWhereFiguresAreMeasuredAndHowFarInterpolationReaches() {
    ParetoFront front =
        ParetoFront.of(List.of(new Point(1e3, 0.5), new Point(2e3, 0.6), new Point(2e6, 0.7)));
    assertThat(front.hasVertexAtCost(2e3)).isTrue();
    assertThat(front.hasVertexAtCost(3e3)).isFalse();
    assertThat(front.hasVertexAtAccuracy(0.7)).isTrue();
    assertThat(front.widestStep(1e3, 2e3, true)).isEqualTo(2);
    assertThat(front.widestStep(1e3, 1e4, true)).isEqualTo(1000);
    assertThat(front.widestStep(0.5, 0.55, false)).isEqualTo(2);
    assertThat(front.widestStep(2e6, 2e6, true)).isEqualTo(1);
  }
}
