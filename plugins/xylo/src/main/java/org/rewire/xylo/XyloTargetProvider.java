package org.rewire.xylo;

import java.util.Map;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.InvalidConfigException;

/**
 * Provides {@link XyloTarget} for {@code target: {type: xylo-class, ...}}. When {@code outputs} is
 * not set, the chip reads out one neuron per class of the dataset (8 if no dataset is known).
 */
public final class XyloTargetProvider implements HardwareTargetProvider<XyloConfig> {
  /** The YAML type. */
  public static final String TYPE = "xylo-class";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Class<XyloConfig> configType() {
    return XyloConfig.class;
  }

  /**
   * @throws InvalidConfigException at {@code outputs} when the dataset has more classes than the
   *     chip's 8 output neurons
   */
  @Override
  public HardwareTarget create(XyloConfig config, BuildContext context) {
    if (config.outputs() != null) {
      return new XyloTarget(config, config.outputs());
    }
    int classes = context.classes().orElse(XyloLimits.OUTPUTS);
    if (classes > XyloLimits.OUTPUTS) {
      throw new InvalidConfigException(
          "outputs",
          "the dataset has "
              + classes
              + " classes; a Xylo-class chip reads out at most "
              + XyloLimits.OUTPUTS
              + " output neurons (a dataset can keep fewer classes: shd's keep_classes)");
    }
    return new XyloTarget(config, classes);
  }

  /** {@code outputs}, when the config left it to the dataset's classes. */
  @Override
  public Map<String, Object> derivedSettings(
      XyloConfig config, HardwareTarget target, BuildContext context) {
    return config.outputs() != null
        ? Map.of()
        : Map.of("outputs", target.layout().outputNeurons().length);
  }

  @Override
  public String description() {
    return "Xylo-class chip (XyloAudio 2 limits): design rules, 8-bit weights, memory in bits";
  }
}
