package org.rewire.runtime.engine;

import java.util.Arrays;
import org.rewire.runtime.engine.simd.LaneKernels;
import org.rewire.runtime.engine.simd.ScalarLaneKernels;

/**
 * The neurons of one block of lanes during a pass: the state variables of a {@link NeuronModel}
 * over lane-minor arrays (element {@code (neuron, lane)} at {@code neuron * lanes + lane}), what
 * the forward pass keeps for the backward pass, the adjoints the backward pass carries from step to
 * step, and the block's gradients of the model's trained per-neuron parameters ({@link
 * NeuronParameters#trainable()}).
 *
 * <p>A pass calls, in order: {@link #start}, then {@link #forwardStep} for {@code t = 0, 1, ...,
 * steps - 1}; for training, {@link #startBackward}, then for {@code t = steps - 1} down to {@code
 * 0}: {@link #addSpikeFeedback} and {@link #backwardStep}; then {@link #parameterGradient} for each
 * trained parameter. Between the two calls of a backward step the engine adds the loss's own terms
 * to {@code dL/dz_t} (readout, rate term), so the sum keeps the order the reference uses. Not
 * thread-safe: one block runs on one thread.
 */
public abstract class NeuronState {
  /** Neurons in the block. */
  protected final int neurons;

  /** Lanes (samples) in the block, padding included. */
  protected final int lanes;

  /** Elements of one lane-minor array: {@code neurons * lanes}. */
  protected final int size;

  private final float[][] variables;
  private final NeuronParameters parameters;
  private final double[][] gradientLanes;
  private final long[] spikeMasks;
  private boolean masksFresh;
  private LaneKernels kernels = new ScalarLaneKernels();

  /**
   * Buffers for {@code stateVariables} lane-minor arrays over the neurons of {@code parameters},
   * and a gradient accumulator for each of its trained parameters.
   *
   * @throws IllegalArgumentException if a count is negative or the arrays would not fit an int
   */
  protected NeuronState(NeuronParameters parameters, int lanes, int stateVariables) {
    int neurons = parameters.neurons();
    if (neurons < 0 || lanes < 1 || stateVariables < 1) {
      throw new IllegalArgumentException(
          "need neurons >= 0, lanes >= 1 and state variables >= 1, got "
              + neurons
              + ", "
              + lanes
              + ", "
              + stateVariables);
    }
    this.neurons = neurons;
    this.lanes = lanes;
    this.size = Math.multiplyExact(neurons, lanes);
    this.variables = new float[stateVariables][size];
    this.parameters = parameters;
    this.gradientLanes = new double[parameters.trainable().size()][size];
    this.spikeMasks = lanes <= Long.SIZE ? new long[neurons] : null;
  }

  /** State variable {@code k} (in the model's order), lane-minor. */
  protected final float[] variable(int k) {
    return variables[k];
  }

  /**
   * Puts every neuron of every lane at rest (every state variable 0) for a pass of {@code steps}
   * steps, making room to keep what the backward pass needs when {@code train}, and zeroes the
   * parameter gradients.
   */
  public final void start(int steps, boolean train) {
    for (float[] v : variables) {
      Arrays.fill(v, 0f);
    }
    if (train) {
      reserveTape(steps);
      for (double[] g : gradientLanes) {
        Arrays.fill(g, 0);
      }
    }
  }

  /** Makes room for {@code steps} steps of what {@link #backwardStep} reads. */
  protected abstract void reserveTape(int steps);

  /**
   * Step {@code t}: the state moves on under the synaptic input current {@code current} ({@code
   * I_t}, lane-minor, read only) and the neurons fire.
   *
   * @param spike on entry {@code z_{t-1}} (all 0 at {@code t = 0}); on return {@code z_t}, each 0
   *     or 1, written for lanes below {@code lanesInUse} only: the padding lanes above receive no
   *     current and must stay silent
   * @param train keep what {@link #backwardStep} needs for step {@code t}
   */
  public abstract void forwardStep(
      int t, float[] current, float[] spike, int lanesInUse, boolean train);

  /** Before the last step's backward: nothing flows back from after the last step. */
  public abstract void startBackward();

  /**
   * Adds to {@code dz} (holding {@code dL/dz_t} so far) what flows back to the spikes {@code z_t}
   * of step {@code t} through the model's own state at step {@code t + 1}, such as the reset by
   * subtraction: {@code dz -= thr * dL/dv_{t+1}} for LIF.
   */
  public abstract void addSpikeFeedback(int t, float[] dz);

  /**
   * The backward step at {@code t}: from the whole {@code dL/dz_t} in {@code dz} (read only) and
   * the adjoints carried from {@code t + 1}, the adjoints of step {@code t}; adds step {@code t}'s
   * share of the trained parameters' gradients.
   *
   * @return {@code dL/dI_t}, lane-minor: the gradient into the synaptic input current of step
   *     {@code t}. It belongs to this state; the engine reads it (for the weight gradients of step
   *     {@code t} and for {@code dL/dz_{t-1}}) until its next call of this method.
   */
  public abstract float[] backwardStep(int t, float[] dz);

  /**
   * The approximate sparse backward pass, at step {@code t} before its backward step: sets to 0 the
   * recorded surrogate derivatives below {@code threshold} of every neuron not {@code exempt}, and
   * marks in {@code live} the neurons left with a derivative that is not 0 in some lane. {@code
   * dL/dz_t} of the others never reaches their state, so the engine skips their rows of {@code W
   * delta}. The default cuts nothing and marks every neuron live (exact).
   *
   * @param exempt per neuron: keep its derivatives whatever their size (the outputs)
   * @param live per neuron, overwritten
   */
  public void sparsifyDerivative(int t, float threshold, boolean[] exempt, boolean[] live) {
    Arrays.fill(live, 0, neurons, true);
  }

  /**
   * For {@link #sparsifyDerivative}, on a lane-minor record of the surrogate derivative ({@code
   * derivative}, step {@code t} at {@code t * size}).
   */
  protected final void sparsifyRecord(
      float[] derivative, int t, float threshold, boolean[] exempt, boolean[] live) {
    int so = t * size;
    for (int j = 0; j < neurons; j++) {
      boolean any = false;
      boolean keep = exempt[j];
      for (int e = so + j * lanes; e < so + (j + 1) * lanes; e++) {
        if (!keep && derivative[e] < threshold) {
          derivative[e] = 0f;
        }
        any |= derivative[e] != 0f;
      }
      live[j] = any;
    }
  }

  /**
   * The block's gradient of trained parameter {@code k} ({@link NeuronParameters#trainable()}) per
   * neuron, summed over lanes in ascending order, after a training pass.
   */
  public final double[] parameterGradient(int k) {
    double[] lanesOf = gradientLanes[k];
    double[] out = new double[neurons];
    for (int j = 0; j < neurons; j++) {
      double s = 0;
      for (int b = 0; b < lanes; b++) {
        s += lanesOf[j * lanes + b];
      }
      out[j] = s;
    }
    return out;
  }

  /**
   * Adds one step's gradient of a decay {@code p}: for a state variable {@code s_t = p s_{t-1} +
   * ...}, {@code dL/dp += dL/ds_t * s_{t-1}} per element, with {@code adjoint} holding {@code
   * dL/ds_t} and {@code previous} (from {@code offset}) holding {@code s_{t-1}}. The products are
   * exact in double, summed per lane in the order of the calls. Does nothing for a parameter that
   * is not trained.
   */
  protected final void addDecayGradient(
      NeuronParameter p, float[] adjoint, float[] previous, int offset) {
    int k = parameters.trainableIndex(p);
    if (k < 0) {
      return;
    }
    double[] g = gradientLanes[k];
    for (int e = 0; e < size; e++) {
      g[e] += (double) adjoint[e] * previous[offset + e];
    }
  }

  /**
   * {@code spike[e] = x[e] > threshold ? 1 : 0} for the lanes in use; padding lanes keep their 0.
   * Also records each neuron's spiking lanes ({@link #spikeMasks}).
   */
  protected final void fire(float[] x, float threshold, float[] spike, int lanesInUse) {
    kernels.fire(x, threshold, spike, neurons, lanes, lanesInUse, spikeMasks);
    masksFresh = spikeMasks != null;
  }

  /** The kernels this state's element-wise steps run on (scalar until the engine sets them). */
  protected final LaneKernels kernels() {
    return kernels;
  }

  /** Runs the element-wise steps on {@code k} from now on: the same values bit for bit. */
  public final void useKernels(LaneKernels k) {
    kernels = k;
  }

  /**
   * After a {@link #forwardStep}: each neuron's spiking lanes as a bit mask (bit {@code b} of
   * element {@code j}: lane {@code b} fired), or null when the block has more than 64 lanes or the
   * step did not go through {@link #fire} since {@link #forgetSpikeMasks} (a model that writes its
   * spikes itself: the engine then reads the spikes).
   */
  final long[] spikeMasks() {
    return masksFresh ? spikeMasks : null;
  }

  /** Before a step: the masks of the last one no longer count. */
  final void forgetSpikeMasks() {
    masksFresh = false;
  }

  /**
   * A growable record of one lane-minor array per step: step {@code t} at offset {@code t * size}.
   */
  protected final class Tape {
    private float[] data = new float[0];

    /** Makes room for {@code steps} steps. */
    public void reserve(int steps) {
      int needed = Math.multiplyExact(steps, size);
      if (data.length < needed) {
        data = new float[needed];
      }
    }

    /** The record, step {@code t} at {@code t * size}. */
    public float[] array() {
      return data;
    }

    /** Copies {@code values} in as step {@code t}. */
    public void record(int t, float[] values) {
      System.arraycopy(values, 0, data, t * size, size);
    }
  }

  /**
   * A state variable's adjoints of steps {@code t} ({@link #current}) and {@code t + 1} ({@link
   * #next}).
   */
  protected final class Adjoint {
    private float[] current = new float[size];
    private float[] next = new float[size];

    /** {@code dL/ds_t}, being written. */
    public float[] current() {
      return current;
    }

    /** {@code dL/ds_{t+1}}, read only. */
    public float[] next() {
      return next;
    }

    /** No adjoint from after the last step. */
    public void clear() {
      Arrays.fill(next, 0f);
    }

    /** After step {@code t}'s backward: step {@code t}'s adjoint becomes the next one. */
    public void advance() {
      float[] done = current;
      current = next;
      next = done;
    }
  }
}
