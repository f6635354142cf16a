package org.rewire.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metrics schema: names resolve to their metrics, and the README's table is the schema's. */
class MetricsSchemaTest {
  static final String BEGIN = "<!-- metrics: generated from MetricsSchema.markdownTable() -->";
  static final String END = "<!-- end of metrics -->";

  @Test
  void theReadmesTableOfMetricsIsTheSchemas() throws Exception {
    String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
    Path readme = Path.of(basedir).toAbsolutePath().getParent().resolve("README.md");
    String text = Files.readString(readme);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin).as("README.md has the line %s", BEGIN).isNotNegative();
    assertThat(end).as("README.md has the line %s after it", END).isGreaterThan(begin);
    String table = MetricsSchema.markdownTable();
    assertThat(text.substring(begin + BEGIN.length(), end))
        .as(
            "README.md's table of metrics differs from the schema (org.rewire.runtime.metrics);"
                + " put this between its markers:%n%s",
            table)
        .isEqualTo("\n" + table);
  }

  @Test
  void everyColumnNameResolvesToItsMetric() {
    assertThat(MetricsSchema.resolve("memory")).contains(EpochMetrics.MEMORY);
    assertThat(MetricsSchema.resolve("test_accuracy")).contains(EpochMetrics.TEST.accuracy());
    assertThat(MetricsSchema.resolve("wall_seconds")).contains(RunMetrics.WALL_SECONDS);
    Metric<?> kind = MetricsSchema.resolve("memory_R1").orElseThrow();
    assertThat(kind.type()).isEqualTo(MetricType.COUNT);
    assertThat(kind.unit()).isEqualTo("devices");
    Metric<?> report = MetricsSchema.resolve("sparsifier_links_d3").orElseThrow();
    assertThat(report).isEqualTo(EpochMetrics.SPARSIFIER.of("links_d3"));
    assertThat(report.type()).isEqualTo(MetricType.FLOAT);
    assertThat(MetricsSchema.resolve("loss")).isEmpty();
    assertThat(MetricsSchema.resolve("memory_")).isEmpty();
  }

  @Test
  void eachNameIsDeclaredOnceAndEveryMetricIsDescribed() {
    List<MetricEntry> entries = MetricsSchema.entries();
    Set<String> names = new HashSet<>();
    for (MetricEntry e : entries) {
      assertThat(names.add(e.name())).as("%s declared twice", e.name()).isTrue();
      // Plain text in a Markdown table: an angle bracket would start an HTML tag.
      assertThat(e.meaning()).as(e.name()).isNotBlank().doesNotContain("<");
      if (e.type() == MetricType.COUNT) {
        assertThat(e.unit()).as("the unit of the count %s", e.name()).isNotEmpty();
      }
    }
    // Every file's list is made of schema entries, each once.
    for (MetricsSchema.File file : MetricsSchema.File.values()) {
      assertThat(file.entries()).doesNotHaveDuplicates();
      assertThat(entries).containsAll(file.entries());
    }
  }

  @Test
  void aFamilyMemberCarriesTheFamilysTypeAndRefusesNamesThatCannotBeColumns() {
    Metric<Double> pruned = EpochMetrics.SPARSIFIER.of("pruned");
    assertThat(pruned.name()).isEqualTo("sparsifier_pruned");
    assertThat(EpochMetrics.SPARSIFIER.key(pruned)).isEqualTo("pruned");
    assertThat(EpochMetrics.SPARSIFIER.name()).isEqualTo("sparsifier_<name>");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EpochMetrics.SPARSIFIER.of("a,b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sparsifier_a,b");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EpochMetrics.SPARSIFIER.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sparsifier_<name>");
  }
}
