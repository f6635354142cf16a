package org.rewire.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chip allows, stated in terms any sparsifier can hold without knowing the chip: neurons per
 * role, per-neuron and per-core caps on synapses, the precision of each kind of weight and the
 * neuron models it runs. Everything else a chip limits (router ports, memory of a given size) is
 * checked by {@link HardwareTarget#map}, whose violations name the synapses to remove.
 *
 * <p>The synapses the model never has are not a chip's constraint: {@link StructuralRules} states
 * them for every target.
 *
 * <p>A target whose config sets a cap names the config key after the cap ({@code fan_out}, {@code
 * fan_out_cores}, {@code fan_in}, {@code fan_in_cores}, {@code core_sources}, {@code outputs}), so
 * the runtime can point at it when the cap makes an experiment impossible (a cap of 0, a budget the
 * caps cannot admit). Immutable.
 *
 * @param neurons the most neurons of each role the chip holds
 * @param perNeuron caps on each neuron's synapses
 * @param perCore caps on what each core receives from other cores
 * @param weights the stored precision per weight kind; a kind not listed is stored as a float
 * @param neuronModels the neuron models the chip runs; empty when the target does not say (then any
 *     model is accepted)
 * @since api 0.2.0
 */
public record ChipConstraints(
    NeuronCounts neurons,
    NeuronLimits perNeuron,
    CoreLimits perCore,
    Map<WeightKind, WeightPrecision> weights,
    List<NeuronModelSpec> neuronModels) {

  public ChipConstraints {
    Objects.requireNonNull(neurons, "neurons");
    Objects.requireNonNull(perNeuron, "perNeuron");
    Objects.requireNonNull(perCore, "perCore");
    EnumMap<WeightKind, WeightPrecision> w = new EnumMap<>(WeightKind.class);
    w.putAll(weights);
    weights = Collections.unmodifiableMap(w);
    neuronModels = List.copyOf(neuronModels);
  }

  /**
   * What every chip allows unless its target says more: the neuron counts of {@code layout}, no
   * caps, float weights, any neuron model.
   */
  public static ChipConstraints of(Layout layout) {
    return new ChipConstraints(
        NeuronCounts.of(layout), NeuronLimits.NONE, CoreLimits.NONE, Map.of(), List.of());
  }

  /** These constraints with other neuron counts. */
  public ChipConstraints withNeurons(NeuronCounts counts) {
    return new ChipConstraints(counts, perNeuron, perCore, weights, neuronModels);
  }

  /** These constraints with other per-neuron caps. */
  public ChipConstraints withPerNeuron(NeuronLimits limits) {
    return new ChipConstraints(neurons, limits, perCore, weights, neuronModels);
  }

  /** These constraints with other per-core caps. */
  public ChipConstraints withPerCore(CoreLimits limits) {
    return new ChipConstraints(neurons, perNeuron, limits, weights, neuronModels);
  }

  /** These constraints with {@code kind} stored at {@code precision}. */
  public ChipConstraints withWeights(WeightKind kind, WeightPrecision precision) {
    EnumMap<WeightKind, WeightPrecision> w = new EnumMap<>(WeightKind.class);
    w.putAll(weights);
    w.put(kind, precision);
    return new ChipConstraints(neurons, perNeuron, perCore, w, neuronModels);
  }

  /** These constraints with the chip running exactly {@code models}. */
  public ChipConstraints withNeuronModels(List<NeuronModelSpec> models) {
    return new ChipConstraints(neurons, perNeuron, perCore, weights, models);
  }

  /** The precision of {@code kind}; empty when the chip stores it as a float. */
  public Optional<WeightPrecision> precision(WeightKind kind) {
    return Optional.ofNullable(weights.get(kind));
  }

  /**
   * The model called {@code name} when the chip runs it; empty when it does not. When the target
   * states no models, any name is run, without quantized parameters.
   */
  public Optional<NeuronModelSpec> neuronModel(String name) {
    if (neuronModels.isEmpty()) {
      return Optional.of(NeuronModelSpec.of(name));
    }
    return neuronModels.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The names of the models the chip runs, in the order stated; empty when not stated. */
  public List<String> neuronModelNames() {
    return neuronModels.stream().map(NeuronModelSpec::name).toList();
  }

  /**
   * Where {@code layout} breaks these constraints, one sentence each: more neurons of a role than
   * the chip holds. Empty when the layout fits; a target's own layout always does.
   */
  public List<String> conflictsWith(Layout layout) {
    NeuronCounts has = NeuronCounts.of(layout);
    List<String> found = new ArrayList<>();
    conflict(found, "input", has.inputs(), neurons.inputs());
    conflict(found, "hidden", has.hidden(), neurons.hidden());
    conflict(found, "output", has.outputs(), neurons.outputs());
    return found;
  }

  private static void conflict(List<String> found, String role, int has, int most) {
    if (has > most) {
      found.add("the layout has " + has + " " + role + " neurons; the chip holds at most " + most);
    }
  }
}
