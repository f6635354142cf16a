package org.rewire.runtime.engine;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * {@link CubaLif} as the textbook writes it: {@code i_t = as_j i_{t-1} + (1 - as_j) I_t}, {@code
 * v_t = a_j v_{t-1} + i_t - thr z_{t-1}}, {@code x_t = v_t - thr}; backwards {@code dL/dz_t += -thr
 * dL/dv_{t+1}}, {@code dL/dv_t = dL/dz_t H'(x_t) + a_j dL/dv_{t+1}}, {@code dL/di_t = dL/dv_t +
 * as_j dL/di_{t+1}}, {@code dL/dI_t = (1 - as_j) dL/di_t}, {@code dL/da_j = sum_t dL/dv_t v_{t-1}}
 * and {@code dL/das_j = sum_t dL/di_t (i_{t-1} - I_t)}.
 */
final class ReferenceCubaLif implements ReferenceNeuron {
  private final double[] a;
  private final double[] as;
  private final double thr;

  ReferenceCubaLif(CubaLif model, NeuronParameters parameters) {
    a = ReferenceNeuron.widen(parameters.get(CubaLif.DECAY_MEM).valueArray());
    as = ReferenceNeuron.widen(parameters.get(CubaLif.DECAY_SYN).valueArray());
    thr = (float) model.parameters().thr();
  }

  @Override
  public Map<String, double[]> decays() {
    return Map.of(CubaLif.DECAY_MEM, a, CubaLif.DECAY_SYN, as);
  }

  @Override
  public Trajectory start(int n, int steps, DoubleUnaryOperator r) {
    double[][] i = new double[steps][n];
    double[][] v = new double[steps][n];
    double[][] in = new double[steps][n];
    return new Trajectory() {
      private double[] dvNext = new double[n];
      private double[] diNext = new double[n];
      private final double[] da = new double[n];
      private final double[] das = new double[n];

      @Override
      public double[] step(int t, double[] current, double[] zPrev) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
          double iPrev = t == 0 ? 0 : i[t - 1][j];
          double vPrev = t == 0 ? 0 : v[t - 1][j];
          in[t][j] = current[j];
          double gain = r.applyAsDouble(1 - as[j]);
          i[t][j] =
              r.applyAsDouble(r.applyAsDouble(as[j] * iPrev) + r.applyAsDouble(gain * current[j]));
          double leak = r.applyAsDouble(a[j] * vPrev);
          double reset = r.applyAsDouble(thr * zPrev[j]);
          v[t][j] = r.applyAsDouble(r.applyAsDouble(leak + i[t][j]) - reset);
          x[j] = v[t][j] - thr;
        }
        return x;
      }

      @Override
      public double[] spikeFeedback(int t) {
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
          g[j] = -thr * dvNext[j];
        }
        return g;
      }

      @Override
      public double[] backwardStep(int t, double[] dz, double[] df) {
        double[] dv = new double[n];
        double[] di = new double[n];
        double[] dI = new double[n];
        for (int j = 0; j < n; j++) {
          dv[j] = dz[j] * df[j] + a[j] * dvNext[j];
          di[j] = dv[j] + as[j] * diNext[j];
          dI[j] = (1 - as[j]) * di[j];
          double iPrev = t == 0 ? 0 : i[t - 1][j];
          da[j] += t == 0 ? 0 : dv[j] * v[t - 1][j];
          das[j] += di[j] * (iPrev - in[t][j]);
        }
        dvNext = dv;
        diNext = di;
        return dI;
      }

      @Override
      public Map<String, double[]> decayGradients() {
        return Map.of(CubaLif.DECAY_MEM, da, CubaLif.DECAY_SYN, das);
      }
    };
  }
}
