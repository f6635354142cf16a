package org.rewire.runtime.metrics;

import java.util.List;
import java.util.stream.Stream;

/**
 * The metrics of a whole run: its {@code summary.json} and its row of a sweep's {@code results.csv}
 * and {@code results.json}. Beside the metrics only a run has, they hold the epoch metrics of the
 * selected epoch (the best validation epoch, or the last without a validation split): {@code
 * test_accuracy}, {@code memory}, {@code synapses}, ... as declared in {@link EpochMetrics}.
 */
public final class RunMetrics {
  private RunMetrics() {}

  public static final Metric<Long> EPOCHS = Metric.count("epochs", "epochs", "epochs trained");
  public static final Metric<String> SELECTION =
      Metric.label(
          "selection",
          "how the selected epoch was chosen: best_validation_epoch (highest validation"
              + " accuracy, earliest on ties) or last_epoch (no validation split)");
  public static final Metric<Long> SELECTED_EPOCH =
      Metric.count(
          "selected_epoch",
          "epochs",
          "the epoch whose figures the run reports, counted from 1; empty if none was trained");
  public static final Metric<Double> BEST_VALIDATION_ACCURACY =
      Metric.fraction(
          "best_validation_accuracy",
          "validation accuracy at the selected epoch, the run's best; empty without a validation"
              + " split");
  public static final Metric<Double> LAST_TEST_ACCURACY =
      Metric.fraction("last_test_accuracy", "test accuracy after the last epoch");
  public static final Metric<Double> TRAIN_SECONDS =
      Metric.real(
          "train_seconds",
          "s",
          "wall time of training in the process that finished the run (a resumed run's since it"
              + " resumed; differs between equal runs)");
  public static final Metric<Double> WALL_SECONDS =
      Metric.real(
          "wall_seconds",
          "s",
          "wall time of the whole run: components, data, training (results round it to 0.1 s)");

  // The selected epoch's mapped network, in the files' order.
  private static final List<MetricEntry> MAPPED =
      List.of(
          EpochMetrics.MEMORY,
          EpochMetrics.MEMORY_BY_KIND,
          EpochMetrics.SYNAPSES,
          EpochMetrics.LINKS,
          EpochMetrics.VIOLATIONS,
          EpochMetrics.MAPPABLE);

  /** The fields of {@code summary.json}, in the file's order. */
  public static final List<MetricEntry> SUMMARY =
      concat(
          List.of(
              EPOCHS,
              SELECTION,
              SELECTED_EPOCH,
              BEST_VALIDATION_ACCURACY,
              EpochMetrics.TEST.accuracy(),
              LAST_TEST_ACCURACY),
          MAPPED,
          List.of(TRAIN_SECONDS, WALL_SECONDS));

  /**
   * The metric columns of a sweep's results, in the file's order; the table puts the run id and
   * swept parameters before them and the status after the parameters, the error last.
   */
  public static final List<MetricEntry> RESULTS =
      concat(
          List.of(
              EpochMetrics.TEST.accuracy(),
              SELECTION,
              SELECTED_EPOCH,
              BEST_VALIDATION_ACCURACY,
              LAST_TEST_ACCURACY),
          MAPPED,
          List.of(EPOCHS, WALL_SECONDS));

  @SafeVarargs
  private static List<MetricEntry> concat(List<MetricEntry>... parts) {
    return Stream.of(parts).flatMap(List::stream).toList();
  }
}
