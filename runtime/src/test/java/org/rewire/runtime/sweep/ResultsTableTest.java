package org.rewire.runtime.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.metrics.Metric;
import org.rewire.runtime.metrics.MetricEntry;
import org.rewire.runtime.metrics.RunMetrics;
import org.rewire.runtime.train.EpochSelection;
import org.rewire.runtime.train.RunSummary;

/** A sweep's results: the schema's run metrics in its order, from each run's summary. */
class ResultsTableTest {
  static final RunSummary SUMMARY =
      new RunSummary(
          5,
          EpochSelection.Method.BEST_VALIDATION_EPOCH,
          3,
          0.8,
          0.75,
          0.7,
          500,
          Map.of("R0", 300L, "NT", 200L),
          40,
          12,
          0,
          true,
          1.23,
          4.56);

  @Test
  void theColumnsAreTheSchemasResultsMetricsInOrderAndFailedRunsHaveEmptyFigures() {
    SweepPlan plan =
        new SweepPlan(
            List.of(new PlannedRun("a", List.of()), new PlannedRun("b", List.of())), List.of());

    List<Map<String, Object>> rows =
        ResultsTable.rows(plan, List.of(RunResult.done(SUMMARY), RunResult.failed("boom")));

    List<String> columns = new ArrayList<>(List.of("run_id", "status"));
    for (MetricEntry entry : RunMetrics.RESULTS) {
      if (entry instanceof Metric<?> metric) {
        columns.add(metric.name());
      } else {
        columns.addAll(List.of("memory_NT", "memory_R0")); // the kinds, sorted
      }
    }
    columns.add("error");
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(columns);
    assertThat(ResultsTable.csv(rows))
        .isEqualTo(
            String.join(",", columns)
                + "\na,done,0.75,best_validation_epoch,3,0.8,0.7,500,200,300,40,12,0,true,5,4.6,"
                + "\nb,failed,,,,,,,,,,,,,,,boom\n");
  }
}
