package org.rewire.runtime.sweep;

import java.util.Locale;
import org.rewire.runtime.train.EpochSelection;
import org.rewire.runtime.train.RunSummary;

/**
 * Where one run of a sweep stands.
 *
 * @param status pending, done or failed
 * @param summary the run's summary when done, else null
 * @param error why it failed (one line), else null
 */
public record RunResult(Status status, RunSummary summary, String error) {
  /** A run's state. */
  public enum Status {
    PENDING,
    DONE,
    FAILED
  }

  static final RunResult PENDING = new RunResult(Status.PENDING, null, null);

  static RunResult done(RunSummary summary) {
    return new RunResult(Status.DONE, summary, null);
  }

  /**
   * A failed run.
   *
   * @param error why, one line
   */
  public static RunResult failed(String error) {
    return new RunResult(Status.FAILED, null, error);
  }

  /**
   * One line about a finished run: its test accuracy (at the best validation epoch when there is a
   * validation split), mapped memory and wall time, or why it failed.
   */
  public String describe() {
    if (summary == null) {
      return "FAILED: " + error;
    }
    StringBuilder line = new StringBuilder();
    if (summary.testAccuracy() != null) {
      line.append(String.format(Locale.ROOT, "test %.1f%% ", 100 * summary.testAccuracy()));
    }
    if (summary.selection() == EpochSelection.Method.BEST_VALIDATION_EPOCH) {
      line.append(
          String.format(
              Locale.ROOT,
              "at best validation epoch %d (validation %.1f%%) ",
              summary.selectedEpoch(),
              100 * summary.bestValidationAccuracy()));
    }
    line.append(
        String.format(
            Locale.ROOT,
            "memory %,d %s (%.0f s)",
            summary.memory(),
            summary.mappable() ? "mappable" : summary.violations() + " violations",
            summary.wallSeconds()));
    return line.toString();
  }
}
