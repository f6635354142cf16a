package org.rewire.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.report.chart.Panel;
import org.rewire.runtime.report.chart.Series;
import org.rewire.runtime.train.MetricsLog;

class LearningCurvesTest {
  @TempDir Path dir;

  static Map<String, Object> row(int epoch, double loss, boolean mappable) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("epoch", epoch);
    r.put("train_loss", loss);
    r.put("train_accuracy", 0.5 + 0.1 * epoch);
    r.put("validation_loss", loss + 0.1);
    r.put("validation_accuracy", 0.45 + 0.1 * epoch);
    r.put("test_loss", loss + 0.2);
    r.put("test_accuracy", 0.4 + 0.1 * epoch);
    r.put("synapses", 1000L + epoch);
    r.put("memory", 50_000L * epoch);
    r.put("mappable", mappable);
    return r;
  }

  @Test
  void drawsEveryRecordedMetricFromTheRunsMetricsFile() throws Exception {
    MetricsLog log = new MetricsLog(dir);
    log.append(MetricsRow.of(row(1, 1.5, true)));
    log.append(MetricsRow.of(row(2, Double.NaN, false))); // diverged: no point on the loss curve
    log.append(MetricsRow.of(row(3, 0.9, true)));

    assertThat(LearningCurves.write(dir)).isTrue();
    BufferedImage image = ImageIO.read(dir.resolve(LearningCurves.NAME).toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(36 + 2 * 420);

    List<Panel> panels = LearningCurves.panels(log.rows());
    assertThat(panels)
        .extracting(Panel::title)
        .containsExactly("Accuracy", "Loss", "Memory of the mapped network", "Synapses");
    assertThat(panels.get(0).series())
        .extracting(Series::label)
        .containsExactly("train", "validation", "test");
    assertThat(panels.get(0).series().get(2).marks().get(0).y()).isEqualTo(50.0);
    assertThat(panels.get(1).series().get(0).line()).hasSize(2);
    assertThat(panels.get(2).series().get(0).marks())
        .extracting(m -> m.hollow())
        .containsExactly(false, true, false);
    assertThat(panels.get(2).notes()).containsExactly("hollow: not mappable after that epoch");
  }

  @Test
  void aRunWithoutTestSplitOrMappingHasFewerCurves() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("epoch", 1);
    r.put("train_loss", 1.0);
    r.put("train_accuracy", 0.5);
    List<Panel> panels = LearningCurves.panels(List.of(MetricsRow.of(r)));
    assertThat(panels).extracting(Panel::title).containsExactly("Accuracy", "Loss");
    assertThat(panels.get(0).series()).extracting(Series::label).containsExactly("train");
  }

  @Test
  void noEpochsNoPicture() throws Exception {
    assertThat(LearningCurves.write(dir)).isFalse();
    assertThat(Files.list(dir)).isEmpty();
  }
}
