package org.rewire.runtime.engine;

import java.util.List;
import java.util.random.RandomGenerator;
import org.rewire.api.Require;
import org.rewire.runtime.engine.simd.LaneKernels;

/**
 * The current-based LIF neuron: the synaptic input current {@code I_t} (input events and recurrent
 * spikes) charges a synaptic current {@code i} that decays with {@code tau_syn}, which in turn
 * drives the membrane (snnTorch's {@code Synaptic}; Zenke and Vogels 2021, "The remarkable
 * robustness of surrogate gradient learning", Neural Comput. 33:899; Perez-Nieves et al. 2021),
 * with reset by subtraction:
 *
 * <pre>
 *   i_t = a_syn i_{t-1} + (1 - a_syn) I_t,        a_syn = exp(-dt / tau_syn)
 *   v_t = a v_{t-1} + i_t - thr z_{t-1},          a     = exp(-dt / tau)
 *   z_t = H(v_t - thr)
 * </pre>
 *
 * all at rest before step 0. The factor {@code 1 - a_syn} gives the synaptic filter a gain of 1: a
 * steady input reaches the membrane as it does in {@link Lif}, so the two models start from the
 * same weights at the same activity, and {@code tau_syn -> 0} gives back LIF. (snnTorch and
 * SpyTorch leave it out, {@code i_t = a_syn i_{t-1} + I_t}, which is this model with every weight
 * scaled by {@code 1 / (1 - a_syn)}, about {@code tau_syn / dt}; with this engine's initial weights
 * that form fires at a rate of 0.34 on fsdd-spikes at the start, against LIF's 0.013.) The synaptic
 * step is the exact solution of NIR's {@code CubaLIF} current equation ({@code tau_syn di/dt = -i +
 * w_in I}) for an input held over the step, with {@code w_in = 1}; the membrane step is LIF's,
 * which NIR's {@code tau_mem dv/dt = (v_leak - v) + r i} matches with {@code v_leak = 0} and {@code
 * r = 1 / (1 - a)} (to first order in {@code dt / tau}: {@code tau / dt}). NIR resets to {@code
 * v_reset}; this model subtracts the threshold.
 *
 * <p>Backward, with {@code f} the surrogate:
 *
 * <pre>
 *   dL/dz_t += -thr dL/dv_{t+1}                              ({@link State#addSpikeFeedback})
 *   dL/dv_t  = dL/dz_t f(v_t - thr) + a dL/dv_{t+1}
 *   dL/di_t  = dL/dv_t + a_syn dL/di_{t+1}
 *   dL/dI_t  = (1 - a_syn) dL/di_t
 *   dL/da   += dL/dv_t v_{t-1},   dL/da_syn += dL/di_t (i_{t-1} - I_t)   (learned decays)
 * </pre>
 *
 * Two state variables, {@code i} and {@code v}; the forward pass keeps {@code f(v_t - thr)} per
 * neuron, lane and step (4 bytes, as LIF), {@code v_t} when the membrane decay is learned and
 * {@code i_{t-1} - I_t} when the synaptic one is. Per-neuron parameters {@value #DECAY_MEM} and
 * {@value #DECAY_SYN}.
 *
 * @param parameters the constants
 * @param surrogate the pseudo-derivative {@code f} of {@code H}
 */
public record CubaLif(Parameters parameters, Surrogate surrogate) implements NeuronModel {

  /** The name {@code model.neuron} uses. */
  public static final String NAME = "cuba-lif";

  /** The per-neuron membrane decay {@code a = exp(-dt / tau)}. */
  public static final String DECAY_MEM = Lif.DECAY_MEM;

  /** The per-neuron synaptic decay {@code a_syn = exp(-dt / tau_syn)}. */
  public static final String DECAY_SYN = "decay_syn";

  /**
   * Default synaptic time constant, seconds: 5 ms, as in Zenke and Vogels 2021 and Perez-Nieves et
   * al. 2021.
   */
  public static final double DEFAULT_TAU_SYN = 0.005;

  /**
   * The current-based LIF constants, as the {@code model:} section gives them.
   *
   * @param tau membrane time constant, seconds, {@code > 0}
   * @param tauSyn synaptic time constant, seconds, {@code > 0}
   * @param thr firing threshold, {@code > 0}
   * @param dt time step of the decays, seconds, {@code > 0}
   * @param learnTau train {@code tau} and {@code tau_syn} per neuron (each in {@code [dt, 10 s]})
   * @throws org.rewire.api.InvalidConfigException naming the offending key
   */
  public record Parameters(double tau, double tauSyn, double thr, double dt, boolean learnTau) {
    public Parameters {
      Require.positive("tau", tau);
      Require.positive("tau_syn", tauSyn);
      Require.positive("thr", thr);
      Require.positive("dt", dt);
      if (learnTau) {
        NeuronParameter.requireLearnable("tau", tau, dt);
        NeuronParameter.requireLearnable("tau_syn", tauSyn, dt);
      }
    }
  }

  public CubaLif {
    if (parameters == null || surrogate == null) {
      throw new IllegalArgumentException("CuBa LIF needs parameters and a surrogate");
    }
  }

  /** CuBa LIF from a config's neuron settings. */
  static CubaLif of(NeuronModels.Settings s) {
    return new CubaLif(
        new Parameters(s.tau(), s.tauSyn(), s.thr(), s.dt(), s.learnTau()), s.surrogate());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int stateVariables() {
    return 2;
  }

  @Override
  public CubaLif withSurrogate(Surrogate s) {
    return new CubaLif(parameters, s);
  }

  @Override
  public NeuronParameters initialParameters(int neurons, RandomGenerator random) {
    Parameters p = parameters;
    return new NeuronParameters(
        neurons,
        List.of(
            NeuronParameter.decay(DECAY_MEM, p.tau(), p.dt(), p.learnTau(), neurons, random),
            NeuronParameter.decay(DECAY_SYN, p.tauSyn(), p.dt(), p.learnTau(), neurons, random)));
  }

  @Override
  public State newState(NeuronParameters parameters, int lanes) {
    return new State(this, parameters, lanes);
  }

  /**
   * CuBa LIF neurons of one block: synaptic current {@code i} and membrane potential {@code v}, the
   * surrogate derivative tape (and the {@code v}, {@code i} tapes of learned decays), and the
   * adjoints of {@code v} and {@code i}.
   */
  public static final class State extends NeuronState {
    private final NeuronParameter decayMem;
    private final NeuronParameter decaySyn;
    private final float thr;
    private final Surrogate surrogate;
    private final Tape derivative = new Tape();
    private final Tape membrane = new Tape();
    private final Tape synaptic = new Tape();
    private final Adjoint dv = new Adjoint();
    private final Adjoint di = new Adjoint();
    // Forward: i_{t-1} - I_t of the step (for a learned a_syn); backward: dL/dI_t, returned.
    private final float[] work;

    State(CubaLif model, NeuronParameters parameters, int lanes) {
      super(parameters, lanes, 2);
      this.decayMem = parameters.get(DECAY_MEM);
      this.decaySyn = parameters.get(DECAY_SYN);
      this.thr = (float) model.parameters().thr();
      this.surrogate = model.surrogate();
      this.work = new float[size];
    }

    @Override
    protected void reserveTape(int steps) {
      derivative.reserve(steps);
      if (decayMem.trainable()) {
        membrane.reserve(steps);
      }
      if (decaySyn.trainable()) {
        synaptic.reserve(steps);
      }
    }

    @Override
    public void forwardStep(int t, float[] current, float[] spike, int lanesInUse, boolean train) {
      float[] i = variable(0);
      float[] v = variable(1);
      float[] a = decayMem.valueArray();
      float[] as = decaySyn.valueArray();
      boolean learnSyn = train && decaySyn.trainable();
      kernels()
          .cubaMembrane(i, v, a, as, current, spike, thr, learnSyn ? work : null, neurons, lanes);
      if (train) {
        surrogate.derivative(kernels(), v, thr, 0, size, derivative.array(), t * size);
        if (decayMem.trainable()) {
          membrane.record(t, v);
        }
        if (learnSyn) {
          synaptic.record(t, work);
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
      di.clear();
    }

    @Override
    public void addSpikeFeedback(int t, float[] dz) {
      kernels().subtractScaled(dz, thr, dv.next(), size);
    }

    @Override
    public float[] backwardStep(int t, float[] dz) {
      float[] dvc = dv.current();
      float[] dic = di.current();
      int so = t * size;
      float[] dI = work;
      LaneKernels k = kernels();
      k.leakyAdjoint(
          dz, derivative.array(), so, decayMem.valueArray(), dv.next(), dvc, neurons, lanes);
      k.synapticAdjoint(dvc, decaySyn.valueArray(), di.next(), dic, dI, neurons, lanes);
      if (t > 0) {
        addDecayGradient(decayMem, dvc, membrane.array(), (t - 1) * size);
      }
      addDecayGradient(decaySyn, dic, synaptic.array(), so);
      dv.advance();
      di.advance();
      return dI;
    }
  }
}
