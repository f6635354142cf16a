package org.rewire.runtime.sweep;

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

  static RunResult failed(String error) {
    return new RunResult(Status.FAILED, null, error);
  }
}
