package org.example.dynapse2;

import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.InvalidConfigException;

/**
 * The {@code dynapse2} target's factory, registered in {@code
 * META-INF/services/org.rewire.api.HardwareTargetProvider}: Rewire finds it there whether the jar
 * sits on the class path or in a PF4J plugin archive.
 */
public final class Dynapse2TargetProvider implements HardwareTargetProvider<Dynapse2Config> {
  @Override
  public String type() {
    return "dynapse2";
  }

  @Override
  public Class<Dynapse2Config> configType() {
    return Dynapse2Config.class;
  }

  /**
   * A board with as many output neurons as the dataset has classes (2 when it is not known yet).
   *
   * @throws InvalidConfigException naming {@code inputs} if the input and output neurons do not fit
   *     the board apart
   */
  @Override
  public HardwareTarget create(Dynapse2Config config, BuildContext context) {
    int outputs = context.classes().orElse(2);
    if (config.inputs() + outputs > config.neurons()) {
      throw new InvalidConfigException(
          "inputs",
          config.inputs()
              + " input and "
              + outputs
              + " output neurons do not fit "
              + config.chips()
              + " chip(s) of "
              + config.neurons()
              + " neurons");
    }
    return new Dynapse2Target(config, outputs);
  }

  @Override
  public String description() {
    return "example third-party chip: DYNAP-SE2-class (CAM fan-in, SRAM destinations, tags)";
  }
}
