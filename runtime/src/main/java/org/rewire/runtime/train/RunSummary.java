package org.rewire.runtime.train;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rewire.api.MappingReport;
import org.rewire.runtime.run.AtomicFiles;
import org.rewire.runtime.run.RunFolder;

/**
 * What a finished run reports in its folder's {@code summary.json}. The file is written atomically
 * as the run's last act, so its presence marks a run as complete: a sweep skips runs that have it.
 *
 * @param epochs epochs trained
 * @param testAccuracy test accuracy after the last epoch, or null when the dataset has no test
 *     split
 * @param memory memory devices of the mapped network, whole chip
 * @param memoryByKind the same per element kind, sorted by kind
 * @param synapses synapses of the trained network
 * @param links routed neuron-to-core links
 * @param violations ports over capacity
 * @param mappable whether the network fits the chip
 * @param trainSeconds wall time of training alone
 * @param wallSeconds wall time of the whole run: building components, preparing data, training
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunSummary(
    int epochs,
    Double testAccuracy,
    long memory,
    Map<String, Long> memoryByKind,
    long synapses,
    long links,
    int violations,
    boolean mappable,
    double trainSeconds,
    double wallSeconds) {
  /** The file name in a run folder. */
  public static final String NAME = "summary.json";

  public RunSummary {
    memoryByKind = new TreeMap<>(memoryByKind);
  }

  /** The summary of a finished training that took {@code wallSeconds} in all. */
  public static RunSummary of(TrainingSummary s, double wallSeconds) {
    MappingReport m = s.mapping();
    return new RunSummary(
        s.epochs(),
        Double.isNaN(s.testAccuracy()) ? null : s.testAccuracy(),
        m.totalMemory(),
        m.memoryByKind(),
        m.synapses(),
        m.links(),
        m.violations().size(),
        m.mappable(),
        s.seconds(),
        wallSeconds);
  }

  /** Writes {@code summary.json} into {@code folder}, atomically. */
  public void write(Path folder) throws IOException {
    AtomicFiles.write(folder.resolve(NAME), out -> RunFolder.JSON.writeValue(out, this));
  }

  /**
   * The summary of the run in {@code folder}, or empty when the run did not finish (no file, or a
   * file that does not read back, which an atomic write never leaves but a user's edit might).
   */
  public static Optional<RunSummary> read(Path folder) {
    Path file = folder.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(RunFolder.JSON.readValue(file.toFile(), RunSummary.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
