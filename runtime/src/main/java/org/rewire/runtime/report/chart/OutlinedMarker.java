package org.rewire.runtime.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * An XChart marker that is either filled in the series' colour with a thin white rim (so markers
 * that touch stay apart) or hollow: white inside a 2-pixel outline in the series' colour. XChart's
 * own markers are filled only; a hollow marker marks a point apart (for example: not mappable).
 * XChart sets the graphics' colour to the series' marker colour before it calls {@link #paint}.
 */
final class OutlinedMarker extends Marker {
  /** The marker's outline. */
  enum Outline {
    CIRCLE,
    SQUARE,
    TRIANGLE,
    DIAMOND
  }

  private final Outline outline;
  private final boolean hollow;
  private final double radius;

  /**
   * @param radius half the marker's width in pixels; XChart's marker size is ignored so that
   *     markers can differ in size between series of one chart
   */
  OutlinedMarker(Outline outline, boolean hollow, double radius) {
    this.outline = outline;
    this.hollow = hollow;
    this.radius = radius;
  }

  boolean hollow() {
    return hollow;
  }

  double radius() {
    return radius;
  }

  @Override
  public void paint(Graphics2D g, double x, double y, int markerSize) {
    Color color = g.getColor();
    Shape shape = shape(x, y);
    g.setColor(hollow ? Color.WHITE : color);
    g.fill(shape);
    g.setStroke(new BasicStroke(hollow ? 2f : 1f));
    g.setColor(hollow ? color : Color.WHITE);
    g.draw(shape);
    g.setColor(color);
  }

  private Shape shape(double x, double y) {
    double r = radius;
    return switch (outline) {
      case CIRCLE -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case SQUARE -> new Rectangle2D.Double(x - 0.9 * r, y - 0.9 * r, 1.8 * r, 1.8 * r);
      case TRIANGLE -> polygon(x, y, r * 1.2, 3, -Math.PI / 2); // point up
      case DIAMOND -> polygon(x, y, r * 1.25, 4, 0);
    };
  }

  private static Shape polygon(double x, double y, double r, int corners, double start) {
    Path2D.Double p = new Path2D.Double();
    for (int i = 0; i < corners; i++) {
      double a = start + 2 * Math.PI * i / corners;
      if (i == 0) {
        p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
      } else {
        p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
      }
    }
    p.closePath();
    return p;
  }
}
