package org.rewire.runtime.train;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.rewire.runtime.engine.Engine;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.metrics.MetricsRow;

/**
 * What a {@link TrainingListener} sees at the end of an epoch.
 *
 * @param epoch the epoch just trained, from 1
 * @param epochs the epoch the run ends with
 * @param step optimizer steps taken so far
 * @param network the network after the epoch's rewiring
 * @param engine the engine that trains it, for evaluation
 * @param metrics the epoch's metrics row: the loop's figures, then what each listener before the
 *     current one added (listeners add to it, in their fixed order)
 * @param sparsifierReports what the sparsifier reported during the epoch, sorted by name
 */
public record EpochContext(
    int epoch,
    int epochs,
    long step,
    SpikingNetwork network,
    Engine engine,
    MetricsRow metrics,
    Map<String, Double> sparsifierReports) {
  public EpochContext {
    sparsifierReports = Collections.unmodifiableSortedMap(new TreeMap<>(sparsifierReports));
  }
}
