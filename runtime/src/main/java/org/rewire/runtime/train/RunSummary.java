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
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.Metric;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.metrics.RunMetrics;
import org.rewire.runtime.output.AtomicFiles;
import org.rewire.runtime.output.RunFolder;

/**
 * What a finished run reports in its folder's {@code summary.json}. The file is written atomically
 * as the run's last act, so its presence marks a run as complete: a sweep skips runs that have it.
 *
 * <p>The figures are those of one epoch, chosen by {@link EpochSelection}: with a validation split
 * the best validation epoch (highest validation accuracy, earliest on ties), so that test accuracy,
 * memory and synapses describe the same network, the one model selection picked; without one, the
 * last epoch. {@code network.json} and {@code mapping.json} hold the network after the last epoch.
 * A summary written before selection existed reads as a last-epoch one. The fields are the {@link
 * RunMetrics#SUMMARY} metrics, read from the selected row through the schema.
 *
 * @param epochs epochs trained
 * @param selection how {@code selectedEpoch} was chosen: {@code best_validation_epoch} or {@code
 *     last_epoch} (no validation split: no selection made)
 * @param selectedEpoch the epoch (from 1) whose figures follow; null when no epoch was trained
 * @param bestValidationAccuracy validation accuracy at that epoch in [0, 1], the best of the run;
 *     null without a validation split
 * @param testAccuracy test accuracy at that epoch in [0, 1], or null when the dataset has no test
 *     split
 * @param lastTestAccuracy test accuracy after the last epoch, or null without a test split
 * @param memory memory devices of the network mapped at that epoch, whole chip
 * @param memoryByKind the same per element kind, sorted by kind
 * @param synapses synapses of that network
 * @param links routed neuron-to-core links
 * @param violations ports over capacity
 * @param mappable whether the network fits the chip
 * @param trainSeconds wall time of training alone
 * @param wallSeconds wall time of the whole run: building components, preparing data, training
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunSummary(
    int epochs,
    EpochSelection.Method selection,
    Integer selectedEpoch,
    Double bestValidationAccuracy,
    Double testAccuracy,
    Double lastTestAccuracy,
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
    if (selection == null) { // written before selection: its figures are the last epoch's
      selection = EpochSelection.Method.LAST_EPOCH;
      selectedEpoch = epochs > 0 ? epochs : null;
      lastTestAccuracy = testAccuracy;
    }
  }

  /**
   * The summary of a finished training that took {@code wallSeconds} in all: the selected epoch's
   * metrics row, or the network as initialised (or restored) when no epoch was trained.
   */
  public static RunSummary of(TrainingSummary s, double wallSeconds) {
    EpochSelection selected = s.selection();
    MappingReport m = s.mapping();
    MetricsRow row = selected.row();
    if (selected.epoch().isEmpty()) {
      return new RunSummary(
          s.epochs(),
          selected.method(),
          null,
          null,
          null,
          null,
          m.totalMemory(),
          m.memoryByKind(),
          m.synapses(),
          m.links(),
          m.violations().size(),
          m.mappable(),
          s.seconds(),
          wallSeconds);
    }
    Map<String, Long> byKind = new TreeMap<>();
    m.memoryByKind()
        .keySet()
        .forEach(kind -> byKind.put(kind, row.get(EpochMetrics.MEMORY_BY_KIND.of(kind))));
    boolean validated = selected.method() == EpochSelection.Method.BEST_VALIDATION_EPOCH;
    return new RunSummary(
        s.epochs(),
        selected.method(),
        selected.epoch().orElseThrow(),
        validated ? selected.validationAccuracy() : null,
        selected.testAccuracy(),
        selected.lastTestAccuracy(),
        row.get(EpochMetrics.MEMORY),
        byKind,
        row.get(EpochMetrics.SYNAPSES),
        row.get(EpochMetrics.LINKS),
        Math.toIntExact(row.get(EpochMetrics.VIOLATIONS)),
        row.find(EpochMetrics.MAPPABLE).orElse(false),
        s.seconds(),
        wallSeconds);
  }

  /**
   * This summary as a row of {@link RunMetrics#SUMMARY} metrics, in the file's order, {@code
   * memory_by_kind} as {@code memory_<kind>} members; fields that are null are left out.
   */
  public MetricsRow asRow() {
    MetricsRow row = new MetricsRow();
    row.put(RunMetrics.EPOCHS, (long) epochs);
    row.put(RunMetrics.SELECTION, selection.fileName());
    putPresent(row, RunMetrics.SELECTED_EPOCH, selectedEpoch == null ? null : (long) selectedEpoch);
    putPresent(row, RunMetrics.BEST_VALIDATION_ACCURACY, bestValidationAccuracy);
    putPresent(row, EpochMetrics.TEST.accuracy(), testAccuracy);
    putPresent(row, RunMetrics.LAST_TEST_ACCURACY, lastTestAccuracy);
    row.put(EpochMetrics.MEMORY, memory);
    memoryByKind.forEach((kind, devices) -> row.put(EpochMetrics.MEMORY_BY_KIND.of(kind), devices));
    row.put(EpochMetrics.SYNAPSES, synapses);
    row.put(EpochMetrics.LINKS, links);
    row.put(EpochMetrics.VIOLATIONS, (long) violations);
    row.put(EpochMetrics.MAPPABLE, mappable);
    row.put(RunMetrics.TRAIN_SECONDS, trainSeconds);
    row.put(RunMetrics.WALL_SECONDS, wallSeconds);
    return row;
  }

  private static <T> void putPresent(MetricsRow row, Metric<T> metric, T value) {
    if (value != null) {
      row.put(metric, value);
    }
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
