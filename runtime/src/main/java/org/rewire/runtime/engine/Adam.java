package org.rewire.runtime.engine;

import org.rewire.api.Require;

/**
 * Adam over the active synapses of a {@link SpikingNetwork}, input and recurrent weights alike,
 * with optional gradient clipping. Moments live with each synapse in its {@link SynapseStore} slot,
 * so a synapse a sparsifier removes loses them and one it (re)activates starts from zero ("masked
 * moments"); the bias correction uses the global step count, as PyTorch's Adam on a masked dense
 * matrix does.
 *
 * <p>The update follows {@code torch.optim.Adam}: {@code m = b1 m + (1 - b1) g}, {@code v = b2 v +
 * (1 - b2) g^2}, {@code w -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)}.
 *
 * @param beta1 first-moment decay (default 0.9)
 * @param beta2 second-moment decay (default 0.999)
 * @param epsilon denominator guard (default 1e-8)
 * @param clipValue clamp every gradient to {@code [-clipValue, clipValue]} first; 0 for none
 * @param clipNorm then scale all gradients so their global L2 norm is at most this; 0 for none
 */
public record Adam(double beta1, double beta2, double epsilon, double clipValue, double clipNorm) {

  public Adam {
    Require.inRange("beta1", beta1, 0, 0.999999);
    Require.inRange("beta2", beta2, 0, 0.999999);
    Require.positive("epsilon", epsilon);
    Require.nonNegative("clip_value", clipValue);
    Require.nonNegative("clip_norm", clipNorm);
  }

  /** PyTorch's defaults, no clipping. */
  public static Adam defaults() {
    return new Adam(0.9, 0.999, 1e-8, 0, 0);
  }

  /** A copy that clamps each gradient element to {@code [-value, value]}. */
  public Adam withClipValue(double value) {
    return new Adam(beta1, beta2, epsilon, value, clipNorm);
  }

  /** A copy that rescales gradients to a global L2 norm of at most {@code norm}. */
  public Adam withClipNorm(double norm) {
    return new Adam(beta1, beta2, epsilon, clipValue, norm);
  }

  /**
   * Applies update number {@code step} (from 1) with learning rate {@code lr} to every active
   * synapse, from the gradients in the stores (after clipping; the stored gradients are left
   * clipped, so sparsifiers see what the optimizer used).
   *
   * <p>Checks on the way, in the same pass, that every gradient (after clipping) and every updated
   * weight is finite, and says which was not. The update is applied in full either way: a caller
   * that finds a fault must stop training, not continue from this state.
   *
   * @return {@link Fault#NONE}, or what first turned NaN or infinite (gradients before weights)
   */
  public Fault step(SpikingNetwork network, long step, double lr) {
    if (step < 1) {
      throw new IllegalArgumentException("step counts from 1, got " + step);
    }
    SynapseStore[] stores = {network.inputWeights(), network.recurrentWeights()};
    if (clipValue > 0) {
      for (SynapseStore s : stores) {
        clamp(s, (float) clipValue);
      }
    }
    if (clipNorm > 0) {
      double sq = 0;
      for (SynapseStore s : stores) {
        sq += squaredNorm(s);
      }
      double norm = Math.sqrt(sq);
      if (norm > clipNorm) {
        for (SynapseStore s : stores) {
          scale(s, (float) (clipNorm / norm));
        }
      }
    }
    double bc1 = 1 - Math.pow(beta1, step);
    double bc2 = Math.sqrt(1 - Math.pow(beta2, step));
    boolean gradient = false;
    boolean weight = false;
    for (SynapseStore s : stores) {
      Fault f = update(s, lr / bc1, bc2);
      gradient |= f == Fault.GRADIENT;
      weight |= f == Fault.WEIGHT;
    }
    return gradient ? Fault.GRADIENT : weight ? Fault.WEIGHT : Fault.NONE;
  }

  /** What a step found not finite. */
  public enum Fault {
    /** Every gradient and weight is finite. */
    NONE,
    /** A gradient is NaN or infinite. */
    GRADIENT,
    /** A weight is NaN or infinite after the update. */
    WEIGHT
  }

  /**
   * Updates one store and says whether its gradients or new weights hold a NaN or infinity. The
   * checks are sums of {@code x * 0}: 0 for every finite x, NaN for NaN or infinity, so one add per
   * value checks the whole array in the update's own pass, without a branch in the loop.
   */
  private Fault update(SynapseStore s, double stepSize, double bc2) {
    float[] w = s.weightArray();
    float[] g = s.gradientArray();
    float[] m1 = s.moment1Array();
    float[] m2 = s.moment2Array();
    float b1 = (float) beta1;
    float b2 = (float) beta2;
    float gradients = 0;
    float weights = 0;
    for (int r = 0; r < s.rows(); r++) {
      int from = s.rowStart(r);
      int to = from + s.rowLength(r);
      for (int k = from; k < to; k++) {
        float gk = g[k];
        m1[k] = b1 * m1[k] + (1 - b1) * gk;
        m2[k] = b2 * m2[k] + (1 - b2) * gk * gk;
        double denom = Math.sqrt(m2[k]) / bc2 + epsilon;
        w[k] -= (float) (stepSize * m1[k] / denom);
        gradients += gk * 0f;
        weights += w[k] * 0f;
      }
    }
    if (Float.isNaN(gradients)) {
      return Fault.GRADIENT;
    }
    return Float.isNaN(weights) ? Fault.WEIGHT : Fault.NONE;
  }

  private static void clamp(SynapseStore s, float c) {
    float[] g = s.gradientArray();
    for (int k = 0; k < g.length; k++) {
      g[k] = Math.max(-c, Math.min(c, g[k]));
    }
  }

  private static double squaredNorm(SynapseStore s) {
    double sq = 0;
    for (float x : s.gradientArray()) {
      sq += (double) x * x;
    }
    return sq;
  }

  private static void scale(SynapseStore s, float f) {
    float[] g = s.gradientArray();
    for (int k = 0; k < g.length; k++) {
      g[k] *= f;
    }
  }
}
