package org.rewire.runtime.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.rewire.runtime.output.AtomicFiles;

/**
 * Draws panels into one picture, in rows of {@code columns}, under an optional title, and writes
 * pictures as PNG. Every panel keeps room for the longest legend, so plots side by side line up.
 * Rendering is headless (no display needed) and deterministic: Java2D with fixed logical fonts and
 * no time stamps in the file, so equal input gives equal bytes on the same JDK.
 */
public final class Chart {
  private static final int TITLE_HEIGHT = 36;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Chart() {}

  /**
   * Draws {@code panels}, each {@code panelWidth} x {@code panelHeight} pixels.
   *
   * @param title the picture's title, or null for none
   * @param columns panels per row
   */
  public static BufferedImage draw(
      String title, List<Panel> panels, int columns, int panelWidth, int panelHeight) {
    if (panels.isEmpty() || columns < 1) {
      throw new IllegalArgumentException("a chart needs at least one panel and one column");
    }
    int rows = (panels.size() + columns - 1) / columns;
    int top = title == null ? 0 : TITLE_HEIGHT;
    int width = Math.min(columns, panels.size()) * panelWidth;
    BufferedImage image =
        new BufferedImage(width, top + rows * panelHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      if (title != null) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        g.drawString(title, 16, 25);
      }
      List<PanelPainter> painters = panels.stream().map(p -> new PanelPainter(g, p)).toList();
      int legendLines = 0;
      for (PanelPainter p : painters) {
        legendLines = Math.max(legendLines, p.legendLines(panelWidth));
      }
      for (int i = 0; i < painters.size(); i++) {
        int x = (i % columns) * panelWidth;
        int y = top + (i / columns) * panelHeight;
        painters.get(i).paint(x, y, panelWidth, panelHeight, legendLines);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Writes {@code image} to {@code file} as PNG, atomically. */
  public static void writePng(Path file, RenderedImage image) throws IOException {
    AtomicFiles.write(
        file,
        out -> {
          if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this JDK");
          }
        });
  }
}
