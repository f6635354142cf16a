package org.rewire.runtime.nir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.rewire.api.Connectivity;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.engine.CubaLif;
import org.rewire.runtime.engine.InputProjection;
import org.rewire.runtime.engine.Lif;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.NeuronModel;
import org.rewire.runtime.engine.NeuronParameters;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.engine.Surrogate;
import org.rewire.runtime.engine.SynapseStore;

/**
 * A {@link NirPopulation} placed on a target's layout, as Rewire's engine runs it. Each neuron
 * {@code j}'s continuous-time parameters become a decay per step of {@code dt} and an input gain
 * {@code g_j} ({@link Discretization}); the engine adds its synaptic input with gain 1 and one
 * threshold {@code thr} (the first neuron's), so every weight into neuron {@code j} is multiplied
 * by {@code g_j thr / v_threshold_j}, which leaves the spikes as they were (the membrane of neuron
 * {@code j} is scaled by {@code thr / v_threshold_j}). A Rewire export has {@code g_j = 1} to
 * within 1e-9 and one threshold, and then its weights are taken unchanged, bit for bit.
 *
 * <p>Refused, with one line naming the file and the node: a leak potential other than 0 (a bias
 * current Rewire's neurons do not have), a time constant that is not positive (or, for Euler, below
 * {@code dt}), a threshold that is not positive, a readout whose neurons are not placed on the
 * target's output neurons in class order, or another number of outputs than the target reads.
 */
public final class NetworkImport {
  /** Gains this close to 1 are taken as 1, so a Rewire export's weights are not touched. */
  static final double UNIT_GAIN_TOLERANCE = 1e-9;

  private NetworkImport() {}

  /**
   * The network of {@code p} on {@code layout}.
   *
   * @param file the NIR file, named in messages
   * @param place layout neuron of each of the population's neurons ({@link Placement})
   * @param channels the input channels the experiment's binning produces; must be the file's
   * @param dt the time step, seconds
   * @param surrogate the surrogate of the model (unused by evaluation, required by the model)
   * @throws UserInputException for a population the engine cannot run as the file defines it
   */
  public static SpikingNetwork network(
      Path file,
      NirPopulation p,
      Layout layout,
      int[] place,
      Discretization discretization,
      double dt,
      Surrogate surrogate) {
    int n = p.neurons();
    int total = layout.neurons();
    double[] gain = new double[n];
    float[] decayMem = new float[n];
    float[] decaySyn = p.tauSyn() == null ? null : new float[n];
    double thr = p.vThreshold()[0];
    for (int j = 0; j < n; j++) {
      requireZero(file, p, "v_leak", p.vLeak(), j);
      double tau =
          requireTau(
              file,
              p,
              p.tauSyn() == null ? "tau" : "tau_mem",
              p.tauMem()[j],
              j,
              discretization,
              dt);
      double vThr = p.vThreshold()[j];
      if (!(vThr > 0)) {
        throw problem(file, p, "v_threshold[" + j + "] = " + vThr + "; expected > 0");
      }
      decayMem[j] = (float) discretization.decay(tau, dt);
      double g = p.r()[j] * discretization.inflow(tau, dt) * thr / vThr;
      if (decaySyn != null) {
        double tauSyn = requireTau(file, p, "tau_syn", p.tauSyn()[j], j, discretization, dt);
        decaySyn[j] = (float) discretization.decay(tauSyn, dt);
        g *= p.wIn()[j];
      }
      gain[j] = Math.abs(g - 1) <= UNIT_GAIN_TOLERANCE ? 1 : g;
    }
    NeuronModel model =
        decaySyn == null
            ? new Lif(new Lif.Parameters(p.tauMem()[0], thr, dt), surrogate)
            : new CubaLif(
                new CubaLif.Parameters(p.tauMem()[0], p.tauSyn()[0], thr, dt, false), surrogate);
    NeuronParameters parameters = model.initialParameters(total, new SplittableRandom(0));
    spread(parameters.get(Lif.DECAY_MEM).valueArray(), decayMem, place);
    if (decaySyn != null) {
      spread(parameters.get(CubaLif.DECAY_SYN).valueArray(), decaySyn, place);
    }
    requireReadout(file, p, layout, place);
    NetworkSpec spec =
        new NetworkSpec(layout, p.channels(), InputProjection.DENSE, model, 0, 0, 0, 0);
    SynapseStore input = store(p.channels(), total, place, n, gain, p::inputWeight, true);
    SynapseStore recurrent = store(total, total, place, n, gain, p::recurrentWeight, false);
    return SpikingNetwork.of(spec, input, recurrent, parameters);
  }

  /**
   * The recurrent synapses of {@code p} with a non-zero weight, placed on {@code layout}: the
   * network a chip holds.
   */
  public static Connectivity connectivity(NirPopulation p, Layout layout, int[] place) {
    Connectivity.Builder b = new Connectivity.Builder(layout.neurons());
    int n = p.neurons();
    for (int pre = 0; pre < n; pre++) {
      for (int post = 0; post < n; post++) {
        if (p.recurrentWeight(post, pre) != 0) {
          b.add(place[pre], place[post]);
        }
      }
    }
    return b.build();
  }

  /**
   * The input weights of {@code p} placed on a target by {@code place} (NIR neuron {@code j} on the
   * target's neuron {@code place[j]}), read only: the projection a chip stores beside {@link
   * #connectivity}.
   */
  public static InputWeights inputWeights(NirPopulation p, int[] place) {
    return new PlacedInputWeights(p, place);
  }

  private static void spread(float[] target, float[] values, int[] place) {
    for (int j = 0; j < place.length; j++) {
      target[place[j]] = values[j];
    }
  }

  @FunctionalInterface
  private interface Weights {
    float at(int post, int pre);
  }

  /**
   * A store whose row {@code r} (a channel when {@code channelRows}, else the layout neuron of a
   * presynaptic neuron) holds the placed postsynaptic neurons with a non-zero weight, ascending,
   * each weight times its neuron's gain.
   */
  private static SynapseStore store(
      int rows, int columns, int[] place, int n, double[] gain, Weights w, boolean channelRows) {
    int[] neuronAt = new int[columns];
    Arrays.fill(neuronAt, -1);
    for (int j = 0; j < n; j++) {
      neuronAt[place[j]] = j;
    }
    int[] rowStart = new int[rows + 1];
    List<Integer> targets = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int source = channelRows ? r : neuronAt[r];
      if (source >= 0) {
        for (int col = 0; col < columns; col++) {
          int post = neuronAt[col];
          if (post < 0) {
            continue;
          }
          float v = w.at(post, source);
          if (v != 0) {
            targets.add(col);
            weights.add(gain[post] == 1 ? v : (float) (v * gain[post]));
          }
        }
      }
      rowStart[r + 1] = targets.size();
    }
    SynapseStore store =
        SynapseStore.ofRows(
            rows, columns, rowStart, targets.stream().mapToInt(Integer::intValue).toArray());
    float[] slots = store.weightArray();
    int k = 0;
    for (int r = 0; r < rows; r++) {
      int s = store.rowStart(r);
      for (int i = 0; i < store.rowLength(r); i++) {
        slots[s + i] = weights.get(k++);
      }
    }
    return store;
  }

  /**
   * Refuses a placement that puts the graph's readout neurons anywhere but the target's output
   * neurons in class order (the target reads class {@code k} from {@code
   * layout.outputNeurons()[k]}).
   *
   * @throws UserInputException naming {@code file}, the output and both neurons
   */
  public static void requireReadout(Path file, NirPopulation p, Layout layout, int[] place) {
    int[] outputs = layout.outputNeurons();
    if (p.readout() == null) {
      return;
    }
    if (p.readout().length != outputs.length) {
      throw problem(
          file,
          p,
          "the graph reads out "
              + p.readout().length
              + " outputs; the target reads "
              + outputs.length
              + " (one per class)");
    }
    for (int k = 0; k < outputs.length; k++) {
      int placed = place[p.readout()[k]];
      if (placed != outputs[k]) {
        throw problem(
            file,
            p,
            "output "
                + k
                + " reads neuron "
                + p.readout()[k]
                + ", placed on the target's neuron "
                + placed
                + ", but the target reads class "
                + k
                + " from neuron "
                + outputs[k]
                + "; place the readout neurons on the target's output neurons (--placement)");
      }
    }
  }

  private static void requireZero(Path file, NirPopulation p, String field, double[] v, int j) {
    if (v[j] != 0) {
      throw problem(
          file,
          p,
          field
              + "["
              + j
              + "] = "
              + v[j]
              + "; Rewire's neurons leak towards 0 (a non-zero leak"
              + " potential is a bias current they do not have)");
    }
  }

  private static double requireTau(
      Path file,
      NirPopulation p,
      String field,
      double tau,
      int j,
      Discretization discretization,
      double dt) {
    if (!(tau > 0)) {
      throw problem(file, p, field + "[" + j + "] = " + tau + "; expected a time constant > 0");
    }
    if (discretization == Discretization.EULER && tau < dt) {
      throw problem(
          file,
          p,
          field
              + "["
              + j
              + "] = "
              + tau
              + " s is below dt = "
              + dt
              + " s; a forward-Euler step needs tau >= dt");
    }
    return tau;
  }

  private static UserInputException problem(Path file, NirPopulation p, String message) {
    return new UserInputException(
        file + ": node '" + p.node() + "' (" + p.model().nirType() + "): " + message);
  }
}
