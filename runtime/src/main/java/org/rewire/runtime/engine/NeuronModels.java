package org.rewire.runtime.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rewire.api.InvalidConfigException;

/**
 * The installed {@link NeuronModel}s by the name {@code model.neuron} gives them. Adding a model is
 * one file (its parameters record, state, forward and backward step) and one line here; the engine
 * tests then run the scalar reference and finite-difference checks on it too.
 */
public final class NeuronModels {
  /** The model a config gets when it names none. */
  public static final String DEFAULT = Lif.NAME;

  private static final Map<String, Function<Settings, NeuronModel>> MODELS = installed();

  private NeuronModels() {}

  private static Map<String, Function<Settings, NeuronModel>> installed() {
    Map<String, Function<Settings, NeuronModel>> models = new LinkedHashMap<>();
    models.put(Lif.NAME, Lif::of);
    return models;
  }

  /**
   * The neuron values of a config's {@code model:} section; each model takes the ones it uses.
   *
   * @param tau membrane time constant, seconds
   * @param thr firing threshold
   * @param dt time step of the decay, seconds
   * @param surrogate the pseudo-derivative of the spike function
   */
  public record Settings(double tau, double thr, double dt, Surrogate surrogate) {}

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
          "unknown neuron model '" + name + "'; installed: " + String.join(", ", names()));
    }
    return name;
  }

  /**
   * The model called {@code name} with its parameters taken from {@code settings}.
   *
   * @throws InvalidConfigException for an unknown name (field {@code neuron}) or a parameter the
   *     model refuses (its field, such as {@code tau})
   */
  public static NeuronModel create(String name, Settings settings) {
    return MODELS.get(requireInstalled(name)).apply(settings);
  }
}
