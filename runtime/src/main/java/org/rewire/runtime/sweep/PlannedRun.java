package org.rewire.runtime.sweep;

import java.util.List;
import org.rewire.runtime.config.ValueOverride;

/**
 * One run of a sweep.
 *
 * @param id its stable id, the name of its folder under {@code runs/}
 * @param overrides what it changes in the base experiment, in sweep-file order
 */
public record PlannedRun(String id, List<ValueOverride> overrides) {
  public PlannedRun {
    overrides = List.copyOf(overrides);
  }

  /** The overrides as {@code key=value}, for provenance. */
  public List<String> texts() {
    return overrides.stream().map(ValueOverride::text).toList();
  }
}
