package org.rewire.runtime.engine;

import java.util.List;
import java.util.random.RandomGenerator;
import org.rewire.api.Require;

/**
 * The adaptive LIF neuron of long short-term memory spiking networks (Bellec et al. 2018, "Long
 * short-term memory and learning-to-learn in networks of spiking neurons", NeurIPS; LSNN): each
 * spike raises the neuron's threshold, which relaxes back with the slow time constant {@code
 * tau_adapt}. In discrete time, with reset by subtraction of the threshold the neuron crossed:
 *
 * <pre>
 *   v_t = a v_{t-1} + I_t - A_{t-1} z_{t-1},     a   = exp(-dt / tau)
 *   b_t = rho b_{t-1} + z_{t-1},                  rho = exp(-dt / tau_adapt)
 *   A_t = thr + beta_j b_t
 *   z_t = H(v_t - A_t)
 * </pre>
 *
 * all at rest ({@code 0}) before step 0; {@code b} is the adaptation variable ({@code a_t} in the
 * issue's notation, renamed here so it does not clash with the decay {@code a}). Bellec et al.
 * write {@code b_t = rho b_{t-1} + (1 - rho) z_{t-1}} with {@code beta = 1.8} and a baseline
 * threshold of 0.01; here {@code b} jumps by 1 per spike, so {@code beta} is directly the rise of
 * the threshold per spike, in units of the membrane potential: their rise relative to the
 * threshold, {@code 1.8 (1 - rho) / 0.01 = 0.26} at {@code tau_adapt} 700 ms and dt 1 ms, is the
 * default {@link #DEFAULT_BETA} for {@code thr = 1}. Neuron {@code j} is adaptive ({@code beta_j =
 * beta}, else 0) when {@code floor((j + 1) s) > floor(j s)} for the adaptive share {@code s}:
 * adaptive neurons are spread evenly over the neuron indices (and so over a chip's cores), with no
 * random draw. The surrogate is taken of {@code v_t - A_t}, with the same family and scale as LIF.
 *
 * <p>Backward, with {@code x_t = v_t - A_t} and {@code f} the surrogate:
 *
 * <pre>
 *   dL/dz_t += -A_t dL/dv_{t+1} + dL/db_{t+1}                 ({@link State#addSpikeFeedback})
 *   dL/dx_t  = dL/dz_t f(x_t)
 *   dL/dv_t  = dL/dx_t + a dL/dv_{t+1}                        = dL/dI_t
 *   dL/db_t  = rho dL/db_{t+1} - beta_j (dL/dx_t + z_t dL/dv_{t+1})
 *   dL/da   += dL/dv_t v_{t-1},   dL/drho += dL/db_t b_{t-1}  (learned decays, per neuron)
 * </pre>
 *
 * Two state variables, {@code v} and {@code b}; the forward pass keeps {@code f(x_t)}, {@code b_t}
 * and {@code z_t} per neuron, lane and step (12 bytes), and {@code v_t} too when the membrane decay
 * is learned. Per-neuron parameters: {@value #DECAY_MEM} ({@code a}), {@value #DECAY_ADAPT} ({@code
 * rho}), both learned with {@code learn_tau}, and {@value #BETA}, fixed.
 *
 * @param parameters the constants
 * @param surrogate the pseudo-derivative {@code f} of {@code H}
 */
public record Alif(Parameters parameters, Surrogate surrogate) implements NeuronModel {

  /** The name {@code model.neuron} uses. */
  public static final String NAME = "alif";

  /** The per-neuron membrane decay {@code a = exp(-dt / tau)}. */
  public static final String DECAY_MEM = Lif.DECAY_MEM;

  /** The per-neuron adaptation decay {@code rho = exp(-dt / tau_adapt)}. */
  public static final String DECAY_ADAPT = "decay_adapt";

  /** The per-neuron threshold rise per spike {@code beta_j}: {@code beta} or 0. */
  public static final String BETA = "beta";

  /** Default adaptation time constant, seconds: Bellec et al. 2018's 700 ms. */
  public static final double DEFAULT_TAU_ADAPT = 0.7;

  /**
   * Default threshold rise per spike: Bellec et al. 2018's {@code beta = 1.8} at a threshold of
   * 0.01 and {@code tau_adapt = 700 ms}, as a rise relative to the threshold ({@code 1.8 x 1/700 /
   * 0.01}), for {@code thr = 1}.
   */
  public static final double DEFAULT_BETA = 0.26;

  /**
   * Default share of adaptive neurons: all of them, as in Yin et al. 2021 ("Accurate and efficient
   * time-domain classification with adaptive spiking recurrent neural networks", Nat. Mach.
   * Intell.); Bellec et al. 2018 mix regular and adaptive neurons (about 0.4 to 0.5 adaptive).
   */
  public static final double DEFAULT_ADAPTIVE_SHARE = 1.0;

  /**
   * The ALIF constants, as the {@code model:} section gives them.
   *
   * @param tau membrane time constant, seconds, {@code > 0}
   * @param thr baseline threshold {@code thr}, {@code > 0}
   * @param dt time step of the decays, seconds, {@code > 0}
   * @param tauAdapt adaptation time constant, seconds, {@code > 0}
   * @param beta threshold rise per spike of an adaptive neuron, {@code >= 0}
   * @param adaptiveShare share of adaptive neurons, in {@code [0, 1]}
   * @param learnTau train {@code tau} and {@code tau_adapt} per neuron (each in {@code [dt, 10 s]})
   * @throws org.rewire.api.InvalidConfigException naming the offending key ({@code tau}, {@code
   *     thr}, {@code dt}, {@code tau_adapt}, {@code beta} or {@code adaptive_share})
   */
  public record Parameters(
      double tau,
      double thr,
      double dt,
      double tauAdapt,
      double beta,
      double adaptiveShare,
      boolean learnTau) {
    public Parameters {
      Require.positive("tau", tau);
      Require.positive("thr", thr);
      Require.positive("dt", dt);
      Require.positive("tau_adapt", tauAdapt);
      Require.nonNegative("beta", beta);
      Require.inRange("adaptive_share", adaptiveShare, 0.0, 1.0);
      if (learnTau) {
        NeuronParameter.requireLearnable("tau", tau, dt);
        NeuronParameter.requireLearnable("tau_adapt", tauAdapt, dt);
      }
    }

    /** Whether neuron {@code j} adapts: the adaptive ones spread evenly over the indices. */
    public boolean adaptive(int j) {
      return Math.floor((j + 1) * adaptiveShare) > Math.floor(j * adaptiveShare);
    }
  }

  public Alif {
    if (parameters == null || surrogate == null) {
      throw new IllegalArgumentException("ALIF needs parameters and a surrogate");
    }
  }

  /** ALIF from a config's neuron settings. */
  static Alif of(NeuronModels.Settings s) {
    return new Alif(
        new Parameters(
            s.tau(), s.thr(), s.dt(), s.tauAdapt(), s.beta(), s.adaptiveShare(), s.learnTau()),
        s.surrogate());
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
  public Alif withSurrogate(Surrogate s) {
    return new Alif(parameters, s);
  }

  @Override
  public NeuronParameters initialParameters(int neurons, RandomGenerator random) {
    Parameters p = parameters;
    float[] beta = new float[neurons];
    for (int j = 0; j < neurons; j++) {
      beta[j] = p.adaptive(j) ? (float) p.beta() : 0f;
    }
    return new NeuronParameters(
        neurons,
        List.of(
            NeuronParameter.decay(DECAY_MEM, p.tau(), p.dt(), p.learnTau(), neurons, random),
            NeuronParameter.decay(DECAY_ADAPT, p.tauAdapt(), p.dt(), p.learnTau(), neurons, random),
            new NeuronParameter(BETA, false, 0f, (float) p.beta(), beta)));
  }

  @Override
  public State newState(NeuronParameters parameters, int lanes) {
    return new State(this, parameters, lanes);
  }

  /**
   * ALIF neurons of one block: membrane potential {@code v} and adaptation {@code b}, the tapes of
   * {@code f(x_t)}, {@code b_t}, {@code z_t} (and {@code v_t} when the membrane decay is learned),
   * and the adjoints of {@code v} and {@code b}.
   */
  public static final class State extends NeuronState {
    private final NeuronParameter decayMem;
    private final NeuronParameter decayAdapt;
    private final NeuronParameter beta;
    private final float thr;
    private final Surrogate surrogate;
    private final float[] x;
    private final Tape derivative = new Tape();
    private final Tape adaptation = new Tape();
    private final Tape spikes = new Tape();
    private final Tape membrane = new Tape();
    private final Adjoint dv = new Adjoint();
    private final Adjoint db = new Adjoint();

    State(Alif model, NeuronParameters parameters, int lanes) {
      super(parameters, lanes, 2);
      this.decayMem = parameters.get(DECAY_MEM);
      this.decayAdapt = parameters.get(DECAY_ADAPT);
      this.beta = parameters.get(BETA);
      this.thr = (float) model.parameters().thr();
      this.surrogate = model.surrogate();
      this.x = new float[size];
    }

    @Override
    protected void reserveTape(int steps) {
      derivative.reserve(steps);
      adaptation.reserve(steps);
      spikes.reserve(steps);
      if (decayMem.trainable()) {
        membrane.reserve(steps);
      }
    }

    @Override
    public void forwardStep(int t, float[] current, float[] spike, int lanesInUse, boolean train) {
      float[] v = variable(0);
      float[] b = variable(1);
      float[] a = decayMem.valueArray();
      float[] rho = decayAdapt.valueArray();
      float[] bt = beta.valueArray();
      kernels().alifMembrane(v, b, x, a, rho, bt, current, spike, thr, neurons, lanes);
      if (train) {
        surrogate.derivative(kernels(), x, 0f, 0, size, derivative.array(), t * size);
        adaptation.record(t, b);
        if (decayMem.trainable()) {
          membrane.record(t, v);
        }
      }
      fire(x, 0f, spike, lanesInUse);
      if (train) {
        spikes.record(t, spike);
      }
    }

    @Override
    public void sparsifyDerivative(int t, float threshold, boolean[] exempt, boolean[] live) {
      sparsifyRecord(derivative.array(), t, threshold, exempt, live);
    }

    @Override
    public void startBackward() {
      dv.clear();
      db.clear();
    }

    @Override
    public void addSpikeFeedback(int t, float[] dz) {
      kernels()
          .alifFeedback(
              dz,
              thr,
              beta.valueArray(),
              adaptation.array(),
              t * size,
              dv.next(),
              db.next(),
              neurons,
              lanes);
    }

    @Override
    public float[] backwardStep(int t, float[] dz) {
      float[] dvc = dv.current();
      float[] dbc = db.current();
      kernels()
          .alifAdjoint(
              dz,
              derivative.array(),
              spikes.array(),
              t * size,
              decayMem.valueArray(),
              decayAdapt.valueArray(),
              beta.valueArray(),
              dv.next(),
              db.next(),
              dvc,
              dbc,
              neurons,
              lanes);
      if (t > 0) {
        int previous = (t - 1) * size;
        addDecayGradient(decayMem, dvc, membrane.array(), previous);
        addDecayGradient(decayAdapt, dbc, adaptation.array(), previous);
      }
      dv.advance();
      db.advance();
      return dvc;
    }
  }
}
