package org.rewire.runtime.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.report.chart.Point;

class FrontComparisonTest {
  static ParetoFront front(double... costAccuracy) {
    List<Point> points = new java.util.ArrayList<>();
    for (int i = 0; i < costAccuracy.length; i += 2) {
      points.add(new Point(costAccuracy[i], costAccuracy[i + 1]));
    }
    return ParetoFront.of(points);
  }

  @Test
  void atEqualMemoryOnlyInsideTheOverlapAtEveryVertexAndTheEnds() {
    // a: 1e3 -> 60 %, 1e5 -> 80 %; b: 1e4 -> 50 %, 1e6 -> 70 %. Overlap: [1e4, 1e5].
    FrontComparison c =
        new FrontComparison("a", "b", front(1e3, 0.6, 1e5, 0.8), front(1e4, 0.5, 1e6, 0.7));
    assertThat(c.memoryOverlap()).isTrue();
    assertThat(c.facingEnds()).isNull();
    List<FrontComparison.AtMemory> rows = c.atEqualMemory();
    assertThat(rows).extracting(FrontComparison.AtMemory::memory).containsExactly(1e4, 1e5);
    // At 1e4: a is halfway in log memory (70 %), b at its first point (50 %).
    assertThat(rows.get(0).referenceAccuracy()).isCloseTo(0.7, within(1e-12));
    assertThat(rows.get(0).gap()).isCloseTo(0.2, within(1e-12));
    // At 1e5: a at its last point (80 %), b halfway (60 %).
    assertThat(rows.get(1).gap()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void atEqualAccuracyTheRatioOfTheMemoryEachFrontNeeds() {
    FrontComparison c =
        new FrontComparison("a", "b", front(1e3, 0.6, 1e5, 0.8), front(1e4, 0.5, 1e6, 0.7));
    // Accuracy overlap: [60 %, 70 %]; a's vertex at 60 %, b's at 70 %.
    List<FrontComparison.AtAccuracy> rows = c.atEqualAccuracy();
    assertThat(rows).extracting(FrontComparison.AtAccuracy::accuracy).containsExactly(0.6, 0.7);
    // 60 %: a needs 1e3, b (halfway from 50 to 70 %) needs 1e5: 100x.
    assertThat(rows.get(0).referenceMemory()).isCloseTo(1e3, within(1e-6));
    assertThat(rows.get(0).otherMemory()).isCloseTo(1e5, within(1e-4));
    assertThat(rows.get(0).ratio()).isCloseTo(100, within(1e-6));
    // 70 %: a needs 1e4, b needs 1e6.
    assertThat(rows.get(1).ratio()).isCloseTo(100, within(1e-6));
  }

  @Test
  void intermediateVerticesOfEitherFrontAreRows() {
    FrontComparison c =
        new FrontComparison(
            "a", "b", front(1e3, 0.5, 1e4, 0.7, 1e6, 0.8), front(1e3, 0.4, 1e5, 0.6, 1e6, 0.75));
    assertThat(c.atEqualMemory())
        .extracting(FrontComparison.AtMemory::memory)
        .containsExactly(1e3, 1e4, 1e5, 1e6);
    assertThat(c.atEqualMemory().get(1).otherAccuracy()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void disjointRangesAreNoOverlapRatherThanExtrapolated() {
    FrontComparison c =
        new FrontComparison("a", "b", front(1e3, 0.6, 1e4, 0.7), front(1e5, 0.8, 1e6, 0.9));
    assertThat(c.memoryOverlap()).isFalse();
    assertThat(c.atEqualMemory()).isEmpty();
    assertThat(c.accuracyOverlap()).isFalse();
    assertThat(c.atEqualAccuracy()).isEmpty();
    FrontComparison.Facing facing = c.facingEnds();
    assertThat(facing.cheaper()).isEqualTo("a");
    assertThat(facing.cheaperEnd()).isEqualTo(new Point(1e4, 0.7));
    assertThat(facing.dearerEnd()).isEqualTo(new Point(1e5, 0.8));
    assertThat(facing.memoryRatio()).isEqualTo(10);
    assertThat(facing.gap()).isCloseTo(0.1, within(1e-12));
    FrontComparison swapped = new FrontComparison("b", "a", c.otherFront(), c.referenceFront());
    assertThat(swapped.facingEnds().cheaper()).isEqualTo("a");
    FrontComparison empty = new FrontComparison("a", "b", front(1e3, 0.6), front());
    assertThat(empty.memoryOverlap()).isFalse();
    assertThat(empty.atEqualAccuracy()).isEmpty();
  }
}
