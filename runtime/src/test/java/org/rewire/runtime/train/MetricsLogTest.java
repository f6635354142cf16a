package org.rewire.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.MetricsRow;

class MetricsLogTest {
  @TempDir Path dir;

  @Test
  void rewritesCsvAndJsonWithTheUnionOfColumnsAfterEveryEpoch() throws Exception {
    MetricsLog log = new MetricsLog(dir);
    log.append(new MetricsRow().put(EpochMetrics.EPOCH, 1L).put(EpochMetrics.TRAIN.loss(), 0.5));
    assertThat(dir.resolve(MetricsLog.CSV)).hasContent("epoch,train_loss\n1,0.5");
    log.append(
        new MetricsRow()
            .put(EpochMetrics.EPOCH, 2L)
            .put(EpochMetrics.TRAIN.loss(), Double.NaN)
            .put(EpochMetrics.SPARSIFIER.of("pruned"), 3.0));
    assertThat(Files.readString(dir.resolve(MetricsLog.CSV)))
        .isEqualTo("epoch,train_loss,sparsifier_pruned\n1,0.5,\n2,NaN,3.0\n");
    assertThat(Files.readString(dir.resolve(MetricsLog.JSON)))
        .contains("\"epoch\" : 2")
        .contains("\"train_loss\" : \"NaN\"")
        .contains("\"sparsifier_pruned\" : 3.0");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void rowsAreCopiesSoALaterChangeDoesNotReachTheLog() throws Exception {
    MetricsLog log = new MetricsLog(dir);
    MetricsRow row = new MetricsRow().put(EpochMetrics.EPOCH, 1L);
    log.append(row);
    row.put(EpochMetrics.EPOCH, 7L);
    log.rows().get(0).put(EpochMetrics.EPOCH, 8L);
    assertThat(log.rows()).containsExactly(new MetricsRow().put(EpochMetrics.EPOCH, 1L));
  }
}
