package org.rewire.runtime.train;

import java.io.IOException;
import org.rewire.runtime.metrics.EpochMetrics;

/**
 * The metrics listener: completes the epoch's row with what the sparsifier reported ({@code
 * sparsifier_<name>}, sorted by name) and appends it to the run's {@link MetricsLog}, which
 * rewrites {@code metrics.csv} and {@code metrics.json}.
 */
final class MetricsRecorder implements TrainingListener {
  private final MetricsLog log;

  MetricsRecorder(MetricsLog log) {
    this.log = log;
  }

  @Override
  public void onEpochEnd(EpochContext epoch) throws IOException {
    epoch
        .sparsifierReports()
        .forEach((name, value) -> epoch.metrics().put(EpochMetrics.SPARSIFIER.of(name), value));
    log.append(epoch.metrics());
  }
}
