package org.rewire.runtime.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.AnnotationText;

/**
 * A mark's label as an XChart text annotation, in its series' colour (darkened), at a place {@link
 * LabelPlacement} chose in pixels. XChart centres an annotation's text on the point it is given and
 * colours every annotation alike; this one sets its own colour while it paints and, where a line
 * runs under it, lays a translucent white backing first so it stays readable.
 */
final class SeriesLabel extends AnnotationText {
  private static final Color BACKING = new Color(255, 255, 255, 220);

  private final Color color;
  private final Rectangle2D box;
  private final boolean backed;

  /**
   * @param box where the text's outline goes, in pixels from the chart's top left
   * @param outline the bounds of the text's outline relative to its baseline origin, measured with
   *     the font and rendering context XChart paints with
   * @param chartHeight XChart measures screen-space annotations from the chart's bottom
   */
  SeriesLabel(
      String text,
      Color color,
      Rectangle2D box,
      Rectangle2D outline,
      boolean backed,
      int chartHeight) {
    // AnnotationText puts the text's origin at (x - width / 2, chartHeight - y + height / 2);
    // these x and y put the outline's top left on the box's.
    super(
        text,
        box.getX() - outline.getX() + outline.getWidth() / 2,
        chartHeight - box.getY() + outline.getY() + outline.getHeight() / 2,
        true);
    this.color = color;
    this.box = box;
    this.backed = backed;
  }

  @Override
  public void paint(Graphics2D g) {
    if (backed) {
      g.setColor(BACKING);
      g.fill(box);
    }
    Color saved = styler.getAnnotationTextFontColor();
    styler.setAnnotationTextFontColor(color);
    try {
      super.paint(g);
    } finally {
      styler.setAnnotationTextFontColor(saved);
    }
  }
}
