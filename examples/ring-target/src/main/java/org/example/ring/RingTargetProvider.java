package org.example.ring;

import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.InvalidConfigException;

/**
 * The {@code ring} target's factory, registered in {@code
 * META-INF/services/org.rewire.api.HardwareTargetProvider}: Rewire finds it there whether the jar
 * sits on the class path or in a PF4J plugin archive.
 */
public final class RingTargetProvider implements HardwareTargetProvider<RingConfig> {
  @Override
  public String type() {
    return "ring";
  }

  @Override
  public Class<RingConfig> configType() {
    return RingConfig.class;
  }

  /**
   * A ring with as many output neurons as the dataset has classes (2 when it is not known yet).
   *
   * @throws InvalidConfigException naming {@code cores} if the ring is too small for its inputs
   *     (the first core) and outputs (the last neurons) apart
   */
  @Override
  public HardwareTarget create(RingConfig config, BuildContext context) {
    int outputs = context.classes().orElse(2);
    int neurons = config.cores() * config.coreSize();
    if (outputs > neurons - config.coreSize()) {
      throw new InvalidConfigException(
          "cores",
          config.cores()
              + " cores of "
              + config.coreSize()
              + " neurons leave "
              + (neurons - config.coreSize())
              + " neurons after the input core; "
              + outputs
              + " outputs need more");
    }
    return new RingTarget(config, outputs);
  }

  @Override
  public String description() {
    return "example third-party chip: cores on a ring";
  }
}
