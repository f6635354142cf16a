package org.rewire.runtime.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Function;

/**
 * The text of tick labels, handed to XChart as its label formatting functions (XChart places the
 * ticks). Labels are short: no trailing zeros, and on axes that reach 10,000 the suffixes k, M and
 * G ({@code 300k}, {@code 1.5M}). A logarithmic axis labels the densest of 1-9, 1-2-3-5, 1-2-5, 1-3
 * or 1 per decade that gives at most {@value #MAX_LABELS} labels over the data (every k-th power of
 * ten over many decades); XChart still draws a grid line at every tick.
 */
final class TickLabels {
  static final int MAX_LABELS = 8;
  private static final int[][] LOG_MANTISSAS = {
    {1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 5}, {1, 2, 5}, {1, 3}, {1}
  };
  private static final double[] SCALES = {1e9, 1e6, 1e3};
  private static final String[] SUFFIXES = {"G", "M", "k"};

  private TickLabels() {}

  /**
   * Labels of a linear axis whose values reach {@code largest} in magnitude.
   *
   * @param integer whether the axis holds whole numbers: a tick between two is labelled as the
   *     nearer one, which XChart's tick search rejects as a duplicate label, so ticks stay whole
   */
  static Function<Double, String> linear(double largest, boolean integer) {
    boolean suffixes = Math.abs(largest) >= 1e4;
    return v -> text(integer ? Math.round(v) : v, suffixes);
  }

  /**
   * Labels of a logarithmic axis that shows {@code min} to {@code max}, both positive: the data's
   * range and the plot's margin around it.
   */
  static Function<Double, String> log(double min, double max) {
    boolean suffixes = max >= 1e4;
    int first = (int) Math.floor(Math.log10(min));
    int last = (int) Math.ceil(Math.log10(max));
    int[] labelled = LOG_MANTISSAS[LOG_MANTISSAS.length - 1];
    int stride = (last - first + MAX_LABELS) / MAX_LABELS; // powers of ten only, every stride-th
    for (int[] mantissas : LOG_MANTISSAS) {
      if (count(mantissas, first, last, min, max) <= MAX_LABELS) {
        labelled = mantissas;
        stride = 1;
        break;
      }
    }
    int[] chosen = labelled;
    int every = stride;
    return v -> {
      int exponent = (int) Math.floor(Math.log10(v) + 1e-9);
      double mantissa = v / Math.pow(10, exponent);
      long whole = Math.round(mantissa);
      if (Math.abs(mantissa - whole) > 1e-6) {
        // Not one of XChart's ticks (m * 10^e): the ends it labels when the range is narrower than
        // the step between two ticks.
        return text(v, suffixes);
      }
      boolean shown = Math.floorMod(exponent - first, every) == 0;
      for (int m : chosen) {
        if (m == whole && shown) {
          return text(v, suffixes);
        }
      }
      return ""; // XChart leaves empty labels out
    };
  }

  private static int count(int[] mantissas, int first, int last, double min, double max) {
    int count = 0;
    for (int e = first; e <= last; e++) {
      for (int m : mantissas) {
        double t = m * Math.pow(10, e);
        count += t >= min && t <= max ? 1 : 0;
      }
    }
    return count;
  }

  /** {@code value} with up to six significant digits, no trailing zeros, and a suffix if asked. */
  static String text(double value, boolean suffixes) {
    if (value == 0) {
      return "0";
    }
    for (int i = 0; suffixes && i < SCALES.length; i++) {
      if (Math.abs(value) >= SCALES[i]) {
        return plain(value / SCALES[i]) + SUFFIXES[i];
      }
    }
    return plain(value);
  }

  private static String plain(double value) {
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
