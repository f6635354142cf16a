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
 * A picture of one or more panels, each drawn by XChart ({@link PanelChart}), in rows of {@code
 * columns} under an optional title, each panel's notes written under it; and PNG writing. Every
 * panel keeps room for the most notes any panel has, so plots side by side line up. Rendering is
 * headless (no display needed) and deterministic: Java2D with logical fonts and no time stamps in
 * the file, so equal input gives equal bytes on the same JDK.
 */
public final class Chart {
  private static final int TITLE_HEIGHT = 36;
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
  private static final int PAD = 12;
  private static final int NOTE_LINE = 19;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Chart() {}

  /**
   * Draws {@code panels}, each {@code panelWidth} x {@code panelHeight} pixels, notes included.
   *
   * @param title the picture's title, or null for none
   * @param columns panels per row
   * @throws IllegalArgumentException without panels or columns
   */
  public static BufferedImage draw(
      String title, List<Panel> panels, int columns, int panelWidth, int panelHeight) {
    if (panels.isEmpty() || columns < 1) {
      throw new IllegalArgumentException("a chart needs at least one panel and one column");
    }
    int rows = (panels.size() + columns - 1) / columns;
    int top = title == null ? 0 : TITLE_HEIGHT;
    int noteLines = panels.stream().mapToInt(p -> p.notes().size()).max().orElse(0);
    int notesHeight = noteLines == 0 ? 0 : noteLines * NOTE_LINE + PAD / 2;
    int width = Math.min(columns, panels.size()) * panelWidth;
    BufferedImage image =
        new BufferedImage(width, top + rows * panelHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      if (title != null) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(title, 16, 25);
      }
      for (int i = 0; i < panels.size(); i++) {
        int x = (i % columns) * panelWidth;
        int y = top + (i / columns) * panelHeight;
        Panel panel = panels.get(i);
        g.drawImage(PanelChart.draw(panel, panelWidth, panelHeight - notesHeight), x, y, null);
        drawNotes(g, panel.notes(), x + PAD, y + panelHeight - notesHeight);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void drawNotes(Graphics2D g, List<String> notes, int x, int y) {
    g.setFont(PanelChart.TEXT);
    g.setColor(PanelChart.NOTE);
    int ascent = g.getFontMetrics().getAscent();
    for (int i = 0; i < notes.size(); i++) {
      g.drawString(notes.get(i), x, y + i * NOTE_LINE + ascent);
    }
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
