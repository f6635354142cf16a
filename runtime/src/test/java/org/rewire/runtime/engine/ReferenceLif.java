package org.rewire.runtime.engine;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * {@link Lif} as the textbook writes it: {@code v_t = a_j v_{t-1} + I_t - thr z_{t-1}}, {@code x_t
 * = v_t - thr}; backwards {@code dL/dz_t += -thr dL/dv_{t+1}}, {@code dL/dv_t = dL/dz_t H'(x_t) +
 * a_j dL/dv_{t+1}}, {@code dL/dI_t = dL/dv_t} and {@code dL/da_j = sum_t dL/dv_t v_{t-1}}.
 */
final class ReferenceLif implements ReferenceNeuron {
  private final double[] a;
  private final double thr;

  ReferenceLif(Lif model, NeuronParameters parameters) {
    a = ReferenceNeuron.widen(parameters.get(Lif.DECAY_MEM).valueArray());
    thr = model.parameters().threshold();
  }

  @Override
  public Map<String, double[]> decays() {
    return Map.of(Lif.DECAY_MEM, a);
  }

  @Override
  public Trajectory start(int n, int steps, DoubleUnaryOperator r) {
    double[][] v = new double[steps][n];
    return new Trajectory() {
      private double[] dvNext = new double[n];
      private final double[] da = new double[n];

      @Override
      public double[] step(int t, double[] current, double[] zPrev) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
          double vPrev = t == 0 ? 0 : v[t - 1][j];
          double leak = r.applyAsDouble(a[j] * vPrev);
          double reset = r.applyAsDouble(thr * zPrev[j]);
          v[t][j] = r.applyAsDouble(r.applyAsDouble(leak + current[j]) - reset);
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
        for (int j = 0; j < n; j++) {
          dv[j] = dz[j] * df[j] + a[j] * dvNext[j];
          da[j] += t == 0 ? 0 : dv[j] * v[t - 1][j];
        }
        dvNext = dv;
        return dv;
      }

      @Override
      public Map<String, double[]> decayGradients() {
        return Map.of(Lif.DECAY_MEM, da);
      }
    };
  }
}
