package org.rewire.runtime.report.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Colours and marker shapes by series style. The colours are Okabe and Ito's palette, which stays
 * distinct for colour-blind readers; shapes differ too, so series also part in grey print.
 */
final class Palette {
  private static final Color[] COLORS = {
    new Color(0, 114, 178), // blue
    new Color(213, 94, 0), // vermillion
    new Color(0, 158, 115), // bluish green
    new Color(204, 121, 167), // reddish purple
    new Color(230, 159, 0), // orange
    new Color(86, 180, 233), // sky blue
    new Color(0, 0, 0)
  };

  private Palette() {}

  static Color color(int style) {
    return COLORS[Math.floorMod(style, COLORS.length)];
  }

  /** The marker of {@code style}, centred on {@code (x, y)}, about {@code 2 r} across. */
  static Shape marker(int style, double x, double y, double r) {
    return switch (Math.floorMod(style, 4)) {
      case 0 -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case 1 -> new Rectangle2D.Double(x - 0.9 * r, y - 0.9 * r, 1.8 * r, 1.8 * r);
      case 2 -> polygon(x, y, r * 1.2, 3, -Math.PI / 2); // triangle, point up
      default -> polygon(x, y, r * 1.25, 4, 0); // diamond
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
