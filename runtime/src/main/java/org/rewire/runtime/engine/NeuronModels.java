package org.rewire.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rewire.api.InvalidConfigException;
import org.rewire.runtime.DidYouMean;

/**
 * The installed {@link NeuronModel}s by the name {@code model.neuron} gives them, with the {@code
 * model:} keys only that model reads. Adding a model is one file (its parameters record, state,
 * forward and backward step) and one line here; the engine tests then run the scalar reference and
 * finite-difference checks on it too.
 */
public final class NeuronModels {
  /** The model a config gets when it names none. */
  public static final String DEFAULT = Lif.NAME;

  /** The {@code model:} keys every model reads. */
  public static final List<String> COMMON_KEYS = List.of("tau", "thr", "dt", "learn_tau");

  private record Entry(Function<Settings, NeuronModel> factory, List<String> keys) {}

  private static final Map<String, Entry> MODELS = installed();

  private NeuronModels() {}

  private static Map<String, Entry> installed() {
    Map<String, Entry> models = new LinkedHashMap<>();
    models.put(Lif.NAME, new Entry(Lif::of, List.of()));
    models.put(Alif.NAME, new Entry(Alif::of, List.of("tau_adapt", "beta", "adaptive_share")));
    models.put(CubaLif.NAME, new Entry(CubaLif::of, List.of("tau_syn")));
    return models;
  }

  /**
   * The neuron values of a config's {@code model:} section; each model takes the ones it uses and
   * checks them.
   *
   * @param tau membrane time constant, seconds
   * @param thr firing threshold (ALIF: its baseline)
   * @param dt time step of the decays, seconds
   * @param surrogate the pseudo-derivative of the spike function
   * @param learnTau train the model's time constants per neuron
   * @param tauSyn synaptic time constant, seconds ({@code cuba-lif})
   * @param tauAdapt adaptation time constant, seconds ({@code alif})
   * @param beta threshold rise per spike ({@code alif})
   * @param adaptiveShare share of adaptive neurons ({@code alif})
   */
  public record Settings(
      double tau,
      double thr,
      double dt,
      Surrogate surrogate,
      boolean learnTau,
      double tauSyn,
      double tauAdapt,
      double beta,
      double adaptiveShare) {

    /** Fixed time constants; the other models' constants at their defaults. */
    public Settings(double tau, double thr, double dt, Surrogate surrogate) {
      this(
          tau,
          thr,
          dt,
          surrogate,
          false,
          CubaLif.DEFAULT_TAU_SYN,
          Alif.DEFAULT_TAU_ADAPT,
          Alif.DEFAULT_BETA,
          Alif.DEFAULT_ADAPTIVE_SHARE);
    }

    /** These settings with the time constants learned or not. */
    public Settings withLearnTau(boolean learn) {
      return new Settings(tau, thr, dt, surrogate, learn, tauSyn, tauAdapt, beta, adaptiveShare);
    }
  }

  /** The installed names, the default first. */
  public static List<String> names() {
    return List.copyOf(MODELS.keySet());
  }

  /**
   * {@code name} if it is installed.
   *
   * @throws InvalidConfigException naming field {@code neuron} and listing the installed names
   */
  public static String requireInstalled(String name) {
    if (!MODELS.containsKey(name)) {
      throw new InvalidConfigException(
          "neuron",
          "unknown neuron model '"
              + name
              + "'"
              + DidYouMean.hint(names(), name)
              + "; installed: "
              + String.join(", ", names()));
    }
    return name;
  }

  /**
   * The {@code model:} keys only model {@code name} reads, beyond {@link #COMMON_KEYS}.
   *
   * @throws InvalidConfigException for an unknown name (field {@code neuron})
   */
  public static List<String> keysOf(String name) {
    return MODELS.get(requireInstalled(name)).keys();
  }

  /**
   * Checks that {@code key}, set in a {@code model:} section choosing model {@code name}, is one
   * that model reads.
   *
   * @throws InvalidConfigException naming field {@code key}, the models it belongs to and {@code
   *     name}'s own keys
   */
  public static void requireKeyOf(String name, String key) {
    if (COMMON_KEYS.contains(key) || keysOf(name).contains(key)) {
      return;
    }
    List<String> owners = new ArrayList<>();
    MODELS.forEach(
        (model, entry) -> {
          if (entry.keys().contains(key)) {
            owners.add(model);
          }
        });
    List<String> own = keysOf(name);
    throw new InvalidConfigException(
        key,
        "'"
            + key
            + "' is a parameter of neuron model "
            + String.join(", ", owners)
            + ", not of '"
            + name
            + "' (model.neuron); "
            + name
            + " takes "
            + (own.isEmpty() ? "only the common keys" : String.join(", ", own))
            + " besides "
            + String.join(", ", COMMON_KEYS));
  }

  /**
   * The model called {@code name} with its parameters taken from {@code settings}.
   *
   * @throws InvalidConfigException for an unknown name (field {@code neuron}) or a parameter the
   *     model refuses (its field, such as {@code tau})
   */
  public static NeuronModel create(String name, Settings settings) {
    return MODELS.get(requireInstalled(name)).factory().apply(settings);
  }
}
