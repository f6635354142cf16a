package org.rewire.runtime.engine;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * {@link Alif} as the textbook writes it, with {@code A_t = thr + beta_j b_t}:
 *
 * <pre>
 *   v_t = a_j v_{t-1} + I_t - A_{t-1} z_{t-1},   b_t = rho_j b_{t-1} + z_{t-1},   x_t = v_t - A_t
 * </pre>
 *
 * and backwards, from the partial derivatives of {@code v_{t+1}}, {@code b_{t+1}} and {@code x_t}:
 *
 * <pre>
 *   dL/dz_t += -A_t dL/dv_{t+1} + dL/db_{t+1}
 *   dL/dv_t  = dL/dz_t H'(x_t) + a_j dL/dv_{t+1}
 *   dL/db_t  = -beta_j dL/dz_t H'(x_t) + rho_j dL/db_{t+1} - beta_j z_t dL/dv_{t+1}
 *   dL/da_j  = sum_t dL/dv_t v_{t-1},   dL/drho_j = sum_t dL/db_t b_{t-1}
 * </pre>
 */
final class ReferenceAlif implements ReferenceNeuron {
  private final double[] a;
  private final double[] rho;
  private final double[] beta;
  private final double thr;

  ReferenceAlif(Alif model, NeuronParameters parameters) {
    a = ReferenceNeuron.widen(parameters.get(Alif.DECAY_MEM).valueArray());
    rho = ReferenceNeuron.widen(parameters.get(Alif.DECAY_ADAPT).valueArray());
    beta = ReferenceNeuron.widen(parameters.get(Alif.BETA).valueArray());
    thr = (float) model.parameters().thr();
  }

  @Override
  public Map<String, double[]> decays() {
    return Map.of(Alif.DECAY_MEM, a, Alif.DECAY_ADAPT, rho);
  }

  @Override
  public Trajectory start(int n, int steps, DoubleUnaryOperator r) {
    double[][] v = new double[steps][n];
    double[][] b = new double[steps][n];
    double[][] threshold = new double[steps][n];
    double[][] z = new double[steps][n];
    return new Trajectory() {
      private double[] dvNext = new double[n];
      private double[] dbNext = new double[n];
      private final double[] da = new double[n];
      private final double[] drho = new double[n];

      @Override
      public double[] step(int t, double[] current, double[] zPrev) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
          double vPrev = t == 0 ? 0 : v[t - 1][j];
          double bPrev = t == 0 ? 0 : b[t - 1][j];
          double thrPrev = r.applyAsDouble(thr + r.applyAsDouble(beta[j] * bPrev));
          double leak = r.applyAsDouble(a[j] * vPrev);
          double reset = r.applyAsDouble(thrPrev * zPrev[j]);
          v[t][j] = r.applyAsDouble(r.applyAsDouble(leak + current[j]) - reset);
          b[t][j] = r.applyAsDouble(r.applyAsDouble(rho[j] * bPrev) + zPrev[j]);
          threshold[t][j] = r.applyAsDouble(thr + r.applyAsDouble(beta[j] * b[t][j]));
          x[j] = v[t][j] - threshold[t][j];
          if (t > 0) {
            z[t - 1][j] = zPrev[j];
          }
        }
        return x;
      }

      @Override
      public double[] spikeFeedback(int t) {
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
          g[j] = -threshold[t][j] * dvNext[j] + dbNext[j];
        }
        return g;
      }

      @Override
      public double[] backwardStep(int t, double[] dz, double[] df) {
        double[] dv = new double[n];
        double[] db = new double[n];
        for (int j = 0; j < n; j++) {
          double dx = dz[j] * df[j];
          dv[j] = dx + a[j] * dvNext[j];
          db[j] = -beta[j] * dx + rho[j] * dbNext[j] - beta[j] * z[t][j] * dvNext[j];
          if (t > 0) {
            da[j] += dv[j] * v[t - 1][j];
            drho[j] += db[j] * b[t - 1][j];
          }
        }
        dvNext = dv;
        dbNext = db;
        return dv;
      }

      @Override
      public Map<String, double[]> decayGradients() {
        return Map.of(Alif.DECAY_MEM, da, Alif.DECAY_ADAPT, drho);
      }
    };
  }
}
