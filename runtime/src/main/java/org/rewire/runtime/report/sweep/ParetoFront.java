package org.rewire.runtime.report.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rewire.runtime.report.chart.Point;

/**
 * The Pareto front of (cost, accuracy) points: those no other point beats, that is none has at most
 * the cost and more accuracy, or less cost and at least the accuracy. Its vertices ascend in both
 * cost and accuracy. Between vertices the front is interpolated linearly in log cost (cost spans
 * decades; the report's memory axis is logarithmic, so the drawn line is this function), and it is
 * undefined outside its vertices: nothing is extrapolated.
 *
 * @param vertices the front, cost and accuracy strictly ascending
 */
public record ParetoFront(List<Point> vertices) {
  public ParetoFront {
    vertices = List.copyOf(vertices);
  }

  /** The front of {@code points} (x: cost, y: accuracy); points with a cost <= 0 are left out. */
  public static ParetoFront of(List<Point> points) {
    List<Point> sorted = new ArrayList<>();
    for (Point p : points) {
      if (p.x() > 0 && Double.isFinite(p.x()) && Double.isFinite(p.y())) {
        sorted.add(p);
      }
    }
    // Cheapest first; of equal cost the most accurate first, so the others are dominated.
    sorted.sort(
        Comparator.comparingDouble(Point::x).thenComparing(Point::y, Comparator.reverseOrder()));
    List<Point> front = new ArrayList<>();
    for (Point p : sorted) {
      if (front.isEmpty() || p.y() > front.get(front.size() - 1).y()) {
        front.add(p);
      }
    }
    return new ParetoFront(front);
  }

  /** Whether the front has no vertex. */
  public boolean isEmpty() {
    return vertices.isEmpty();
  }

  /** Whether {@code p} is a vertex. */
  public boolean contains(Point p) {
    return vertices.contains(p);
  }

  /** The cheapest vertex's cost; the front must not be empty. */
  public double minCost() {
    return vertices.get(0).x();
  }

  /** The dearest vertex's cost; the front must not be empty. */
  public double maxCost() {
    return vertices.get(vertices.size() - 1).x();
  }

  /** The lowest accuracy on the front (its cheapest vertex's). */
  public double minAccuracy() {
    return vertices.get(0).y();
  }

  /** The highest accuracy on the front (its dearest vertex's). */
  public double maxAccuracy() {
    return vertices.get(vertices.size() - 1).y();
  }

  /** The front's accuracy at {@code cost}, or NaN outside {@code [minCost, maxCost]}. */
  public double accuracyAt(double cost) {
    return interpolate(logCosts(), accuracies(), Math.log(cost));
  }

  /**
   * The cost at which the front reaches {@code accuracy}, or NaN outside {@code [minAccuracy,
   * maxAccuracy]}.
   */
  public double costFor(double accuracy) {
    return Math.exp(interpolate(accuracies(), logCosts(), accuracy));
  }

  /** Whether a vertex has this cost: the front's accuracy there is measured, not interpolated. */
  public boolean hasVertexAtCost(double cost) {
    return vertices.stream().anyMatch(v -> v.x() == cost);
  }

  /** Whether a vertex has this accuracy: the cost there is measured, not interpolated. */
  public boolean hasVertexAtAccuracy(double accuracy) {
    return vertices.stream().anyMatch(v -> v.y() == accuracy);
  }

  /**
   * The largest cost ratio between neighbouring vertices whose segment runs inside ({@code lo},
   * {@code hi}) on the cost axis ({@code byCost}) or the accuracy axis: how far interpolation
   * reaches there. 1 when no segment does.
   */
  public double widestStep(double lo, double hi, boolean byCost) {
    double widest = 1;
    for (int i = 0; i + 1 < vertices.size(); i++) {
      Point a = vertices.get(i);
      Point b = vertices.get(i + 1);
      double from = byCost ? a.x() : a.y();
      double to = byCost ? b.x() : b.y();
      if (from < hi && to > lo) {
        widest = Math.max(widest, b.x() / a.x());
      }
    }
    return widest;
  }

  private double[] logCosts() {
    return vertices.stream().mapToDouble(v -> Math.log(v.x())).toArray();
  }

  private double[] accuracies() {
    return vertices.stream().mapToDouble(Point::y).toArray();
  }

  /** The piecewise-linear function through (keys, values) at {@code at}; keys ascend strictly. */
  static double interpolate(double[] keys, double[] values, double at) {
    for (int i = 0; i < keys.length; i++) {
      if (at == keys[i]) {
        return values[i];
      }
      if (i + 1 < keys.length && at > keys[i] && at < keys[i + 1]) {
        double t = (at - keys[i]) / (keys[i + 1] - keys[i]);
        return values[i] + t * (values[i + 1] - values[i]);
      }
    }
    return Double.NaN;
  }
}
