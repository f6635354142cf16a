package org.rewire.runtime.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The visible range of an axis and its ticks. The range is the data's, widened by a small margin so
 * no marker sits on the frame; ticks are round numbers inside it: steps of 1, 2 or 5 times a power
 * of ten on a linear axis, and on a logarithmic axis the densest of 1-9, 1-2-3-5, 1-2-5, 1-3 or 1
 * per decade that gives at most {@value #MAX_TICKS} ticks.
 *
 * @param min the lowest visible value
 * @param max the highest visible value
 * @param ticks where ticks and grid lines go, ascending
 */
record AxisRange(Axis axis, double min, double max, List<Double> ticks) {
  static final int MAX_TICKS = 8;
  private static final double MARGIN = 0.05;
  private static final int[][] LOG_MANTISSAS = {
    {1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 5}, {1, 2, 5}, {1, 3}, {1}
  };

  AxisRange {
    ticks = List.copyOf(ticks);
  }

  /**
   * The range that shows {@code values} (those the axis accepts) within the axis' bounds; a default
   * range for none.
   */
  static AxisRange of(Axis axis, double[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (axis.accepts(v)) {
        lo = Math.min(lo, axis.transform(v));
        hi = Math.max(hi, axis.transform(v));
      }
    }
    if (lo > hi) { // nothing to show
      lo = 0;
      hi = 1;
    } else if (lo == hi) {
      double pad = axis.scale() == Axis.Scale.LOG ? 0.1 : Math.max(Math.abs(lo) * 0.1, 0.5);
      lo -= pad;
      hi += pad;
    } else {
      double pad = (hi - lo) * MARGIN;
      lo -= pad;
      hi += pad;
    }
    double boundedLo =
        axis.accepts(axis.lowest()) ? Math.max(lo, axis.transform(axis.lowest())) : lo;
    double boundedHi =
        axis.accepts(axis.highest()) ? Math.min(hi, axis.transform(axis.highest())) : hi;
    if (boundedLo < boundedHi) { // bounds that would leave nothing to see are ignored
      lo = boundedLo;
      hi = boundedHi;
    }
    if (axis.scale() == Axis.Scale.LOG) {
      double min = Math.pow(10, lo);
      double max = Math.pow(10, hi);
      return new AxisRange(axis, min, max, logTicks(min, max));
    }
    return new AxisRange(axis, lo, hi, linearTicks(lo, hi, axis.integer()));
  }

  /** Where {@code value} sits between the range's ends: 0 at {@code min}, 1 at {@code max}. */
  double fraction(double value) {
    double lo = axis.transform(min);
    return (axis.transform(value) - lo) / (axis.transform(max) - lo);
  }

  /**
   * The text of a tick: as few significant digits as show every tick exactly, so labels are short
   * and tell ticks apart. Large axes use k, M and G.
   */
  String label(double value) {
    for (int digits = 1; digits < 12; digits++) {
      boolean exact = true;
      for (double t : ticks) {
        exact &= Math.abs(parse(label(t, digits)) - t) <= 1e-9 * Math.abs(t);
      }
      if (exact) {
        return label(value, digits);
      }
    }
    return label(value, 12);
  }

  private String label(double value, int digits) {
    if (value == 0) {
      return "0";
    }
    int i = suffixIndex(value);
    double scaled = i < 0 ? value : value / SCALES[i];
    String text =
        new BigDecimal(scaled).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    return i < 0 ? text : text + SUFFIXES[i];
  }

  private static final double[] SCALES = {1e9, 1e6, 1e3};
  private static final String[] SUFFIXES = {"G", "M", "k"};

  /** Which suffix {@code value} takes, or -1: only on axes whose ticks reach 10,000. */
  private int suffixIndex(double value) {
    double largest = 0;
    for (double t : ticks) {
      largest = Math.max(largest, Math.abs(t));
    }
    if (largest < 1e4) {
      return -1;
    }
    for (int i = 0; i < SCALES.length; i++) {
      if (Math.abs(value) >= SCALES[i]) {
        return i;
      }
    }
    return -1;
  }

  private static double parse(String label) {
    for (int i = 0; i < SUFFIXES.length; i++) {
      if (label.endsWith(SUFFIXES[i])) {
        return Double.parseDouble(label.substring(0, label.length() - 1)) * SCALES[i];
      }
    }
    return Double.parseDouble(label);
  }

  static List<Double> linearTicks(double lo, double hi, boolean integer) {
    // The smallest step of 1, 2 or 5 times a power of ten that gives at most MAX_TICKS ticks.
    double magnitude = Math.pow(10, Math.floor(Math.log10((hi - lo) / MAX_TICKS)));
    double step = magnitude;
    for (int i = 0; count(lo, hi, step) > MAX_TICKS || (integer && step < 1); i++) {
      step = new int[] {2, 5, 10}[i % 3] * magnitude * Math.pow(10, i / 3);
    }
    List<Double> ticks = new ArrayList<>();
    // Multiples of the step, computed from an integer so no rounding error accumulates.
    for (long k = (long) Math.ceil(lo / step); k * step <= hi; k++) {
      ticks.add(k * step);
    }
    return ticks;
  }

  /** How many multiples of {@code step} lie in [lo, hi]. */
  private static double count(double lo, double hi, double step) {
    return Math.floor(hi / step) - Math.ceil(lo / step) + 1;
  }

  static List<Double> logTicks(double min, double max) {
    int first = (int) Math.floor(Math.log10(min));
    int last = (int) Math.ceil(Math.log10(max));
    for (int[] mantissas : LOG_MANTISSAS) {
      List<Double> ticks = new ArrayList<>();
      for (int e = first; e <= last; e++) {
        for (int m : mantissas) {
          double t = m * Math.pow(10, e);
          if (t >= min && t <= max) {
            ticks.add(t);
          }
        }
      }
      if (ticks.size() < 2 && mantissas.length == LOG_MANTISSAS[0].length) {
        // A range narrower than one step of 1-9 per decade: round numbers as on a linear axis.
        return linearTicks(min, max, false);
      }
      if (ticks.size() <= MAX_TICKS) {
        return ticks;
      }
    }
    // Many decades: every k-th power of ten.
    int stride = (last - first + MAX_TICKS - 1) / MAX_TICKS;
    List<Double> ticks = new ArrayList<>();
    for (int e = first; e <= last; e += stride) {
      double t = Math.pow(10, e);
      if (t >= min && t <= max) {
        ticks.add(t);
      }
    }
    return ticks;
  }
}
