package org.rewire.runtime.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one {@link Panel} into a rectangle: title, grid, axes with tick labels and axis labels, the
 * series (lines, error bars, markers), and the legend under the plot.
 */
final class PanelPainter {
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Color GRID = new Color(225, 225, 225);
  private static final Color FRAME = new Color(110, 110, 110);
  private static final Color NOTE = new Color(70, 70, 70);
  private static final int PAD = 12;
  private static final int LINE = 19;
  private static final int SAMPLE = 30;

  private final Graphics2D g;
  private final Panel panel;
  private final AxisRange xRange;
  private final AxisRange yRange;
  private int left;
  private int right;
  private int top;
  private int bottom;

  PanelPainter(Graphics2D g, Panel panel) {
    this.g = g;
    this.panel = panel;
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Series s : panel.series()) {
      for (Mark m : s.marks()) {
        xs.add(m.x());
        ys.add(m.y());
        if (m.hasErrorBar()) {
          ys.add(m.low());
          ys.add(m.high());
        }
      }
      for (Point p : s.line()) {
        xs.add(p.x());
        ys.add(p.y());
      }
    }
    this.xRange = AxisRange.of(panel.x(), xs.stream().mapToDouble(Double::doubleValue).toArray());
    this.yRange = AxisRange.of(panel.y(), ys.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** How many lines the legend takes in a panel {@code width} wide. */
  int legendLines(int width) {
    return layoutLegend(width - 2 * PAD).size();
  }

  /**
   * Paints the panel.
   *
   * @param legendLines lines to keep for the legend, at least its own: panels side by side keep the
   *     same, so their plots line up
   */
  void paint(int x, int y, int width, int height, int legendLines) {
    List<List<LegendEntry>> legend = layoutLegend(width - 2 * PAD);
    int reserved = Math.max(legendLines, legend.size());
    g.setFont(TEXT);
    FontMetrics text = g.getFontMetrics();
    int tickWidth = 0;
    for (double t : yRange.ticks()) {
      tickWidth = Math.max(tickWidth, text.stringWidth(yRange.label(t)));
    }
    left = x + PAD + LINE + tickWidth + 8;
    right = x + width - PAD - 8;
    top = y + PAD + 26;
    bottom = y + height - PAD - reserved * LINE - 2 * LINE - 10;

    g.setFont(TITLE);
    g.setColor(Color.BLACK);
    g.drawString(panel.title(), x + PAD, y + PAD + 14);
    drawGridAndTicks(text);
    drawAxisLabels(x);
    Shape clip = g.getClip();
    g.clipRect(left, top, right - left + 1, bottom - top + 1);
    boolean drawn = false;
    for (Series s : panel.series()) {
      drawn |= drawSeries(s);
    }
    drawLabels();
    g.setClip(clip);
    if (!drawn) {
      g.setFont(LABEL);
      g.setColor(NOTE);
      String none = "no data";
      g.drawString(
          none, (left + right - g.getFontMetrics().stringWidth(none)) / 2, (top + bottom) / 2);
    }
    drawLegend(legend, x + PAD, y + height - PAD - reserved * LINE);
  }

  private int px(double value) {
    return (int) Math.round(left + xRange.fraction(value) * (right - left));
  }

  private int py(double value) {
    return (int) Math.round(bottom - yRange.fraction(value) * (bottom - top));
  }

  private void drawGridAndTicks(FontMetrics text) {
    g.setFont(TEXT);
    g.setStroke(new BasicStroke(1f));
    int lastLabelEnd = Integer.MIN_VALUE;
    for (double t : xRange.ticks()) {
      int px = px(t);
      g.setColor(GRID);
      g.drawLine(px, top, px, bottom);
      String label = xRange.label(t);
      int labelLeft = px - text.stringWidth(label) / 2;
      if (labelLeft > lastLabelEnd + 6) { // skip a label that would touch the previous one
        g.setColor(Color.BLACK);
        g.drawString(label, labelLeft, bottom + 6 + text.getAscent());
        lastLabelEnd = labelLeft + text.stringWidth(label);
      }
    }
    for (double t : yRange.ticks()) {
      int py = py(t);
      g.setColor(GRID);
      g.drawLine(left, py, right, py);
      String label = yRange.label(t);
      g.setColor(Color.BLACK);
      g.drawString(label, left - 6 - text.stringWidth(label), py + text.getAscent() / 2 - 1);
    }
    g.setColor(FRAME);
    g.drawRect(left, top, right - left, bottom - top);
  }

  private void drawAxisLabels(int x) {
    g.setFont(LABEL);
    g.setColor(Color.BLACK);
    FontMetrics label = g.getFontMetrics();
    String xLabel = panel.x().label();
    g.drawString(
        xLabel,
        (left + right - label.stringWidth(xLabel)) / 2,
        bottom + 8 + LINE + label.getAscent());
    AffineTransform saved = g.getTransform();
    String yLabel = panel.y().label();
    g.translate(x + PAD + label.getAscent(), (top + bottom + label.stringWidth(yLabel)) / 2.0);
    g.rotate(-Math.PI / 2);
    g.drawString(yLabel, 0, 0);
    g.setTransform(saved);
  }

  /** Draws a series; returns whether anything of it was visible. */
  private boolean drawSeries(Series s) {
    Color color = Palette.color(s.style());
    boolean drawn = false;
    Path2D.Double line = new Path2D.Double();
    boolean started = false;
    for (Point p : s.line()) {
      if (!panel.x().accepts(p.x()) || !panel.y().accepts(p.y())) {
        continue;
      }
      if (started) {
        line.lineTo(px(p.x()), py(p.y()));
      } else {
        line.moveTo(px(p.x()), py(p.y()));
        started = true;
      }
      drawn = true;
    }
    g.setColor(color);
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(line);
    double r = s.marks().size() > 30 ? 3 : 5;
    for (Mark m : s.marks()) {
      if (!visible(m)) {
        continue;
      }
      drawn = true;
      int px = px(m.x());
      if (m.hasErrorBar()) {
        g.setColor(color);
        g.setStroke(new BasicStroke(1.5f));
        int low = py(m.low());
        int high = py(m.high());
        g.draw(new Line2D.Double(px, low, px, high));
        g.draw(new Line2D.Double(px - 5, low, px + 5, low));
        g.draw(new Line2D.Double(px - 5, high, px + 5, high));
      }
      drawMarker(s.style(), m.hollow(), px, py(m.y()), r);
    }
    return drawn;
  }

  private boolean visible(Mark m) {
    return panel.x().accepts(m.x()) && panel.y().accepts(m.y());
  }

  /**
   * Writes each mark's label beside it, at the first of eight places around it that stays inside
   * the plot and covers no marker, error bar or label already written, preferring places that cross
   * no line either; one that must cross a line gets a white backing so it stays readable. A label
   * with no free place is left out rather than written over something.
   */
  private void drawLabels() {
    List<Rectangle> taken = new ArrayList<>();
    List<Line2D> lines = new ArrayList<>();
    for (Series s : panel.series()) {
      for (Mark m : s.marks()) {
        if (visible(m)) {
          int px = px(m.x());
          int py = py(m.y());
          taken.add(new Rectangle(px - 6, py - 6, 12, 12));
          if (m.hasErrorBar()) {
            int high = py(m.high());
            taken.add(new Rectangle(px - 5, high, 10, py(m.low()) - high));
          }
        }
      }
      for (int i = 0; i + 1 < s.line().size(); i++) {
        Point a = s.line().get(i);
        Point b = s.line().get(i + 1);
        if (panel.x().accepts(a.x()) && panel.x().accepts(b.x())) {
          lines.add(new Line2D.Double(px(a.x()), py(a.y()), px(b.x()), py(b.y())));
        }
      }
    }
    g.setFont(SMALL);
    FontMetrics fm = g.getFontMetrics();
    Rectangle plot = new Rectangle(left + 2, top + 2, right - left - 4, bottom - top - 4);
    for (Series s : panel.series()) {
      for (Mark m : s.marks()) {
        if (m.label() == null || !visible(m)) {
          continue;
        }
        Rectangle place = place(m, fm, plot, taken, lines);
        if (place != null) {
          if (lines.stream().anyMatch(l -> l.intersects(place))) {
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(place);
          }
          g.setColor(Palette.color(s.style()).darker());
          g.drawString(m.label(), place.x, place.y + fm.getAscent());
          taken.add(place);
        }
      }
    }
  }

  private Rectangle place(
      Mark m, FontMetrics fm, Rectangle plot, List<Rectangle> taken, List<Line2D> lines) {
    int px = px(m.x());
    int py = py(m.y());
    int w = fm.stringWidth(m.label());
    int h = fm.getAscent();
    int[][] corners = {
      {px + 9, py - h / 2}, {px - 9 - w, py - h / 2}, {px + 7, py - 7 - h}, {px + 7, py + 7},
      {px - 7 - w, py - 7 - h}, {px - 7 - w, py + 7}, {px - w / 2, py - 9 - h}, {px - w / 2, py + 9}
    };
    for (boolean avoidLines : new boolean[] {true, false}) {
      for (int[] c : corners) {
        Rectangle r = new Rectangle(c[0], c[1], w, h);
        if (plot.contains(r)
            && taken.stream().noneMatch(r::intersects)
            && (!avoidLines || lines.stream().noneMatch(l -> l.intersects(r)))) {
          return r;
        }
      }
    }
    return null;
  }

  private void drawMarker(int style, boolean hollow, double x, double y, double r) {
    Shape marker = Palette.marker(style, x, y, r);
    g.setColor(hollow ? Color.WHITE : Palette.color(style));
    g.fill(marker);
    g.setStroke(new BasicStroke(hollow ? 2f : 1f));
    g.setColor(hollow ? Palette.color(style) : Color.WHITE);
    g.draw(marker);
  }

  /** One legend item: a series' sample and label, or a note (no series). */
  private record LegendEntry(Series series, String text, int width) {}

  private List<List<LegendEntry>> layoutLegend(int width) {
    g.setFont(TEXT);
    FontMetrics fm = g.getFontMetrics();
    List<List<LegendEntry>> lines = new ArrayList<>();
    List<LegendEntry> current = new ArrayList<>();
    int used = 0;
    for (Series s : panel.series()) {
      int w = SAMPLE + 6 + fm.stringWidth(s.label()) + 18;
      if (used + w > width && !current.isEmpty()) {
        lines.add(current);
        current = new ArrayList<>();
        used = 0;
      }
      current.add(new LegendEntry(s, s.label(), w));
      used += w;
    }
    if (!current.isEmpty()) {
      lines.add(current);
    }
    for (String note : panel.notes()) {
      lines.add(List.of(new LegendEntry(null, note, fm.stringWidth(note))));
    }
    return lines;
  }

  private void drawLegend(List<List<LegendEntry>> lines, int x, int y) {
    g.setFont(TEXT);
    FontMetrics fm = g.getFontMetrics();
    for (int i = 0; i < lines.size(); i++) {
      int cx = x;
      int baseline = y + i * LINE + fm.getAscent();
      int middle = y + i * LINE + LINE / 2 - 1;
      for (LegendEntry e : lines.get(i)) {
        if (e.series() == null) {
          g.setColor(NOTE);
          g.drawString(e.text(), cx, baseline);
          continue;
        }
        Series s = e.series();
        if (!s.line().isEmpty()) {
          g.setColor(Palette.color(s.style()));
          g.setStroke(new BasicStroke(2f));
          g.drawLine(cx, middle, cx + SAMPLE, middle);
        }
        if (!s.marks().isEmpty()) {
          drawMarker(s.style(), false, cx + SAMPLE / 2.0, middle, 5);
        }
        g.setColor(Color.BLACK);
        g.drawString(e.text(), cx + SAMPLE + 6, baseline);
        cx += e.width();
      }
    }
  }
}
