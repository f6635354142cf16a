package org.rewire.runtime.report.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.rewire.runtime.report.chart.Point;

/**
 * Two series' accuracy-vs-memory Pareto fronts compared where both are known, never by
 * extrapolation: at equal memory inside the overlap of their memory ranges, and at equal accuracy
 * inside the overlap of their accuracy ranges. Both are evaluated at every vertex of either front
 * inside the overlap and at its ends; the fronts are piecewise linear in log memory, so the gaps
 * and (log) ratios between those places are linear and their extremes are among the rows.
 *
 * @param reference the series compared against (the routing-aware method, usually)
 * @param other the other series
 * @param referenceFront the reference's front
 * @param otherFront the other's front
 */
public record FrontComparison(
    String reference, String other, ParetoFront referenceFront, ParetoFront otherFront) {

  /** Both fronts' accuracy at one memory. */
  public record AtMemory(double memory, double referenceAccuracy, double otherAccuracy) {
    /** Reference minus other, in accuracy units ([0, 1]). */
    public double gap() {
      return referenceAccuracy - otherAccuracy;
    }
  }

  /** The memory each front needs for one accuracy. */
  public record AtAccuracy(double accuracy, double referenceMemory, double otherMemory) {
    /** How many times the reference's memory the other needs. */
    public double ratio() {
      return otherMemory / referenceMemory;
    }
  }

  /**
   * The ends of two fronts that face each other across a gap in memory: the cheaper front's dearest
   * (most accurate) vertex and the dearer front's cheapest. No comparison at equal memory is
   * possible then, but these two points say what the extra memory buys.
   */
  public record Facing(String cheaper, Point cheaperEnd, String dearer, Point dearerEnd) {
    /** How many times the cheaper end's memory the dearer end needs. */
    public double memoryRatio() {
      return dearerEnd.x() / cheaperEnd.x();
    }

    /** The dearer end's accuracy minus the cheaper end's. */
    public double gap() {
      return dearerEnd.y() - cheaperEnd.y();
    }
  }

  /** The facing ends when both fronts exist and their memory ranges do not overlap, else null. */
  public Facing facingEnds() {
    if (referenceFront.isEmpty() || otherFront.isEmpty() || memoryOverlap()) {
      return null;
    }
    return referenceFront.maxCost() < otherFront.minCost()
        ? new Facing(reference, last(referenceFront), other, otherFront.vertices().get(0))
        : new Facing(other, last(otherFront), reference, referenceFront.vertices().get(0));
  }

  /** Whether both fronts exist and their memory ranges overlap. */
  public boolean memoryOverlap() {
    return overlaps(Point::x);
  }

  /** Whether both fronts exist and their accuracy ranges overlap. */
  public boolean accuracyOverlap() {
    return overlaps(Point::y);
  }

  /** The comparison at equal memory, ascending; empty without overlap. */
  public List<AtMemory> atEqualMemory() {
    List<AtMemory> rows = new ArrayList<>();
    for (double m : places(Point::x)) {
      rows.add(new AtMemory(m, referenceFront.accuracyAt(m), otherFront.accuracyAt(m)));
    }
    return rows;
  }

  /** The comparison at equal accuracy, ascending; empty without overlap. */
  public List<AtAccuracy> atEqualAccuracy() {
    List<AtAccuracy> rows = new ArrayList<>();
    for (double a : places(Point::y)) {
      rows.add(new AtAccuracy(a, referenceFront.costFor(a), otherFront.costFor(a)));
    }
    return rows;
  }

  private boolean overlaps(ToDoubleFunction<Point> axis) {
    return !referenceFront.isEmpty() && !otherFront.isEmpty() && low(axis) <= high(axis);
  }

  private double low(ToDoubleFunction<Point> axis) {
    return Math.max(
        axis.applyAsDouble(referenceFront.vertices().get(0)),
        axis.applyAsDouble(otherFront.vertices().get(0)));
  }

  private double high(ToDoubleFunction<Point> axis) {
    return Math.min(axis.applyAsDouble(last(referenceFront)), axis.applyAsDouble(last(otherFront)));
  }

  private static Point last(ParetoFront front) {
    return front.vertices().get(front.vertices().size() - 1);
  }

  /** The overlap's ends and every vertex coordinate inside it, ascending. */
  private TreeSet<Double> places(ToDoubleFunction<Point> axis) {
    TreeSet<Double> places = new TreeSet<>();
    if (!overlaps(axis)) {
      return places;
    }
    double lo = low(axis);
    double hi = high(axis);
    places.add(lo);
    places.add(hi);
    for (ParetoFront front : List.of(referenceFront, otherFront)) {
      for (Point p : front.vertices()) {
        double v = axis.applyAsDouble(p);
        if (v > lo && v < hi) {
          places.add(v);
        }
      }
    }
    return places;
  }
}
