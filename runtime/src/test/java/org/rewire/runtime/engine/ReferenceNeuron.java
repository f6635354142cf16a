package org.rewire.runtime.engine;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * A neuron model's dynamics written the obvious way for {@link ReferenceNetwork}: one sample, one
 * array of neurons per step, textbook order, the backward pass in double. Written apart from the
 * engine's {@link NeuronState}, which it checks. Its per-neuron decays are plain double arrays
 * (copied from the network's {@link NeuronParameters}), which finite differences perturb.
 */
interface ReferenceNeuron {

  /**
   * The neurons of one sample at rest, for {@code steps} steps; {@code round} is applied to every
   * forward operation (float rounding, or none).
   */
  Trajectory start(int neurons, int steps, DoubleUnaryOperator round);

  /**
   * The model's decays by {@link NeuronParameter} name, one value per neuron: live, so changing one
   * changes the next pass.
   */
  Map<String, double[]> decays();

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
    double[] spikeFeedback(int t);

    /**
     * The backward step at {@code t} from the whole {@code dL/dz_t} and the spike function's
     * derivative {@code df = H'(x_t)}.
     *
     * @return {@code dL/dI_t}
     */
    double[] backwardStep(int t, double[] dz, double[] df);

    /**
     * After the backward pass, this sample's gradient of every decay of {@link #decays()}, by name.
     */
    Map<String, double[]> decayGradients();
  }

  /** {@code values} as doubles. */
  static double[] widen(float[] values) {
    double[] out = new double[values.length];
    for (int j = 0; j < values.length; j++) {
      out[j] = values[j];
    }
    return out;
  }
}
