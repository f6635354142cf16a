package org.rewire.it.faults;

import java.util.List;
import org.rewire.api.BuildContext;
import org.rewire.api.Provider;

/**
 * What the three {@code it-faulty} providers share: the type, the {@link FaultConfig} settings, and
 * a failure at {@code create} when asked for it.
 *
 * @param <T> the component built
 */
abstract class FaultyProvider<T> implements Provider<FaultConfig, T> {
  private final String component;
  private final List<String> stages;

  /**
   * @param component the section, named in the injected fault's message
   * @param stages the stages {@code fail:} may name for this component
   */
  FaultyProvider(String component, List<String> stages) {
    this.component = component;
    this.stages = stages;
  }

  @Override
  public final String type() {
    return "it-faulty";
  }

  @Override
  public final Class<FaultConfig> configType() {
    return FaultConfig.class;
  }

  @Override
  public final T create(FaultConfig config, BuildContext context) {
    FaultConfig fault = config.allowing(stages);
    fault.at("create", component);
    return build(fault, context);
  }

  /** Builds the component, which fails at {@code fault}'s stage. */
  abstract T build(FaultConfig fault, BuildContext context);
}
