package ${package};

import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.InvalidConfigException;

/**
 * The {@code ${type}} target's factory, registered in {@code
 * META-INF/services/org.rewire.api.HardwareTargetProvider}: Rewire finds it there whether the jar
 * sits on the class path or in a PF4J plugin archive.
 */
public final class ${className}TargetProvider implements HardwareTargetProvider<${className}Config> {
  @Override
  public String type() {
    return "${type}";
  }

  @Override
  public Class<${className}Config> configType() {
    return ${className}Config.class;
  }

  /**
   * A chip with as many output neurons as the dataset has classes (2 when it is not known yet).
   *
   * @throws InvalidConfigException naming {@code inputs} if the input and output neurons do not fit
   *     the chip apart
   */
  @Override
  public HardwareTarget create(${className}Config config, BuildContext context) {
    int outputs = context.classes().orElse(2);
    if (config.inputs() + outputs > config.neurons()) {
      throw new InvalidConfigException(
          "inputs",
          config.inputs()
              + " input and "
              + outputs
              + " output neurons do not fit the "
              + config.neurons()
              + " neurons of the chip");
    }
    return new ${className}Target(config, outputs);
  }

  @Override
  public String description() {
    return "${className}: cores with a fan-in cap per neuron and a source table per core";
  }
}
