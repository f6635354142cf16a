package org.rewire.shd;

import java.util.SplittableRandom;

/**
 * One smooth random manifold of Zenke and Vogels' randman: a map from the unit cube {@code [0,1)^d}
 * to {@code R^n}. Coordinate {@code j} is a product over the manifold's dimensions of random 1-D
 * functions {@code f(x) = sum_i a_i (i + 1)^-alpha sin(2 pi (i x b_i + c_i))} with {@code a, b, c}
 * uniform in {@code [0, 1)} and {@code i} below a cutoff where the spectrum has fallen to {@code
 * 1e-3} (the reference's {@code prec}). The constant term has no amplitude (the reference's {@code
 * use_bias = False}). Immutable once built.
 */
final class RandomManifold {
  private static final double PRECISION = 1e-3;
  private static final int MAX_CUTOFF = 1000;

  private final int embedding;
  private final int dimensions;
  private final int cutoff;
  private final double[] scale;

  /** amplitude, frequency, phase for [coordinate][dimension][component]. */
  private final double[][][] amplitude;

  private final double[][][] frequency;
  private final double[][][] phase;

  /** Draws a manifold from {@code random}; the same stream state gives the same manifold. */
  RandomManifold(int embedding, int dimensions, double alpha, SplittableRandom random) {
    this.embedding = embedding;
    this.dimensions = dimensions;
    this.cutoff = cutoff(alpha);
    this.scale = new double[cutoff];
    for (int i = 0; i < cutoff; i++) {
      scale[i] = 1.0 / Math.pow(i + 1, alpha);
    }
    amplitude = new double[embedding][dimensions][cutoff];
    frequency = new double[embedding][dimensions][cutoff];
    phase = new double[embedding][dimensions][cutoff];
    for (int j = 0; j < embedding; j++) {
      for (int d = 0; d < dimensions; d++) {
        for (int i = 0; i < cutoff; i++) {
          amplitude[j][d][i] = random.nextDouble();
          frequency[j][d][i] = random.nextDouble();
          phase[j][d][i] = random.nextDouble();
        }
        amplitude[j][d][0] = 0;
      }
    }
  }

  /** Number of Fourier components per 1-D function for this smoothness. */
  static int cutoff(double alpha) {
    return (int) Math.min(Math.ceil(Math.pow(PRECISION, -1 / alpha)), MAX_CUTOFF);
  }

  /** The manifold's dimension {@code d}. */
  int dimensions() {
    return dimensions;
  }

  /** The embedding dimension {@code n}. */
  int embedding() {
    return embedding;
  }

  /** Coordinate {@code j} of the point of the manifold at {@code x} (length {@code d}). */
  double coordinate(int j, double[] x) {
    double product = 1;
    for (int d = 0; d < dimensions; d++) {
      double sum = 0;
      double[] a = amplitude[j][d];
      double[] b = frequency[j][d];
      double[] c = phase[j][d];
      for (int i = 0; i < cutoff; i++) {
        sum += a[i] * scale[i] * Math.sin(2 * Math.PI * (i * x[d] * b[i] + c[i]));
      }
      product *= sum;
    }
    return product;
  }
}
