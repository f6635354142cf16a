package org.rewire.runtime.engine;

import java.util.List;
import java.util.random.RandomGenerator;
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
 *   dL/da   += dL/dv_t v_{t-1}                          (learned decay, per neuron)
 * </pre>
 *
 * The gradient flows through the reset, as in the PyTorch reference ({@code
 * /work/shared/bench/torch_reference.py}). One state variable, {@code v}; the forward pass keeps
 * {@code f(v_t - thr)} of every neuron, lane and step (4 bytes each) for the backward pass, and
 * {@code v_t} too when the decay is learned. One per-neuron parameter, {@value #DECAY_MEM} ({@code
 * a}), the same for every neuron unless {@code learn_tau} ({@link NeuronParameter#decay}).
 *
 * @param parameters time constant, time step, threshold and whether the time constant is learned
 * @param surrogate the pseudo-derivative {@code f} of {@code H}
 */
public record Lif(Parameters parameters, Surrogate surrogate) implements NeuronModel {

  /** The name {@code model.neuron} uses. */
  public static final String NAME = "lif";

  /** The per-neuron membrane decay {@code a = exp(-dt / tau)}. */
  public static final String DECAY_MEM = "decay_mem";

  /**
   * The LIF constants, as {@code model.tau}, {@code model.thr}, {@code model.dt} and {@code
   * model.learn_tau} give them.
   *
   * @param tau membrane time constant, seconds, {@code > 0}; with {@code learnTau} the mean of the
   *     neurons' initial time constants, in {@code [dt, 10 s]}
   * @param thr firing threshold, also the amount subtracted on a spike, {@code > 0}
   * @param dt time step of the decay, seconds, {@code > 0} (the paper's code uses 1 ms whatever the
   *     input bin width)
   * @param learnTau train a membrane time constant per neuron
   * @throws org.rewire.api.InvalidConfigException naming {@code tau}, {@code thr} or {@code dt} for
   *     a value that is not positive, or {@code tau} outside {@code [dt, 10 s]} when learned
   */
  public record Parameters(double tau, double thr, double dt, boolean learnTau) {
    public Parameters {
      Require.positive("tau", tau);
      Require.positive("thr", thr);
      Require.positive("dt", dt);
      if (learnTau) {
        NeuronParameter.requireLearnable("tau", tau, dt);
      }
    }

    /** Fixed time constant. */
    public Parameters(double tau, double thr, double dt) {
      this(tau, thr, dt, false);
    }

    /** The paper's constants: tau 45 ms, thr 1, dt 1 ms, nothing learned. */
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
  static Lif of(NeuronModels.Settings s) {
    return new Lif(new Parameters(s.tau(), s.thr(), s.dt(), s.learnTau()), s.surrogate());
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
  public NeuronParameters initialParameters(int neurons, RandomGenerator random) {
    Parameters p = parameters;
    return new NeuronParameters(
        neurons,
        List.of(NeuronParameter.decay(DECAY_MEM, p.tau(), p.dt(), p.learnTau(), neurons, random)));
  }

  @Override
  public State newState(NeuronParameters parameters, int lanes) {
    return new State(this, parameters, lanes);
  }

  /**
   * LIF neurons of one block: the membrane potential {@code v}, the surrogate derivative tape (and
   * the membrane tape when the decay is learned) and the membrane adjoints {@code dL/dv} of steps
   * {@code t} and {@code t + 1}.
   */
  public static final class State extends NeuronState {
    private final NeuronParameter decay;
    private final float thr;
    private final Surrogate surrogate;
    private final Tape derivative = new Tape();
    private final Tape membrane = new Tape();
    private final Adjoint dv = new Adjoint();

    State(Lif model, NeuronParameters parameters, int lanes) {
      super(parameters, lanes, 1);
      this.decay = parameters.get(DECAY_MEM);
      this.thr = model.parameters().threshold();
      this.surrogate = model.surrogate();
    }

    @Override
    protected void reserveTape(int steps) {
      derivative.reserve(steps);
      if (decay.trainable()) {
        membrane.reserve(steps);
      }
    }

    @Override
    public void forwardStep(int t, float[] current, float[] spike, int lanesInUse, boolean train) {
      float[] v = variable(0);
      // v_t = a v_{t-1} + I_t - thr z_{t-1}
      kernels().lifMembrane(v, decay.valueArray(), current, spike, thr, neurons, lanes);
      if (train) {
        surrogate.derivative(kernels(), v, thr, 0, size, derivative.array(), t * size);
        if (decay.trainable()) {
          membrane.record(t, v);
        }
      }
      fire(v, thr, spike, lanesInUse);
    }

    @Override
    public void sparsifyDerivative(int t, float threshold, boolean[] exempt, boolean[] live) {
      sparsifyRecord(derivative.array(), t, threshold, exempt, live);
    }

    @Override
    public void startBackward() {
      dv.clear();
    }

    @Override
    public void addSpikeFeedback(int t, float[] dz) {
      kernels().subtractScaled(dz, thr, dv.next(), size);
    }

    @Override
    public float[] backwardStep(int t, float[] dz) {
      float[] cur = dv.current();
      kernels()
          .leakyAdjoint(
              dz, derivative.array(), t * size, decay.valueArray(), dv.next(), cur, neurons, lanes);
      if (t > 0) {
        addDecayGradient(decay, cur, membrane.array(), (t - 1) * size);
      }
      dv.advance();
      return cur;
    }
  }
}
