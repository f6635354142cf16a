package org.rewire.runtime.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rewire.api.Capacity;
import org.rewire.api.ElementUsage;
import org.rewire.api.MappingReport;
import org.rewire.runtime.Counted;
import org.rewire.runtime.report.chart.Chart;

/**
 * A PNG picture of a mapped chip, readable at a glance: every element at its grid position, shaded
 * by how full its busiest port is (or by its memory), ports over capacity marked in red on the side
 * they face, the busiest port within capacity in orange, and a title with the totals. Elements
 * without a grid position (row or column -1) are left out and the title says how many.
 *
 * <p>Port sides come from the port name's suffix ({@code in_N}, {@code out_E}, ...); ports named
 * otherwise are shaded but not marked. Drawing is headless: no display is needed.
 */
public final class ChipPicture {
  /** The file name inside a run folder. */
  public static final String NAME = "chip.png";

  /** What the shade of an element shows. */
  public enum Shading {
    /** The busiest port's load over its capacity; red beyond capacity. */
    PORT_LOAD,
    /** Memory over the largest memory of the same kind. */
    MEMORY
  }

  private static final Color EMPTY = new Color(246, 246, 246);
  private static final Color FULL = new Color(33, 102, 172);
  private static final Color OVER = new Color(250, 170, 165);
  private static final Color OVER_PORT = new Color(190, 0, 0);
  private static final Color WORST = new Color(255, 140, 0);
  private static final Color[] OUTLINES = {
    new Color(20, 20, 20), new Color(110, 110, 110), new Color(170, 170, 170)
  };
  private static final int MARGIN = 16;
  private static final int TITLE = 72;
  private static final int LEGEND = 64;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChipPicture() {}

  /** Draws {@code report}. */
  public static BufferedImage draw(MappingReport report, Shading shading) {
    List<ElementUsage> placed = new ArrayList<>();
    int rows = 0;
    int cols = 0;
    for (ElementUsage e : report.elements()) {
      if (e.row() >= 0 && e.col() >= 0) {
        placed.add(e);
        rows = Math.max(rows, e.row() + 1);
        cols = Math.max(cols, e.col() + 1);
      }
    }
    int cell = Math.max(12, Math.min(64, 720 / Math.max(1, Math.max(rows, cols))));
    int width = Math.max(720, 2 * MARGIN + cols * cell);
    int height = TITLE + rows * cell + LEGEND + MARGIN;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      List<String> kinds = new ArrayList<>(new TreeMap<>(report.memoryByKind()).keySet());
      Map<String, Long> kindMax = new TreeMap<>();
      for (ElementUsage e : placed) {
        kindMax.merge(e.kind(), e.memory(), Math::max);
      }
      PortMark worst = worstPort(placed);
      int left = (width - cols * cell) / 2;
      for (ElementUsage e : placed) {
        int x = left + e.col() * cell;
        int y = TITLE + e.row() * cell;
        drawElement(g, e, x, y, cell, shade(e, shading, kindMax), kinds.indexOf(e.kind()));
        markPorts(g, e, x, y, cell, worst);
      }
      drawTitle(g, report, placed.size(), worst);
      drawLegend(g, shading, kinds, TITLE + rows * cell + 12, width);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Draws {@code report} and writes it as PNG to {@code file}, atomically. */
  public static void write(Path file, MappingReport report, Shading shading) throws IOException {
    Chart.writePng(file, draw(report, shading));
  }

  /** The shade of an element in [0, 1], or above 1 when a port is over capacity. */
  private static double shade(ElementUsage e, Shading shading, Map<String, Long> kindMax) {
    if (shading == Shading.MEMORY) {
      long max = kindMax.getOrDefault(e.kind(), 0L);
      return max > 0 ? e.memory() / (double) max : 0;
    }
    double u = e.utilisation();
    return Double.isInfinite(u) ? 2 : u;
  }

  private static void drawElement(
      Graphics2D g, ElementUsage e, int x, int y, int cell, double shade, int kindIndex) {
    g.setColor(shade > 1 ? OVER : blend(EMPTY, FULL, shade));
    g.fillRect(x + 1, y + 1, cell - 2, cell - 2);
    g.setColor(OUTLINES[Math.max(0, kindIndex) % OUTLINES.length]);
    g.setStroke(new BasicStroke(kindIndex == 0 ? 2f : 1f));
    g.drawRect(x + 1, y + 1, cell - 3, cell - 3);
    if (cell >= 36) {
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, cell / 5)));
      g.setColor(shade > 0.55 && shade <= 1 ? Color.WHITE : Color.BLACK);
      FontMetrics fm = g.getFontMetrics();
      String load = Long.toString(busiest(e));
      g.drawString(e.kind(), x + (cell - fm.stringWidth(e.kind())) / 2, y + cell / 2 - 1);
      g.drawString(load, x + (cell - fm.stringWidth(load)) / 2, y + cell / 2 + fm.getAscent());
    }
  }

  private static void markPorts(
      Graphics2D g, ElementUsage e, int x, int y, int cell, PortMark worst) {
    int bar = Math.max(2, cell / 8);
    for (Capacity c : e.capacities()) {
      boolean over = c.exceeded();
      boolean isWorst = worst != null && worst.element == e && worst.capacity == c;
      if (!over && !isWorst) {
        continue;
      }
      g.setColor(over ? OVER_PORT : WORST);
      switch (side(c.name())) {
        case 'N' -> g.fillRect(x + 1, y + 1, cell - 2, bar);
        case 'S' -> g.fillRect(x + 1, y + cell - 1 - bar, cell - 2, bar);
        case 'W' -> g.fillRect(x + 1, y + 1, bar, cell - 2);
        case 'E' -> g.fillRect(x + cell - 1 - bar, y + 1, bar, cell - 2);
        default -> {}
      }
    }
  }

  private static char side(String port) {
    int cut = port.lastIndexOf('_');
    return cut >= 0 && cut == port.length() - 2 ? port.charAt(cut + 1) : '?';
  }

  private record PortMark(ElementUsage element, Capacity capacity) {}

  /** The used amount of an element's most utilised capacity, 0 when it has none. */
  private static long busiest(ElementUsage e) {
    Capacity most = null;
    for (Capacity c : e.capacities()) {
      if (most == null || c.utilisation() > most.utilisation()) {
        most = c;
      }
    }
    return most == null ? 0 : most.used();
  }

  /** The capacity with the highest use relative to its limit among those within it. */
  private static PortMark worstPort(List<ElementUsage> placed) {
    PortMark worst = null;
    double ratio = 0;
    for (ElementUsage e : placed) {
      for (Capacity c : e.capacities()) {
        if (c.limit() <= 0 || c.exceeded() || c.used() == 0) {
          continue;
        }
        double r = c.utilisation();
        if (r > ratio) {
          ratio = r;
          worst = new PortMark(e, c);
        }
      }
    }
    return worst;
  }

  private static void drawTitle(Graphics2D g, MappingReport report, int placed, PortMark worst) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.setColor(Color.BLACK);
    g.drawString(
        String.format(
            Locale.ROOT,
            "%s: %,d neurons, %,d synapses, %,d routed links",
            report.target(),
            report.neurons(),
            report.synapses(),
            report.links()),
        MARGIN,
        22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    StringBuilder memory =
        new StringBuilder(
            String.format(
                Locale.ROOT, "memory %,d %s (", report.totalMemory(), report.memoryUnit()));
    String sep = "";
    for (Map.Entry<String, Long> k : report.memoryByKind().entrySet()) {
      memory.append(sep).append(String.format(Locale.ROOT, "%s %,d", k.getKey(), k.getValue()));
      sep = ", ";
    }
    memory.append(')');
    int hidden = report.elements().size() - placed;
    if (hidden > 0) {
      memory.append(String.format(Locale.ROOT, "; %d elements without a grid position", hidden));
    }
    g.drawString(memory.toString(), MARGIN, 42);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    if (report.mappable()) {
      g.setColor(new Color(0, 120, 0));
      String busiest =
          worst == null
              ? ""
              : String.format(
                  Locale.ROOT,
                  "; busiest %s %s: %d of %d %s",
                  worst.element.id(),
                  worst.capacity.name(),
                  worst.capacity.used(),
                  worst.capacity.limit(),
                  worst.capacity.unit());
      g.drawString("mappable" + busiest, MARGIN, 62);
    } else {
      g.setColor(OVER_PORT);
      var first = report.violations().get(0);
      g.drawString(
          String.format(
              Locale.ROOT,
              "NOT mappable: %s exceeded (first: %s)",
              Counted.of(report.violations().size(), "capacity", "capacities"),
              first),
          MARGIN,
          62);
    }
  }

  private static void drawLegend(
      Graphics2D g, Shading shading, List<String> kinds, int top, int width) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int x = MARGIN;
    int barWidth = 160;
    for (int i = 0; i < barWidth; i++) {
      g.setColor(blend(EMPTY, FULL, i / (double) (barWidth - 1)));
      g.fillRect(x + i, top, 1, 14);
    }
    g.setColor(Color.BLACK);
    g.drawRect(x, top, barWidth, 14);
    String what =
        shading == Shading.PORT_LOAD
            ? "busiest port: 0 .. 100 % of capacity"
            : "memory: 0 .. largest of its kind";
    g.drawString(what, x, top + 30);
    x += barWidth + 16;
    if (shading == Shading.PORT_LOAD) {
      x = swatch(g, OVER, "over capacity", x, top);
    }
    x = swatch(g, OVER_PORT, "port over capacity", x, top);
    x = swatch(g, WORST, "busiest port", x, top);
    for (int k = 0; k < kinds.size() && x < width - 80; k++) {
      g.setColor(OUTLINES[k % OUTLINES.length]);
      g.setStroke(new BasicStroke(k == 0 ? 2f : 1f));
      g.drawRect(x, top, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(kinds.get(k), x + 20, top + 12);
      x += 28 + g.getFontMetrics().stringWidth(kinds.get(k));
    }
  }

  private static int swatch(Graphics2D g, Color color, String label, int x, int top) {
    g.setColor(color);
    g.fillRect(x, top, 14, 14);
    g.setColor(Color.BLACK);
    g.drawString(label, x + 20, top + 12);
    return x + 32 + g.getFontMetrics().stringWidth(label);
  }

  private static Color blend(Color a, Color b, double t) {
    double u = Math.max(0, Math.min(1, t));
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
  }
}
