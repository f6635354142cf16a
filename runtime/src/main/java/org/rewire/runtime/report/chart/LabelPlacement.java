package org.rewire.runtime.report.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the labels of marks go, in pixels, so that none covers another or anything drawn. Each
 * label takes the first of eight places around its marker (right, left, above right, below right,
 * above left, below left, above, below) that lies inside the plot and overlaps no marker, error bar
 * or label already placed, preferring places that cross no line; a label with no free place is left
 * out rather than written over something. Labels are placed in the order given.
 */
final class LabelPlacement {
  /** Gap between a marker's centre and its label, in pixels. */
  private static final double GAP = 9;

  private LabelPlacement() {}

  /**
   * A label to place: its marker's centre and the size of its text.
   *
   * @param index the caller's index of the label, handed back with its place
   */
  record Label(int index, double x, double y, double width, double height) {}

  /**
   * A placed label.
   *
   * @param box where the text goes
   * @param crossesLine whether a line runs under it (then it wants a backing to stay readable)
   */
  record Placed(int index, Rectangle2D box, boolean crossesLine) {}

  /**
   * Places {@code labels} inside {@code plot}.
   *
   * @param taken what labels must not cover: markers and error bars; not changed
   * @param lines segments labels should avoid crossing
   * @return the labels that found a place, in the order given
   */
  static List<Placed> place(
      Rectangle2D plot, List<Rectangle2D> taken, List<Line2D> lines, List<Label> labels) {
    List<Rectangle2D> occupied = new ArrayList<>(taken);
    List<Placed> placed = new ArrayList<>();
    for (Label label : labels) {
      Rectangle2D box = free(label, plot, occupied, lines);
      if (box != null) {
        occupied.add(box);
        placed.add(new Placed(label.index(), box, crosses(box, lines)));
      }
    }
    return placed;
  }

  private static Rectangle2D free(
      Label label, Rectangle2D plot, List<Rectangle2D> occupied, List<Line2D> lines) {
    for (boolean avoidLines : new boolean[] {true, false}) {
      for (Rectangle2D box : candidates(label)) {
        if (plot.contains(box)
            && occupied.stream().noneMatch(box::intersects)
            && !(avoidLines && crosses(box, lines))) {
          return box;
        }
      }
    }
    return null;
  }

  private static List<Rectangle2D> candidates(Label label) {
    double x = label.x();
    double y = label.y();
    double w = label.width();
    double h = label.height();
    double d = GAP * 0.78; // diagonal places sit as far from the centre as the side ones
    double[][] corners = {
      {x + GAP, y - h / 2},
      {x - GAP - w, y - h / 2},
      {x + d, y - d - h},
      {x + d, y + d},
      {x - d - w, y - d - h},
      {x - d - w, y + d},
      {x - w / 2, y - GAP - h},
      {x - w / 2, y + GAP}
    };
    List<Rectangle2D> boxes = new ArrayList<>();
    for (double[] c : corners) {
      boxes.add(new Rectangle2D.Double(c[0], c[1], w, h));
    }
    return boxes;
  }

  private static boolean crosses(Rectangle2D box, List<Line2D> lines) {
    return lines.stream().anyMatch(l -> l.intersects(box));
  }
}
