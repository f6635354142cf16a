package org.rewire.runtime.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * The labels of a panel's marks, added to an XChart chart once it has been laid out: what they must
 * not cover (markers and error bars) and should not cross (lines) is measured in the chart's
 * pixels, {@link LabelPlacement} picks the places, and each placed label becomes a {@link
 * SeriesLabel} annotation in its series' colour.
 */
final class MarkLabels {
  static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private MarkLabels() {}

  /** A label's text before it has a place, with its outline's bounds. */
  private record Text(String text, Color color, Rectangle2D outline) {}

  /**
   * Adds the labels of {@code shown}'s marks that fit inside {@code plot} to {@code chart}.
   *
   * @param chart a chart that has been painted, so that its values have pixels
   * @param plot the plot's inside, in pixels
   * @param frc the rendering context XChart paints text with
   * @return whether any label was added (the chart must then be painted again)
   */
  static boolean add(XYChart chart, List<Shown> shown, Rectangle2D plot, FontRenderContext frc) {
    List<Rectangle2D> taken = new ArrayList<>();
    List<Line2D> lines = new ArrayList<>();
    List<LabelPlacement.Label> labels = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    for (Shown s : shown) {
      for (Mark m : s.marks()) {
        double px = chart.getScreenXFromChart(m.x());
        double py = chart.getScreenYFromChart(m.y());
        double r = s.radius() + 1;
        taken.add(new Rectangle2D.Double(px - r, py - r, 2 * r, 2 * r));
        if (m.hasErrorBar()) {
          double top = chart.getScreenYFromChart(m.high());
          taken.add(
              new Rectangle2D.Double(px - 4, top, 8, chart.getScreenYFromChart(m.low()) - top));
        }
        if (m.label() != null) {
          Rectangle2D outline = new TextLayout(m.label(), FONT, frc).getOutline(null).getBounds2D();
          labels.add(
              new LabelPlacement.Label(
                  labels.size(), px, py, outline.getWidth() + 1, outline.getHeight() + 1));
          texts.add(new Text(m.label(), Palette.color(s.series().style()).darker(), outline));
        }
      }
      for (int i = 0; i + 1 < s.line().size(); i++) {
        Point a = s.line().get(i);
        Point b = s.line().get(i + 1);
        lines.add(
            new Line2D.Double(
                chart.getScreenXFromChart(a.x()),
                chart.getScreenYFromChart(a.y()),
                chart.getScreenXFromChart(b.x()),
                chart.getScreenYFromChart(b.y())));
      }
    }
    List<LabelPlacement.Placed> placed = LabelPlacement.place(plot, taken, lines, labels);
    chart.getStyler().setAnnotationTextFont(FONT);
    for (LabelPlacement.Placed p : placed) {
      Text t = texts.get(p.index());
      chart.addAnnotation(
          new SeriesLabel(
              t.text(), t.color(), p.box(), t.outline(), p.crossesLine(), chart.getHeight()));
    }
    return !placed.isEmpty();
  }
}
