package org.rewire.runtime.engine;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.rewire.api.InvalidConfigException;

/**
 * One per-neuron parameter of a neuron model, such as the membrane decay {@code exp(-dt / tau)} of
 * every neuron: its values and, when it is trained, its gradient and Adam moments. A trained
 * parameter stays in {@code [lower, upper]}: {@link Adam} clamps it there after every update
 * (projected gradient descent; the moments are kept).
 *
 * <p>Arrays are live and indexed by neuron; {@link #restore} copies into them, so a {@link
 * NeuronState} that holds them stays valid.
 */
public final class NeuronParameter {
  /** Shortest learned time constant, in time steps: a decay of at least {@code exp(-1)}. */
  public static final double MIN_TAU_STEPS = 1;

  /** Longest learned time constant, seconds: a decay of at most {@code exp(-dt / 10 s)}. */
  public static final double MAX_TAU_SECONDS = 10;

  /** Shape {@code k} of the Gamma distribution learned time constants start from. */
  public static final int GAMMA_SHAPE = 3;

  private final String name;
  private final boolean trainable;
  private final float lower;
  private final float upper;
  private final float[] value;
  private final float[] gradient;
  private final float[] moment1;
  private final float[] moment2;

  /**
   * A parameter of {@code value.length} neurons holding {@code value} (taken, not copied).
   *
   * @throws IllegalArgumentException if {@code lower > upper}
   */
  public NeuronParameter(String name, boolean trainable, float lower, float upper, float[] value) {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException(name + ": lower bound " + lower + " > upper " + upper);
    }
    this.name = name;
    this.trainable = trainable;
    this.lower = lower;
    this.upper = upper;
    this.value = value;
    int n = trainable ? value.length : 0;
    this.gradient = new float[n];
    this.moment1 = new float[n];
    this.moment2 = new float[n];
  }

  /** A parameter that is the same {@code value} for all {@code neurons} and never trained. */
  public static NeuronParameter fixed(String name, int neurons, float value) {
    float[] v = new float[neurons];
    Arrays.fill(v, value);
    return new NeuronParameter(name, false, value, value, v);
  }

  /**
   * The decay {@code exp(-dt / tau)} of a time constant for {@code neurons} neurons. Fixed, it is
   * the same for every neuron. Learned ({@code learn}), each neuron's time constant starts from a
   * Gamma distribution of shape {@value #GAMMA_SHAPE} and mean {@code tau} (the heterogeneous
   * initialisation of Perez-Nieves et al. 2021, "Neural heterogeneity promotes robust learning",
   * Nat. Commun. 12:5791), drawn from {@code random} neuron by neuron, and the decay is trained
   * within {@code tau} in {@code [dt, 10 s]} ({@link #MIN_TAU_STEPS}, {@link #MAX_TAU_SECONDS}). A
   * fixed one draws nothing from {@code random}.
   *
   * @param tau the time constant (its mean when learned), seconds, {@code > 0}
   * @param dt the time step, seconds, {@code > 0}
   */
  public static NeuronParameter decay(
      String name, double tau, double dt, boolean learn, int neurons, RandomGenerator random) {
    if (!learn) {
      return fixed(name, neurons, (float) Math.exp(-dt / tau));
    }
    double shortest = MIN_TAU_STEPS * dt;
    double longest = Math.max(MAX_TAU_SECONDS, shortest);
    float[] v = new float[neurons];
    double scale = tau / GAMMA_SHAPE;
    for (int j = 0; j < neurons; j++) {
      double sum = 0;
      for (int k = 0; k < GAMMA_SHAPE; k++) {
        sum -= Math.log(1 - random.nextDouble()); // Exp(1), never log(0)
      }
      double tauJ = Math.min(longest, Math.max(shortest, scale * sum));
      v[j] = (float) Math.exp(-dt / tauJ);
    }
    return new NeuronParameter(
        name, true, (float) Math.exp(-dt / shortest), (float) Math.exp(-dt / longest), v);
  }

  /**
   * {@code tau} if it can be learned: within {@code [dt, 10 s]}, the range training keeps it in.
   *
   * @throws InvalidConfigException naming {@code field} otherwise
   */
  public static double requireLearnable(String field, double tau, double dt) {
    double longest = Math.max(MAX_TAU_SECONDS, MIN_TAU_STEPS * dt);
    if (!(tau >= MIN_TAU_STEPS * dt && tau <= longest)) {
      throw new InvalidConfigException(
          field,
          "with learn_tau a time constant must be in [dt, "
              + MAX_TAU_SECONDS
              + " s] = ["
              + dt
              + ", "
              + longest
              + "], got "
              + tau);
    }
    return tau;
  }

  /** The name checkpoints and errors use, such as {@code decay_mem}. */
  public String name() {
    return name;
  }

  /** Whether the optimizer trains it. */
  public boolean trainable() {
    return trainable;
  }

  /** Neurons it covers. */
  public int neurons() {
    return value.length;
  }

  /** Smallest value training keeps. */
  public float lower() {
    return lower;
  }

  /** Largest value training keeps. */
  public float upper() {
    return upper;
  }

  /** Value per neuron (live). */
  public float[] valueArray() {
    return value;
  }

  /** {@code dL/dvalue} per neuron after a training pass (live); empty when not trainable. */
  public float[] gradientArray() {
    return gradient;
  }

  /** Adam's first moment per neuron (live); empty when not trainable. */
  public float[] moment1Array() {
    return moment1;
  }

  /** Adam's second moment per neuron (live); empty when not trainable. */
  public float[] moment2Array() {
    return moment2;
  }

  /** Clamps every value into {@code [lower, upper]} (a NaN stays NaN, for the fault check). */
  public void clampToRange() {
    for (int j = 0; j < value.length; j++) {
      float x = value[j];
      if (x < lower) {
        value[j] = lower;
      } else if (x > upper) {
        value[j] = upper;
      }
    }
  }

  /**
   * Copies saved values and moments in.
   *
   * @throws IllegalArgumentException if a length differs from this parameter's
   */
  public void restore(float[] values, float[] m1, float[] m2) {
    if (values.length != value.length
        || m1.length != moment1.length
        || m2.length != moment2.length) {
      throw new IllegalArgumentException(
          "neuron parameter "
              + name
              + " has "
              + value.length
              + " values and "
              + moment1.length
              + " moments, the saved one "
              + values.length
              + " and "
              + m1.length);
    }
    System.arraycopy(values, 0, value, 0, value.length);
    System.arraycopy(m1, 0, moment1, 0, m1.length);
    System.arraycopy(m2, 0, moment2, 0, m2.length);
  }
}
