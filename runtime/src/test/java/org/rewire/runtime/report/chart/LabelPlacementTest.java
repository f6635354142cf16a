package org.rewire.runtime.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {
  static final Rectangle2D PLOT = new Rectangle2D.Double(0, 0, 400, 300);

  static Rectangle2D marker(double x, double y) {
    return new Rectangle2D.Double(x - 6, y - 6, 12, 12);
  }

  @Test
  void aLabelGoesRightOfItsMarkerWhenThatIsFree() {
    List<LabelPlacement.Placed> placed =
        LabelPlacement.place(
            PLOT,
            List.of(marker(100, 100)),
            List.of(),
            List.of(new LabelPlacement.Label(0, 100, 100, 50, 12)));
    assertThat(placed).hasSize(1);
    Rectangle2D box = placed.get(0).box();
    assertThat(box.getMinX()).isGreaterThan(106);
    assertThat(box.getCenterY()).isEqualTo(100);
    assertThat(placed.get(0).crossesLine()).isFalse();
  }

  @Test
  void crowdedLabelsNeverOverlapEachOtherOrAnyMarker() {
    List<Rectangle2D> markers = new ArrayList<>();
    List<LabelPlacement.Label> labels = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      double x = 150 + 9 * i;
      double y = 150 + 4 * i;
      markers.add(marker(x, y));
      labels.add(new LabelPlacement.Label(i, x, y, 60, 12));
    }
    List<LabelPlacement.Placed> placed = LabelPlacement.place(PLOT, markers, List.of(), labels);
    assertThat(placed).isNotEmpty().hasSizeLessThan(12); // some have no room and are left out
    for (LabelPlacement.Placed p : placed) {
      assertThat(PLOT.contains(p.box())).isTrue();
      assertThat(markers).noneMatch(m -> m.intersects(p.box()));
      for (LabelPlacement.Placed q : placed) {
        if (q != p) {
          assertThat(q.box().intersects(p.box())).as("%s and %s", p, q).isFalse();
        }
      }
    }
    assertThat(placed).extracting(LabelPlacement.Placed::index).isSorted();
  }

  @Test
  void aLabelAvoidsLinesWhileItCanAndSaysWhenItCannot() {
    // A line through the marker to the right: the label goes left instead.
    Line2D right = new Line2D.Double(100, 100, 300, 100);
    LabelPlacement.Placed left =
        LabelPlacement.place(
                PLOT,
                List.of(marker(100, 100)),
                List.of(right),
                List.of(new LabelPlacement.Label(0, 100, 100, 50, 12)))
            .get(0);
    assertThat(left.box().getMaxX()).isLessThan(94);
    assertThat(left.crossesLine()).isFalse();
    // Lines on every side: the label still goes where nothing is drawn, over a line.
    List<Line2D> everywhere = new ArrayList<>();
    for (int y = 0; y <= 300; y += 4) {
      everywhere.add(new Line2D.Double(0, y, 400, y));
    }
    LabelPlacement.Placed crossing =
        LabelPlacement.place(
                PLOT,
                List.of(marker(100, 100)),
                everywhere,
                List.of(new LabelPlacement.Label(0, 100, 100, 50, 12)))
            .get(0);
    assertThat(crossing.crossesLine()).isTrue();
  }

  @Test
  void aLabelThatFitsNowhereInThePlotIsLeftOut() {
    assertThat(
            LabelPlacement.place(
                PLOT,
                List.of(),
                List.of(),
                List.of(new LabelPlacement.Label(0, 200, 150, 500, 12))))
        .isEmpty();
  }
}
