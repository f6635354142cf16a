package ${package};

import org.rewire.api.Require;

/**
 * The {@code target:} section of type {@code ${type}}. Keys are the components in snake_case
 * ({@code core_size}); a key left out is {@code null} here and takes its default. Replace these with
 * your chip's settings; keep the defaults your chip's published figures.
 *
 * @param cores cores on the chip, default 4
 * @param coreSize neurons per core, default 64
 * @param inputs input neurons, the first neurons of core 0 (one per input channel), default 16
 * @param fanIn most incoming synapses of one neuron, default 32
 * @param coreSources most presynaptic neurons on other cores with a synapse into one core (its
 *     source table's entries), default 64
 * @throws org.rewire.api.InvalidConfigException naming the key, if a value is out of range
 */
public record ${className}Config(
    Integer cores, Integer coreSize, Integer inputs, Integer fanIn, Integer coreSources) {
  public ${className}Config {
    cores = Require.positive("cores", Require.orDefault(cores, 4));
    coreSize = Require.positive("core_size", Require.orDefault(coreSize, 64));
    inputs = Require.positive("inputs", Require.orDefault(inputs, 16));
    fanIn = Require.nonNegative("fan_in", Require.orDefault(fanIn, 32));
    coreSources = Require.nonNegative("core_sources", Require.orDefault(coreSources, 64));
  }

  /** Neurons on the chip. */
  public int neurons() {
    return cores * coreSize;
  }
}
