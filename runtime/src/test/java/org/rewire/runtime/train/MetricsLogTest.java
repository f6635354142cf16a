package org.rewire.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsLogTest {
  @TempDir Path dir;

  @Test
  void rewritesCsvAndJsonWithTheUnionOfColumnsAfterEveryEpoch() throws Exception {
    MetricsLog log = new MetricsLog(dir);
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("epoch", 1);
    first.put("loss", 0.5);
    log.append(first);
    assertThat(dir.resolve("metrics.csv")).hasContent("epoch,loss\n1,0.5");
    Map<String, Object> second = new LinkedHashMap<>();
    second.put("epoch", 2);
    second.put("loss", 0.25);
    second.put("note", "a,b");
    log.append(second);
    assertThat(Files.readString(dir.resolve("metrics.csv")))
        .isEqualTo("epoch,loss,note\n1,0.5,\n2,0.25,\"a,b\"\n");
    assertThat(Files.readString(dir.resolve("metrics.json")))
        .contains("\"epoch\" : 2")
        .contains("\"loss\" : 0.25");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }
}
