package org.rewire.runtime.report.sweep;

import java.util.List;

/**
 * One point of a report: the finished runs of one sparsifier with the same resolved config except
 * the seed, summarised over their seeds.
 *
 * @param series the sparsifier type
 * @param parameters the swept parameters except the seed, as {@code key=value} text
 * @param label the same, shorter, for charts: keys without their section ({@code profile={1:
 *     0.5}}); null when nothing was swept but the seed
 * @param sweeps the sweep folders the runs come from
 * @param runIds the runs' ids, in seed order
 * @param seeds the runs' seeds, ascending
 * @param accuracy test accuracy at each run's selected epoch (in [0, 1]): mean and 95 % interval
 *     over seeds
 * @param lastAccuracy test accuracy after each run's last epoch, mean over seeds
 * @param selectedOnValidation runs whose epoch was selected on a validation split (the others
 *     report their last epoch)
 * @param memory mean memory devices
 * @param synapses mean synapse count
 * @param mappable runs whose network fits the chip
 */
public record ReportPoint(
    String series,
    String parameters,
    String label,
    List<String> sweeps,
    List<String> runIds,
    List<Long> seeds,
    MeanInterval accuracy,
    double lastAccuracy,
    int selectedOnValidation,
    double memory,
    double synapses,
    int mappable) {
  public ReportPoint {
    sweeps = List.copyOf(sweeps);
    runIds = List.copyOf(runIds);
    seeds = List.copyOf(seeds);
  }

  /** Runs (seeds) in the point. */
  public int n() {
    return accuracy.n();
  }

  /** Whether every run of the point is mappable. */
  public boolean allMappable() {
    return mappable == n();
  }
}
