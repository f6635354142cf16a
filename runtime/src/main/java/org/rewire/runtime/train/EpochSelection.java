package org.rewire.runtime.train;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.MetricsRow;

/**
 * The epoch whose figures a run reports: model selection on the validation split. With a validation
 * split, the epoch of highest {@code validation_accuracy}, the earliest of equal ones; the test set
 * plays no part in the choice (choosing an epoch on it would report an optimistic figure, which
 * SHD-style benchmarks rule out). Without a validation split no selection is made and the last
 * epoch is reported, as before selection existed.
 *
 * <p>Computed from the metrics rows alone, which every checkpoint carries, so a resumed run selects
 * the same epoch as an uninterrupted one.
 *
 * @param method how the epoch was chosen
 * @param row the metrics row of the chosen epoch ({@code epoch}, {@code test_accuracy}, {@code
 *     memory}, ...; see {@link Trainer}), empty when no epoch was trained
 * @param lastTestAccuracy test accuracy after the last epoch in [0, 1]; null without a test split
 *     or without any epoch
 */
public record EpochSelection(Method method, MetricsRow row, Double lastTestAccuracy) {

  /** How a run's reported epoch was chosen. */
  public enum Method {
    /** Highest validation accuracy, earliest on ties. */
    BEST_VALIDATION_EPOCH,
    /** The last epoch: the run has no validation split, so nothing was selected. */
    LAST_EPOCH;

    /** The name files use: {@code best_validation_epoch}, {@code last_epoch}. */
    @JsonValue
    public String fileName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public EpochSelection {
    row = row.copy();
  }

  /** A copy of the chosen epoch's row. */
  @Override
  public MetricsRow row() {
    return row.copy();
  }

  /**
   * Selects among {@code rows}, one per epoch in order, as {@link MetricsLog} keeps them. Rows that
   * all hold a {@code validation_accuracy} select on it; otherwise the last row is taken.
   */
  public static EpochSelection of(List<MetricsRow> rows) {
    if (rows.isEmpty()) {
      return new EpochSelection(Method.LAST_EPOCH, new MetricsRow(), null);
    }
    MetricsRow last = rows.get(rows.size() - 1);
    Double lastTest = testAccuracy(last);
    boolean validated = rows.stream().allMatch(r -> validationAccuracy(r) != null);
    if (!validated) {
      return new EpochSelection(Method.LAST_EPOCH, last, lastTest);
    }
    MetricsRow best = rows.get(0);
    for (MetricsRow r : rows) {
      // Strictly greater: among equal validation accuracies the earliest epoch stays.
      if (validationAccuracy(r) > validationAccuracy(best)) {
        best = r;
      }
    }
    return new EpochSelection(Method.BEST_VALIDATION_EPOCH, best, lastTest);
  }

  /** The chosen epoch, counted from 1; empty when no epoch was trained. */
  public OptionalInt epoch() {
    return row.find(EpochMetrics.EPOCH)
        .map(e -> OptionalInt.of(Math.toIntExact(e)))
        .orElse(OptionalInt.empty());
  }

  /** Test accuracy at the chosen epoch in [0, 1]; null without a test split or epoch. */
  public Double testAccuracy() {
    return testAccuracy(row);
  }

  /** Validation accuracy at the chosen epoch in [0, 1]; null without a validation split. */
  public Double validationAccuracy() {
    return validationAccuracy(row);
  }

  private static Double testAccuracy(MetricsRow row) {
    return row.find(EpochMetrics.TEST.accuracy()).orElse(null);
  }

  private static Double validationAccuracy(MetricsRow row) {
    return row.find(EpochMetrics.VALIDATION.accuracy()).orElse(null);
  }
}
