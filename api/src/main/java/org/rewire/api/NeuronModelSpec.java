package org.rewire.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A neuron model a chip runs, by the name the experiment's {@code model.neuron} uses ({@code lif},
 * {@code cuba-lif}, {@code alif}), with how the chip stores its parameters.
 *
 * @param name the model's name, lower-case kebab-case as in {@code model.neuron}
 * @param parameters parameter name (as in the model section: {@code tau}, {@code tau_syn}, {@code
 *     thr}) to its quantization on the chip; a parameter not listed is stored as a float
 * @since api 0.2.0
 */
public record NeuronModelSpec(String name, Map<String, ParameterQuantization> parameters) {
  /**
   * @throws IllegalArgumentException if the name is blank
   */
  public NeuronModelSpec {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a neuron model needs a name");
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A model whose parameters the chip stores as floats. */
  public static NeuronModelSpec of(String name) {
    return new NeuronModelSpec(name, Map.of());
  }
}
