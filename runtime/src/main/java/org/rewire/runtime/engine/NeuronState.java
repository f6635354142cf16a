package org.rewire.runtime.engine;

import java.util.Arrays;

/**
 * The neurons of one block of lanes during a pass: the state variables of a {@link NeuronModel}
 * over lane-minor arrays (element {@code (neuron, lane)} at {@code neuron * lanes + lane}), what
 * the forward pass keeps for the backward pass, and the adjoints the backward pass carries from
 * step to step.
 *
 * <p>A pass calls, in order: {@link #start}, then {@link #forwardStep} for {@code t = 0, 1, ...,
 * steps - 1}; for training, {@link #startBackward}, then for {@code t = steps - 1} down to {@code
 * 0}: {@link #addSpikeFeedback} and {@link #backwardStep}. Between the two calls of a backward step
 * the engine adds the loss's own terms to {@code dL/dz_t} (readout, rate term), so the sum keeps
 * the order the reference uses. Not thread-safe: one block runs on one thread.
 */
public abstract class NeuronState {
  /** Neurons in the block. */
  protected final int neurons;

  /** Lanes (samples) in the block, padding included. */
  protected final int lanes;

  /** Elements of one lane-minor array: {@code neurons * lanes}. */
  protected final int size;

  private final float[][] variables;

  /**
   * Buffers for {@code stateVariables} lane-minor arrays of {@code neurons * lanes} floats.
   *
   * @throws IllegalArgumentException if a count is negative or the arrays would not fit an int
   */
  protected NeuronState(int neurons, int lanes, int stateVariables) {
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
  }

  /** State variable {@code k} (in the model's order), lane-minor. */
  protected final float[] variable(int k) {
    return variables[k];
  }

  /**
   * Puts every neuron of every lane at rest (every state variable 0) for a pass of {@code steps}
   * steps, making room to keep what the backward pass needs when {@code train}.
   */
  public final void start(int steps, boolean train) {
    for (float[] v : variables) {
      Arrays.fill(v, 0f);
    }
    if (train) {
      reserveTape(steps);
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
   * through the model's own state at step {@code t + 1}, such as the reset by subtraction: {@code
   * dz -= thr * dL/dv_{t+1}} for LIF.
   */
  public abstract void addSpikeFeedback(float[] dz);

  /**
   * The backward step at {@code t}: from the whole {@code dL/dz_t} in {@code dz} (read only) and
   * the adjoints carried from {@code t + 1}, the adjoints of step {@code t}.
   *
   * @return {@code dL/dI_t}, lane-minor: the gradient into the synaptic input current of step
   *     {@code t}. It belongs to this state; the engine reads it (for the weight gradients of step
   *     {@code t} and for {@code dL/dz_{t-1}}) until its next call of this method.
   */
  public abstract float[] backwardStep(int t, float[] dz);
}
