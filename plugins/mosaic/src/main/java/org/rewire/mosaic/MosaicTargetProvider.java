package org.rewire.mosaic;

import java.util.Map;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;

/**
 * Provides {@link MosaicTarget} for {@code target: {type: mosaic, ...}}. When {@code outputs} is
 * not set, the chip reads out one neuron per class of the dataset (20 if no dataset is known).
 */
public final class MosaicTargetProvider implements HardwareTargetProvider<MosaicConfig> {
  /** The YAML type. */
  public static final String TYPE = "mosaic";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Class<MosaicConfig> configType() {
    return MosaicConfig.class;
  }

  @Override
  public HardwareTarget create(MosaicConfig config, BuildContext context) {
    int outputs =
        config.outputs() != null
            ? config.outputs()
            : context.classes().orElse(MosaicConfig.DEFAULT_OUTPUTS);
    return new MosaicTarget(config, outputs);
  }

  /** {@code outputs}, when the config left it to the dataset's classes. */
  @Override
  public Map<String, Object> derivedSettings(
      MosaicConfig config, HardwareTarget target, BuildContext context) {
    return config.outputs() != null
        ? Map.of()
        : Map.of("outputs", target.layout().outputNeurons().length);
  }

  @Override
  public String description() {
    return "Mosaic chip: tile grid, hop distance, 1-turn routing, memory count, proxy";
  }
}
