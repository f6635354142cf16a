package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with a validation split reports validation accuracy every epoch and the test accuracy of
 * its best validation epoch (the earliest of equals) in {@code summary.json}, on the command line,
 * in a sweep's results and in the report; a run without one reports its last epoch.
 */
class ModelSelectionTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  Cli rewire(String... args) {
    return Cli.run(dir.resolve("cache"), args);
  }

  /**
   * The tiny sweep's experiment for 5 epochs, a quarter of its 8 training samples held out for
   * validation (stratified: the test dataset has no speakers).
   */
  Path experiment(String validation) throws Exception {
    return TinySweep.experiment(
        dir, "{type: test-keep, density: 0.5}", 5, ", validation_fraction: " + validation);
  }

  static List<Map<String, Object>> metrics(Path run) throws Exception {
    return JSON.readValue(run.resolve("metrics.json").toFile(), new TypeReference<>() {});
  }

  /** The epoch (from 1) of highest validation accuracy, the first of equals, worked out here. */
  static int bestValidationEpoch(List<Map<String, Object>> rows) {
    int best = 0;
    for (int i = 1; i < rows.size(); i++) {
      if (accuracy(rows.get(i), "validation") > accuracy(rows.get(best), "validation")) {
        best = i;
      }
    }
    return best + 1;
  }

  static double accuracy(Map<String, Object> row, String split) {
    return ((Number) row.get(split + "_accuracy")).doubleValue();
  }

  @Test
  void everyEpochReportsValidationAndTheRunReportsItsBestValidationEpoch() throws Exception {
    Cli r =
        rewire("run", experiment("0.25").toString(), "--output", dir.resolve("runs").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Path run = dir.resolve("runs/base");

    List<Map<String, Object>> rows = metrics(run);
    assertThat(rows)
        .hasSize(5)
        .allSatisfy(
            row ->
                assertThat(row)
                    .containsKeys("validation_accuracy", "validation_loss", "test_accuracy"));
    assertThat(Files.readAllLines(run.resolve("metrics.csv")).get(0))
        .contains("validation_loss,validation_accuracy,validation_rate,test_loss");
    assertThat(r.err().lines().filter(l -> l.startsWith("epoch ")))
        .hasSize(5)
        .allMatch(l -> l.contains(" validation ") && l.contains(" test "));

    int best = bestValidationEpoch(rows);
    Map<String, Object> selected = rows.get(best - 1);
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    assertThat(summary.get("selection").asText()).isEqualTo("best_validation_epoch");
    assertThat(summary.get("selected_epoch").asInt()).isEqualTo(best);
    assertThat(summary.get("best_validation_accuracy").asDouble())
        .isEqualTo(accuracy(selected, "validation"));
    assertThat(summary.get("test_accuracy").asDouble()).isEqualTo(accuracy(selected, "test"));
    assertThat(summary.get("last_test_accuracy").asDouble())
        .isEqualTo(accuracy(rows.get(4), "test"));
    assertThat(summary.get("memory").asLong())
        .isEqualTo(((Number) selected.get("memory")).longValue());

    assertThat(r.out())
        .startsWith(
            String.format(
                Locale.ROOT,
                "best validation accuracy: %.2f %% at epoch %d of 5%n"
                    + "test accuracy: %.2f %% at that epoch (%.2f %% after the last)%n",
                100 * accuracy(selected, "validation"),
                best,
                100 * accuracy(selected, "test"),
                100 * accuracy(rows.get(4), "test")));
  }

  @Test
  void withoutAValidationSplitTheLastEpochIsReportedAndTheSummarySaysSo() throws Exception {
    Cli r = rewire("run", experiment("0").toString(), "--output", dir.resolve("runs").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Path run = dir.resolve("runs/base");

    List<Map<String, Object>> rows = metrics(run);
    assertThat(rows.get(0)).doesNotContainKey("validation_accuracy");
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    assertThat(summary.get("selection").asText()).isEqualTo("last_epoch");
    assertThat(summary.get("selected_epoch").asInt()).isEqualTo(5);
    assertThat(summary.get("best_validation_accuracy").isNull()).isTrue();
    assertThat(summary.get("test_accuracy").asDouble()).isEqualTo(accuracy(rows.get(4), "test"));
    assertThat(r.out())
        .startsWith(
            String.format(
                Locale.ROOT, "test accuracy: %.2f %%%n", 100 * accuracy(rows.get(4), "test")))
        .doesNotContain("validation");
  }

  @Test
  void aSweepTabulatesAndTheReportPlotsTheBestValidationEpochsTestAccuracy() throws Exception {
    TinySweep.experiment(dir, "{type: test-keep, density: 0.5}", 4, ", validation_fraction: 0.25");
    TinySweep.sweepFile(dir, dir.resolve("out"), "grid: {seed: [1, 2]}\n");
    Cli sweep = rewire("sweep", dir.resolve("s.yaml").toString(), "--workers", "1");
    assertThat(sweep.exit()).as(sweep.err()).isZero();
    assertThat(sweep.out()).contains("at best validation epoch ");
    Path folder = dir.resolve("out/s");

    List<Map<String, Object>> results =
        JSON.readValue(folder.resolve("results.json").toFile(), new TypeReference<>() {});
    assertThat(results).hasSize(2);
    for (Map<String, Object> result : results) {
      List<Map<String, Object>> rows = metrics(folder.resolve("runs/" + result.get("run_id")));
      int best = bestValidationEpoch(rows);
      assertThat(result)
          .containsEntry("selection", "best_validation_epoch")
          .containsEntry("selected_epoch", best)
          .containsEntry("test_accuracy", rows.get(best - 1).get("test_accuracy"))
          .containsEntry("last_test_accuracy", rows.get(3).get("test_accuracy"))
          .containsEntry("memory", rows.get(best - 1).get("memory"));
    }
    assertThat(Files.readAllLines(folder.resolve("results.csv")).get(0))
        .contains(
            "status,test_accuracy,selection,selected_epoch,best_validation_accuracy,"
                + "last_test_accuracy,memory,");

    Cli report = rewire("report", folder.toString());
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(Files.readString(folder.resolve("report/report.md")))
        .contains("- test accuracy: at the best validation epoch (each run's epoch of highest")
        .contains("| test accuracy at best validation epoch (%) | last epoch (%) |");
  }
}
