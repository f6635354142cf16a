package org.rewire.runtime.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * {@link Lif} as the textbook writes it: {@code v_t = a v_{t-1} + I_t - thr z_{t-1}}, {@code x_t =
 * v_t - thr}; backwards {@code dL/dz_t += -thr dL/dv_{t+1}}, {@code dL/dv_t = dL/dz_t H'(x_t) + a
 * dL/dv_{t+1}}, and {@code dL/dI_t = dL/dv_t}.
 */
final class ReferenceLif implements ReferenceNeuron {
  private final double a;
  private final double thr;

  ReferenceLif(Lif model) {
    a = model.parameters().decay();
    thr = model.parameters().threshold();
  }

  @Override
  public Trajectory start(int n, int steps, DoubleUnaryOperator r) {
    double[][] v = new double[steps][n];
    return new Trajectory() {
      private double[] dvNext = new double[n];

      @Override
      public double[] step(int t, double[] current, double[] zPrev) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
          double vPrev = t == 0 ? 0 : v[t - 1][j];
          double leak = r.applyAsDouble(a * vPrev);
          double reset = r.applyAsDouble(thr * zPrev[j]);
          v[t][j] = r.applyAsDouble(r.applyAsDouble(leak + current[j]) - reset);
          x[j] = v[t][j] - thr;
        }
        return x;
      }

      @Override
      public double[] spikeFeedback() {
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
          g[j] = -thr * dvNext[j];
        }
        return g;
      }

      @Override
      public double[] backwardStep(int t, double[] dz, double[] df) {
        double[] dv = new double[n];
        for (int j = 0; j < n; j++) {
          dv[j] = dz[j] * df[j] + a * dvNext[j];
        }
        dvNext = dv;
        return dv;
      }
    };
  }
}
