package org.rewire.runtime.sweep;

import java.nio.file.Path;
import java.util.Optional;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.train.RunSummary;
import org.rewire.runtime.train.StoppedRun;

/**
 * Decides whether a run folder already holds the result a sweep asks for: the run finished ({@code
 * summary.json}) and was started for the experiment the sweep would run now ({@link
 * StoppedRun#startedFor}: the requested config, before the run wrote what it derived from the data
 * into {@code config.yaml}). When the base experiment was edited since, the old result is stale and
 * the run is redone. The thread count and output section are left out of the comparison: they do
 * not change results.
 */
final class FinishedRun {
  private FinishedRun() {}

  /** What became of a run folder. */
  enum State {
    NONE,
    DONE,
    STALE
  }

  /** The state of {@code folder} for {@code experiment}. */
  static State of(Path folder, Experiment experiment) {
    Optional<RunSummary> summary = RunSummary.read(folder);
    if (summary.isEmpty()) {
      return State.NONE;
    }
    return StoppedRun.startedFor(folder, experiment) ? State.DONE : State.STALE;
  }

  /** The summary of a folder in state {@link State#DONE}. */
  static RunSummary summary(Path folder) {
    return RunSummary.read(folder).orElseThrow();
  }
}
