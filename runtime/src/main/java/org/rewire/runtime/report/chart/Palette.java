package org.rewire.runtime.report.chart;

import java.awt.Color;

/**
 * Colours and marker shapes by series style. The colours are Okabe and Ito's palette, which stays
 * distinct for colour-blind readers; shapes differ too (circle, square, triangle, diamond), so
 * series also part in grey print.
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

  /** The colour of {@code style}; styles past the palette's end wrap around. */
  static Color color(int style) {
    return COLORS[Math.floorMod(style, COLORS.length)];
  }

  /**
   * The marker of {@code style}, about {@code 2 radius} pixels across.
   *
   * @param hollow an outline in the series' colour around a white inside, rather than filled
   */
  static OutlinedMarker marker(int style, boolean hollow, double radius) {
    return new OutlinedMarker(
        OutlinedMarker.Outline.values()[Math.floorMod(style, 4)], hollow, radius);
  }
}
