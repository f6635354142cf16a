package org.rewire.runtime.report.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One finished run of a sweep, as the report uses it.
 *
 * @param sweep the sweep folder's name
 * @param id the run's id (its folder under {@code runs/})
 * @param series the sparsifier type from the run's resolved config
 * @param point the resolved config without what does not tell points apart (seed, name, output,
 *     thread count): runs with equal {@code point} are seeds of one point
 * @param parameters the swept parameters except {@code seed}, sorted by key
 * @param seed the run's seed
 * @param accuracy test accuracy in [0, 1] at the run's selected epoch: its best validation epoch,
 *     or the last one when it has no validation split
 * @param lastAccuracy test accuracy after the last epoch, in [0, 1]
 * @param selectedOnValidation whether the epoch was selected on a validation split
 * @param memory memory devices of the network mapped at the selected epoch
 * @param synapses synapses of that network
 * @param mappable whether that network fits the chip
 */
public record SweepRun(
    String sweep,
    String id,
    String series,
    JsonNode point,
    Map<String, JsonNode> parameters,
    long seed,
    double accuracy,
    double lastAccuracy,
    boolean selectedOnValidation,
    long memory,
    long synapses,
    boolean mappable) {
  public SweepRun {
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
  }
}
