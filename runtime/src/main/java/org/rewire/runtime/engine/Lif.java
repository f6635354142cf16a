package org.rewire.runtime.engine;

import java.util.Arrays;
import org.rewire.api.Require;

/**
 * The leaky integrate-and-fire neuron with reset by subtraction, the paper's model (PAPER.md
 * section 5; snnTorch's {@code Leaky} with {@code reset_mechanism="subtract"}, Norse's {@code
 * lif_step} without a synaptic current):
 *
 * <pre>
 *   v_t = a v_{t-1} + I_t - thr z_{t-1},   a = exp(-dt / tau)
 *   z_t = H(v_t - thr)
 * </pre>
 *
 * with {@code I_t} the synaptic input current the engine sums (input events and recurrent spikes of
 * step {@code t - 1}). Its backward step, with {@code f} the surrogate:
 *
 * <pre>
 *   dL/dz_t += -thr dL/dv_{t+1}                       (the reset; {@link State#addSpikeFeedback})
 *   dL/dv_t  = dL/dz_t f(v_t - thr) + a dL/dv_{t+1}    = dL/dI_t
 * </pre>
 *
 * The gradient flows through the reset, as in the PyTorch reference ({@code
 * /work/shared/bench/torch_reference.py}). One state variable, {@code v}; the forward pass keeps
 * {@code f(v_t - thr)} of every neuron, lane and step (4 bytes each) for the backward pass.
 *
 * @param parameters time constant, time step and threshold
 * @param surrogate the pseudo-derivative {@code f} of {@code H}
 */
public record Lif(Parameters parameters, Surrogate surrogate) implements NeuronModel {

  /** The name {@code model.neuron} uses. */
  public static final String NAME = "lif";

  /**
   * The LIF constants, as {@code model.tau}, {@code model.thr} and {@code model.dt} give them.
   *
   * @param tau membrane time constant, seconds, {@code > 0}
   * @param thr firing threshold, also the amount subtracted on a spike, {@code > 0}
   * @param dt time step of the decay, seconds, {@code > 0} (the paper's code uses 1 ms whatever the
   *     input bin width)
   * @throws org.rewire.api.InvalidConfigException naming {@code tau}, {@code thr} or {@code dt} for
   *     a value that is not positive
   */
  public record Parameters(double tau, double thr, double dt) {
    public Parameters {
      Require.positive("tau", tau);
      Require.positive("thr", thr);
      Require.positive("dt", dt);
    }

    /** The paper's constants: tau 45 ms, thr 1, dt 1 ms. */
    public static Parameters paper() {
      return new Parameters(0.045, 1.0, 0.001);
    }

    /** Membrane decay per step, {@code a = exp(-dt / tau)}, in (0, 1). */
    public float decay() {
      return (float) Math.exp(-dt / tau);
    }

    /** The threshold as the float the engine compares against. */
    public float threshold() {
      return (float) thr;
    }
  }

  public Lif {
    if (parameters == null || surrogate == null) {
      throw new IllegalArgumentException("LIF needs parameters and a surrogate");
    }
  }

  /** LIF from a config's neuron settings. */
  static Lif of(NeuronModels.Settings settings) {
    return new Lif(
        new Parameters(settings.tau(), settings.thr(), settings.dt()), settings.surrogate());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int stateVariables() {
    return 1;
  }

  @Override
  public Lif withSurrogate(Surrogate s) {
    return new Lif(parameters, s);
  }

  @Override
  public State newState(int neurons, int lanes) {
    return new State(this, neurons, lanes);
  }

  /**
   * LIF neurons of one block: the membrane potential {@code v}, the surrogate derivative tape and
   * the membrane adjoints {@code dL/dv} of steps {@code t} and {@code t + 1}.
   */
  public static final class State extends NeuronState {
    private final float a;
    private final float thr;
    private final Surrogate surrogate;
    private float[] tape = new float[0];
    private float[] adjoint;
    private float[] adjointNext;

    State(Lif model, int neurons, int lanes) {
      super(neurons, lanes, 1);
      this.a = model.parameters().decay();
      this.thr = model.parameters().threshold();
      this.surrogate = model.surrogate();
      this.adjoint = new float[size];
      this.adjointNext = new float[size];
    }

    @Override
    protected void reserveTape(int steps) {
      int needed = Math.multiplyExact(steps, size);
      if (tape.length < needed) {
        tape = new float[needed];
      }
    }

    @Override
    public void forwardStep(int t, float[] current, float[] spike, int lanesInUse, boolean train) {
      float[] v = variable(0);
      for (int e = 0; e < size; e++) {
        v[e] = a * v[e] + current[e] - thr * spike[e];
      }
      if (train) {
        surrogate.derivative(v, thr, 0, size, tape, t * size);
      }
      for (int j = 0; j < neurons; j++) {
        int o = j * lanes;
        for (int b = 0; b < lanesInUse; b++) {
          spike[o + b] = v[o + b] > thr ? 1f : 0f;
        }
      }
    }

    @Override
    public void startBackward() {
      Arrays.fill(adjointNext, 0f);
    }

    @Override
    public void addSpikeFeedback(float[] dz) {
      float[] next = adjointNext;
      for (int e = 0; e < size; e++) {
        dz[e] = dz[e] - thr * next[e];
      }
    }

    @Override
    public float[] backwardStep(int t, float[] dz) {
      float[] cur = adjoint;
      float[] next = adjointNext;
      int so = t * size;
      for (int e = 0; e < size; e++) {
        cur[e] = dz[e] * tape[so + e] + a * next[e];
      }
      adjoint = next;
      adjointNext = cur;
      return cur;
    }
  }
}
