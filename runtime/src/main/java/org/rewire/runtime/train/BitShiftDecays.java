package org.rewire.runtime.train;

import java.util.Locale;
import java.util.Map;
import org.rewire.api.NeuronModelSpec;
import org.rewire.api.ParameterQuantization;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentFileException;
import org.rewire.runtime.config.ModelConfig;

/**
 * The time constants a chip stores as decay bit shifts ({@link
 * ParameterQuantization.Form#BIT_SHIFT}: {@code tau = dt * 2^k}, {@code k} in the stated range, as
 * Xylo's "dash"): each set in the experiment must be one of them, and a time constant the chip
 * stores that way cannot be learned per neuron. A setting that breaks this stops the run before any
 * training, at its key, naming the nearest time constants the chip has.
 */
final class BitShiftDecays {
  private static final double TOLERANCE = 1e-9;

  private BitShiftDecays() {}

  /**
   * @throws ExperimentFileException at {@code model.learn_tau} or the time constant's key
   */
  static void check(Experiment e, String target, NeuronModelSpec spec) {
    ModelConfig m = e.model();
    for (Map.Entry<String, ParameterQuantization> p : spec.parameters().entrySet()) {
      if (p.getValue().form() != ParameterQuantization.Form.BIT_SHIFT) {
        continue;
      }
      Double tau = value(m, p.getKey());
      if (tau == null) {
        continue;
      }
      if (m.learnTau()) {
        throw new ExperimentFileException(
            e.locate("model", "learn_tau"),
            "model.learn_tau",
            "target '"
                + target
                + "' stores "
                + p.getKey()
                + " as a decay bit shift per neuron; learned time constants are not such shifts:"
                + " set learn_tau: false");
      }
      fit(e, target, p.getKey(), tau, m.dt(), p.getValue());
    }
  }

  private static Double value(ModelConfig m, String key) {
    return switch (key) {
      case "tau" -> m.tau();
      case "tau_syn" -> m.tauSyn();
      case "tau_adapt" -> m.tauAdapt();
      default -> null;
    };
  }

  private static void fit(
      Experiment e, String target, String key, double tau, double dt, ParameterQuantization q) {
    double k = Math.log(tau / dt) / Math.log(2);
    long nearest = Math.max(q.min(), Math.min(q.max(), Math.round(k)));
    if (Math.abs(dt * Math.pow(2, nearest) - tau) <= TOLERANCE * tau) {
      return;
    }
    long below = Math.max(q.min(), Math.min(q.max(), (long) Math.floor(k)));
    long above = Math.max(q.min(), Math.min(q.max(), (long) Math.ceil(k)));
    throw new ExperimentFileException(
        e.locate("model", key),
        "model." + key,
        String.format(
            Locale.ROOT,
            "target '%s' stores %s as a decay bit shift: tau = dt * 2^k with k %d-%d (dt %s);"
                + " %s is not one (nearest: %s, k %d%s)",
            target,
            key,
            q.min(),
            q.max(),
            dt,
            tau,
            (float) (dt * Math.pow(2, below)),
            below,
            above == below
                ? ""
                : String.format(
                    Locale.ROOT, "; %s, k %d", (float) (dt * Math.pow(2, above)), above)));
  }
}
