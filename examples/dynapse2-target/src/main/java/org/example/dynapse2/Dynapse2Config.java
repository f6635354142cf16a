package org.example.dynapse2;

import org.rewire.api.Require;

/**
 * The {@code target:} section of type {@code dynapse2}. Keys are the components in snake_case; a
 * key left out is {@code null} here and takes its default, the published DYNAP-SE2 figure (Rockpool's
 * DYNAP-SE2 defaults: 4 cores of 256 neurons per chip, 64 CAM entries and 4 SRAM entries per neuron,
 * 2048 tags per chip). Smaller values model a smaller chip, for tests.
 *
 * @param chips chips on the board, 1 to 4, default 1; each holds 4 cores
 * @param coreSize neurons per core, default 256
 * @param inputs input neurons, the first neurons of core 0 (one per input channel), default 64
 * @param fanIn CAM entries per neuron: most incoming synapses of one neuron, default 64
 * @param fanOutCores SRAM entries per neuron: most cores one neuron's synapses reach (its own
 *     included), default 4
 * @param tags tags per chip: most presynaptic neurons with a synapse onto the chip, default 2048
 * @throws org.rewire.api.InvalidConfigException naming the key, if a value is out of range
 */
public record Dynapse2Config(
    Integer chips,
    Integer coreSize,
    Integer inputs,
    Integer fanIn,
    Integer fanOutCores,
    Integer tags) {

  /** Cores on one chip. */
  public static final int CORES_PER_CHIP = 4;

  public Dynapse2Config {
    chips = Require.inRange("chips", Require.orDefault(chips, 1), 1, 4);
    coreSize = Require.positive("core_size", Require.orDefault(coreSize, 256));
    inputs = Require.positive("inputs", Require.orDefault(inputs, 64));
    fanIn = Require.nonNegative("fan_in", Require.orDefault(fanIn, 64));
    fanOutCores = Require.nonNegative("fan_out_cores", Require.orDefault(fanOutCores, 4));
    tags = Require.nonNegative("tags", Require.orDefault(tags, 2048));
  }

  /** Cores on the board. */
  public int cores() {
    return chips * CORES_PER_CHIP;
  }

  /** Neurons on the board. */
  public int neurons() {
    return cores() * coreSize;
  }
}
