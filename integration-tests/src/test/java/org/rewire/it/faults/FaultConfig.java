package org.rewire.it.faults;

import java.util.List;
import org.rewire.api.InvalidConfigException;

/**
 * The settings of every {@code it-faulty} component: the stage at which it throws.
 *
 * @param fail {@code none} (default) or one of the stages the component has, such as {@code create}
 */
public record FaultConfig(String fail) {
  public FaultConfig {
    fail = fail == null ? "none" : fail;
  }

  /** Checks that {@code fail} names one of {@code stages} (or {@code none}). */
  FaultConfig allowing(List<String> stages) {
    if (!fail.equals("none") && !stages.contains(fail)) {
      throw new InvalidConfigException(
          "fail", "must be none or one of " + stages + ", got " + fail);
    }
    return this;
  }

  /** Throws the injected fault if {@code stage} is the one configured. */
  void at(String stage, String component) {
    if (fail.equals(stage)) {
      throw new IllegalStateException("injected fault in the " + component + " at " + stage);
    }
  }
}
