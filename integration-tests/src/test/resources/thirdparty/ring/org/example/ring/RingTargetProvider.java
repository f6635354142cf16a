package org.example.ring;

import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.InvalidConfigException;

/** A third-party hardware target: cores on a ring, distance = steps around it. */
public final class RingTargetProvider implements HardwareTargetProvider<RingConfig> {
  @Override
  public String type() {
    return "ring";
  }

  @Override
  public Class<RingConfig> configType() {
    return RingConfig.class;
  }

  @Override
  public HardwareTarget create(RingConfig config, BuildContext context) {
    int outputs = context.classes().orElse(2);
    if (outputs > config.cores() * config.coreSize()) {
      throw new InvalidConfigException("cores", "too few neurons for " + outputs + " outputs");
    }
    return new RingTarget(config, outputs);
  }

  @Override
  public String description() {
    return "example third-party chip: cores on a ring";
  }
}
