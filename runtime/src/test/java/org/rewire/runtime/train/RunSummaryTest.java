package org.rewire.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.ElementUsage;
import org.rewire.api.MappingReport;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.MetricFamily;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.metrics.RunMetrics;
import org.rewire.runtime.output.RunFolder;

/** {@code summary.json}: the selected epoch's figures, written and read back. */
class RunSummaryTest {
  @TempDir Path dir;

  /** The last epoch's mapping: 500 devices (NT 200, R0 300), 40 synapses, mappable. */
  static MappingReport lastMapping() {
    return new MappingReport(
        "test",
        8,
        40,
        12,
        500,
        List.of(
            new ElementUsage("NT(0,0)", "NT", 0, 0, 200, Map.of(), 0),
            new ElementUsage("R0(0,0)", "R0", 0, 0, 300, Map.of(), 0)),
        List.of());
  }

  static Map<String, Object> row(int epoch, double validation, double test, long memory) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("epoch", epoch);
    row.put("validation_accuracy", validation);
    row.put("test_accuracy", test);
    row.put("synapses", 100L * epoch);
    row.put("links", 10L * epoch);
    row.put("memory", memory);
    row.put("memory_NT", memory / 4);
    row.put("memory_R0", memory - memory / 4);
    row.put("violations", epoch == 1 ? 2 : 0);
    row.put("mappable", epoch != 1);
    return row;
  }

  @Test
  void theFiguresAreThoseOfTheSelectedEpochBesideTheLastTestAccuracy() throws Exception {
    List<Map<String, Object>> rows =
        List.of(row(1, 0.5, 0.4, 800), row(2, 0.9, 0.7, 700), row(3, 0.8, 0.8, 500));
    TrainingSummary training =
        new TrainingSummary(
            dir,
            3,
            EpochSelection.of(rows.stream().map(MetricsRow::of).toList()),
            lastMapping(),
            1.5);

    RunSummary s = RunSummary.of(training, 2.0);

    assertThat(s.selection()).isEqualTo(EpochSelection.Method.BEST_VALIDATION_EPOCH);
    assertThat(s.selectedEpoch()).isEqualTo(2);
    assertThat(s.bestValidationAccuracy()).isEqualTo(0.9);
    assertThat(s.testAccuracy()).isEqualTo(0.7);
    assertThat(s.lastTestAccuracy()).isEqualTo(0.8);
    // Memory and synapses of the network the accuracy was measured on, not the last one.
    assertThat(s.memory()).isEqualTo(700);
    assertThat(s.memoryByKind()).containsExactly(Map.entry("NT", 175L), Map.entry("R0", 525L));
    assertThat(s.synapses()).isEqualTo(200);
    assertThat(s.links()).isEqualTo(20);
    assertThat(s.mappable()).isTrue();

    s.write(dir);
    assertThat(Files.readString(dir.resolve(RunSummary.NAME)))
        .contains("\"selection\" : \"best_validation_epoch\"")
        .contains("\"selected_epoch\" : 2")
        .contains("\"best_validation_accuracy\" : 0.9")
        .contains("\"last_test_accuracy\" : 0.8");
    assertThat(RunSummary.read(dir)).contains(s);
  }

  @Test
  void withoutEpochsTheNetworkAsBuiltIsReported() {
    TrainingSummary training =
        new TrainingSummary(dir, 0, EpochSelection.of(List.of()), lastMapping(), 0);

    RunSummary s = RunSummary.of(training, 0.1);

    assertThat(s.selection()).isEqualTo(EpochSelection.Method.LAST_EPOCH);
    assertThat(s.selectedEpoch()).isNull();
    assertThat(s.testAccuracy()).isNull();
    assertThat(s.memory()).isEqualTo(500);
    assertThat(s.memoryByKind()).containsEntry("R0", 300L);
  }

  @Test
  void aSummaryWrittenBeforeSelectionReadsAsTheLastEpochs() throws Exception {
    Files.writeString(
        dir.resolve(RunSummary.NAME),
        """
        {"epochs": 5, "test_accuracy": 0.75, "memory": 10, "memory_by_kind": {"NT": 10},
         "synapses": 3, "links": 2, "violations": 0, "mappable": true,
         "train_seconds": 1.0, "wall_seconds": 2.0}
        """);

    RunSummary s = RunSummary.read(dir).orElseThrow();

    assertThat(s.selection()).isEqualTo(EpochSelection.Method.LAST_EPOCH);
    assertThat(s.selectedEpoch()).isEqualTo(5);
    assertThat(s.testAccuracy()).isEqualTo(0.75).isEqualTo(s.lastTestAccuracy());
    assertThat(s.bestValidationAccuracy()).isNull();
  }

  @Test
  void theFileHoldsTheSchemasSummaryMetricsInOrderAndAsRowReadsThemBack() throws Exception {
    List<Map<String, Object>> rows = List.of(row(1, 0.5, 0.4, 800), row(2, 0.9, 0.7, 700));
    RunSummary s =
        RunSummary.of(
            new TrainingSummary(
                dir,
                2,
                EpochSelection.of(rows.stream().map(MetricsRow::of).toList()),
                lastMapping(),
                1.5),
            2.0);
    s.write(dir);

    JsonNode file = RunFolder.JSON.readTree(dir.resolve(RunSummary.NAME).toFile());
    List<String> fields = new ArrayList<>();
    file.fieldNames().forEachRemaining(fields::add);
    List<String> schema =
        RunMetrics.SUMMARY.stream()
            .map(
                e ->
                    e instanceof MetricFamily<?> family
                        ? family.groupName().orElseThrow()
                        : e.name())
            .toList();
    assertThat(fields).isEqualTo(schema);

    MetricsRow row = s.asRow();
    assertThat(row.get(RunMetrics.SELECTED_EPOCH)).isEqualTo(2L);
    assertThat(row.get(EpochMetrics.TEST.accuracy())).isEqualTo(0.7);
    assertThat(row.members(EpochMetrics.MEMORY_BY_KIND))
        .containsExactly(Map.entry("NT", 175L), Map.entry("R0", 525L));
    assertThat(row.get(RunMetrics.WALL_SECONDS)).isEqualTo(2.0);
    // Every field of the file is in the row under its schema name, with the same value.
    for (String name : row.asMap().keySet()) {
      JsonNode value =
          name.startsWith("memory_")
              ? file.get("memory_by_kind").get(name.substring("memory_".length()))
              : file.get(name);
      assertThat(value.asText()).as(name).isEqualTo(String.valueOf(row.asMap().get(name)));
    }
  }
}
