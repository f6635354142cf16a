package org.rewire.testkit;

import java.util.List;
import java.util.Map;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * Builds {@link CappedGridTarget} for {@code target: {type: capped-grid, ...}}. Not registered in
 * the kit's {@code META-INF/services} (a kit on a vendor's test class path must not add targets): a
 * test that wants it from YAML lists it in its own test resources.
 */
public final class CappedGridTargetProvider
    implements HardwareTargetProvider<CappedGridTargetProvider.Config> {
  /** The YAML type. */
  public static final String TYPE = "capped-grid";

  /**
   * The {@code capped-grid} section; defaults are the chip of issue 16's walk-through.
   *
   * @param cores cores, default 4 (a 2 x 2 grid)
   * @param coreSize neurons per core, default 64
   * @param inputs input neurons, the first ones (default 64, the first core)
   * @param outputs output neurons, the last ones (default: the dataset's classes, else 2)
   * @param fanOut most outgoing synapses per neuron (default 16); 0 is accepted here so that the
   *     runtime's check of impossible caps can be tested
   * @param coreSources most distinct neurons of other cores a core receives from (default 128)
   * @param neuronModels the neuron models the chip runs (default {@code [lif]})
   */
  public record Config(
      Integer cores,
      Integer coreSize,
      Integer inputs,
      Integer outputs,
      Integer fanOut,
      Integer coreSources,
      List<String> neuronModels) {
    public Config {
      cores = Require.positive("cores", Require.orDefault(cores, 4));
      coreSize = Require.positive("core_size", Require.orDefault(coreSize, 64));
      inputs = Require.positive("inputs", Require.orDefault(inputs, 64));
      if (outputs != null) {
        Require.positive("outputs", outputs);
      }
      fanOut = Require.nonNegative("fan_out", Require.orDefault(fanOut, 16));
      coreSources = Require.nonNegative("core_sources", Require.orDefault(coreSources, 128));
      neuronModels = List.copyOf(Require.orDefault(neuronModels, List.of("lif")));
      if (neuronModels.isEmpty()) {
        throw new InvalidConfigException("neuron_models", "name at least one neuron model");
      }
    }
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public HardwareTarget create(Config c, BuildContext context) {
    int outputs = c.outputs() != null ? c.outputs() : context.classes().orElse(2);
    int n = c.cores() * c.coreSize();
    if (c.inputs() + outputs > n) {
      throw new InvalidConfigException(
          c.outputs() != null ? "outputs" : "inputs",
          c.inputs() + " inputs and " + outputs + " outputs do not fit the " + n + " neurons");
    }
    return new CappedGridTarget(
        c.cores(),
        c.coreSize(),
        c.inputs(),
        outputs,
        c.fanOut(),
        c.coreSources(),
        c.neuronModels());
  }

  @Override
  public Map<String, Object> derivedSettings(
      Config config, HardwareTarget target, BuildContext context) {
    return config.outputs() != null
        ? Map.of()
        : Map.of("outputs", target.layout().outputNeurons().length);
  }

  @Override
  public String description() {
    return "test chip: cores with per-neuron fan-out and per-core source-table caps, no hops";
  }
}
