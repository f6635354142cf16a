package org.rewire.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import org.rewire.api.Require;

/**
 * Adam over the active synapses of a {@link SpikingNetwork}, input and recurrent weights alike, and
 * over its trained neuron parameters ({@link NeuronParameters#trainable()}, such as learned time
 * constants, clamped into their range after each update), with optional gradient clipping (over all
 * of them). Moments live with each synapse in its {@link SynapseStore} slot, so a synapse a
 * sparsifier removes loses them and one it (re)activates starts from zero ("masked moments"); the
 * bias correction uses the global step count, as PyTorch's Adam on a masked dense matrix does.
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
    List<NeuronParameter> neurons = network.neuronParameters().trainable();
    List<float[]> gradients = new ArrayList<>();
    for (SynapseStore s : stores) {
      gradients.add(s.gradientArray());
    }
    for (NeuronParameter p : neurons) {
      gradients.add(p.gradientArray());
    }
    if (clipValue > 0) {
      for (float[] g : gradients) {
        clamp(g, (float) clipValue);
      }
    }
    if (clipNorm > 0) {
      double sq = 0;
      for (float[] g : gradients) {
        sq += squaredNorm(g);
      }
      double norm = Math.sqrt(sq);
      if (norm > clipNorm) {
        for (float[] g : gradients) {
          scale(g, (float) (clipNorm / norm));
        }
      }
    }
    double bc1 = 1 - Math.pow(beta1, step);
    double bc2 = Math.sqrt(1 - Math.pow(beta2, step));
    float[] checks = new float[2];
    for (SynapseStore s : stores) {
      for (int r = 0; r < s.rows(); r++) {
        int from = s.rowStart(r);
        update(
            s.weightArray(),
            s.gradientArray(),
            s.moment1Array(),
            s.moment2Array(),
            from,
            from + s.rowLength(r),
            lr / bc1,
            bc2,
            checks);
      }
    }
    for (NeuronParameter p : neurons) {
      update(
          p.valueArray(),
          p.gradientArray(),
          p.moment1Array(),
          p.moment2Array(),
          0,
          p.neurons(),
          lr / bc1,
          bc2,
          checks);
      p.clampToRange();
    }
    if (Float.isNaN(checks[0])) {
      return Fault.GRADIENT;
    }
    return Float.isNaN(checks[1]) ? Fault.WEIGHT : Fault.NONE;
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
   * Updates slots {@code [from, to)} and adds to {@code checks[0]} (gradients) and {@code
   * checks[1]} (new values) sums of {@code x * 0}: 0 for every finite x, NaN for NaN or infinity,
   * so one add per value checks the whole array in the update's own pass, without a branch in the
   * loop.
   */
  private void update(
      float[] w,
      float[] g,
      float[] m1,
      float[] m2,
      int from,
      int to,
      double stepSize,
      double bc2,
      float[] checks) {
    float b1 = (float) beta1;
    float b2 = (float) beta2;
    float gradients = 0;
    float weights = 0;
    for (int k = from; k < to; k++) {
      float gk = g[k];
      m1[k] = b1 * m1[k] + (1 - b1) * gk;
      m2[k] = b2 * m2[k] + (1 - b2) * gk * gk;
      double denom = Math.sqrt(m2[k]) / bc2 + epsilon;
      w[k] -= (float) (stepSize * m1[k] / denom);
      gradients += gk * 0f;
      weights += w[k] * 0f;
    }
    checks[0] += gradients;
    checks[1] += weights;
  }

  private static void clamp(float[] g, float c) {
    for (int k = 0; k < g.length; k++) {
      g[k] = Math.max(-c, Math.min(c, g[k]));
    }
  }

  private static double squaredNorm(float[] g) {
    double sq = 0;
    for (float x : g) {
      sq += (double) x * x;
    }
    return sq;
  }

  private static void scale(float[] g, float f) {
    for (int k = 0; k < g.length; k++) {
      g[k] *= f;
    }
  }
}
