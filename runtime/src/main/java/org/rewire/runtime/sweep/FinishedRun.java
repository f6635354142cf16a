package org.rewire.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.StrictMapper;
import org.rewire.runtime.train.RunSummary;

/**
 * Decides whether a run folder already holds the result a sweep asks for: the run finished ({@code
 * summary.json}) and its resolved {@code config.yaml} is the experiment the sweep would run now.
 * When the base experiment was edited since, the old result is stale and the run is redone. The
 * thread count and output section are left out of the comparison: they do not change results.
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
    try {
      JsonNode stored = ConfigDigest.comparable(Files.readString(folder.resolve("config.yaml")));
      JsonNode wanted =
          ConfigDigest.comparable(StrictMapper.yaml().writeValueAsString(experiment.resolved()));
      return stored.equals(wanted) ? State.DONE : State.STALE;
    } catch (IOException | RuntimeException e) {
      return State.STALE;
    }
  }

  /** The summary of a folder in state {@link State#DONE}. */
  static RunSummary summary(Path folder) {
    return RunSummary.read(folder).orElseThrow();
  }
}
