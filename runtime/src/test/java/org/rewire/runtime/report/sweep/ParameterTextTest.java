package org.rewire.runtime.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.config.StrictMapper;

class ParameterTextTest {
  static Map<String, JsonNode> params(String yaml) throws Exception {
    Map<String, JsonNode> map = new TreeMap<>();
    StrictMapper.yaml()
        .readTree(yaml)
        .fields()
        .forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  @Test
  void tablesShowFullKeysAndChartsTheirLastSegment() throws Exception {
    Map<String, JsonNode> p =
        params("{sparsifier.profile: {1: 0.5, 3: 0.1}, training.epochs: 20, model.taus: [1, 2]}");
    assertThat(ParameterText.of(p))
        .isEqualTo("model.taus=[1, 2], sparsifier.profile={1: 0.5, 3: 0.1}, training.epochs=20");
    assertThat(ParameterText.label(p))
        .isEqualTo("taus=[1, 2], profile={1: 0.5, 3: 0.1}, epochs=20");
  }

  @Test
  void aSweepOverSeedsAloneHasNoParameters() {
    assertThat(ParameterText.of(Map.of())).isEqualTo("(base)");
    assertThat(ParameterText.label(Map.of())).isNull();
  }
}
