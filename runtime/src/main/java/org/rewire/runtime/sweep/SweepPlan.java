package org.rewire.runtime.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rewire.runtime.config.ValueOverride;

/**
 * The runs of a sweep, in a stable order: the grid's cartesian product with the first key varying
 * slowest (as nested loops written in file order), then the explicit runs. A run listed twice (an
 * explicit run equal to a grid point) is run once.
 *
 * @param runs the runs, in order
 * @param parameters every swept key, grid keys first, then keys only explicit runs set
 */
public record SweepPlan(List<PlannedRun> runs, List<String> parameters) {
  public SweepPlan {
    runs = List.copyOf(runs);
    parameters = List.copyOf(parameters);
  }

  /** Expands {@code sweep}. */
  public static SweepPlan of(SweepFile sweep) {
    List<List<ValueOverride>> all = new ArrayList<>();
    expand(sweep.grid(), 0, new ArrayList<>(), all);
    all.addAll(sweep.runs());
    Set<String> parameters = new LinkedHashSet<>();
    sweep.grid().forEach(a -> parameters.add(a.key()));
    Map<String, String> textById = new HashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    List<PlannedRun> runs = new ArrayList<>();
    for (List<ValueOverride> overrides : all) {
      String text = String.join("\n", overrides.stream().map(ValueOverride::text).toList());
      if (!seen.add(text)) {
        continue;
      }
      overrides.forEach(o -> parameters.add(o.key()));
      String id = RunIds.readable(overrides);
      if (textById.containsKey(id)) {
        id = RunIds.hashed(overrides);
      }
      textById.put(id, text);
      runs.add(new PlannedRun(id, overrides));
    }
    return new SweepPlan(runs, new ArrayList<>(parameters));
  }

  private static void expand(
      List<SweepFile.Axis> axes,
      int axis,
      List<ValueOverride> prefix,
      List<List<ValueOverride>> out) {
    if (axis == axes.size()) {
      if (!prefix.isEmpty()) {
        out.add(List.copyOf(prefix));
      }
      return;
    }
    for (ValueOverride value : axes.get(axis).values()) {
      prefix.add(value);
      expand(axes, axis + 1, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }
}
