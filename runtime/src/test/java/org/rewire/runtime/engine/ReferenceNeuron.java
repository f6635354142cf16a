package org.rewire.runtime.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * A neuron model's dynamics written the obvious way for {@link ReferenceNetwork}: one sample, one
 * array of neurons per step, textbook order, the backward pass in double. Written apart from the
 * engine's {@link NeuronState}, which it checks.
 */
interface ReferenceNeuron {

  /**
   * The neurons of one sample at rest, for {@code steps} steps; {@code round} is applied to every
   * forward operation (float rounding, or none).
   */
  Trajectory start(int neurons, int steps, DoubleUnaryOperator round);

  /** One sample's neurons through a pass: the forward states it keeps and the carried adjoints. */
  interface Trajectory {
    /**
     * Step {@code t} under synaptic input current {@code current} with the spikes {@code zPrev} of
     * step {@code t - 1}.
     *
     * @return the argument {@code x} of the spike function per neuron: {@code z_t = H(x)} (for LIF
     *     {@code x = v_t - thr})
     */
    double[] step(int t, double[] current, double[] zPrev);

    /**
     * What flows back to {@code z_t} through the neurons' own state at {@code t + 1} (0 before the
     * first backward step).
     */
    double[] spikeFeedback();

    /**
     * The backward step at {@code t} from the whole {@code dL/dz_t} and the spike function's
     * derivative {@code df = H'(x_t)}.
     *
     * @return {@code dL/dI_t}
     */
    double[] backwardStep(int t, double[] dz, double[] df);
  }
}
