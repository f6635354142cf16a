package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rewire export} then {@code rewire eval}: a trained run written as a NIR graph and run back
 * from the file gives the run's test accuracy and the same output spike counts, bit for bit, for
 * {@code lif} and {@code cuba-lif}, with fixed and learned time constants; the file maps onto the
 * run's target as the run's own network does.
 */
class NirRoundTripTest {
  @TempDir Path dir;

  Cli rewire(String... args) {
    return Cli.run(dir.resolve("cache"), args);
  }

  Path trained(String model) throws Exception {
    return TinyTrainedRun.train(dir, model);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "neuron: lif",
        "neuron: lif, learn_tau: true",
        "neuron: cuba-lif",
        "neuron: cuba-lif, learn_tau: true"
      })
  void anExportedRunEvaluatesToTheSameSpikeCountsAndAccuracy(String model) throws Exception {
    Path run = trained(model);
    Cli export = rewire("export", run.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    Path nir = run.resolve("network.nir");
    assertThat(export.out()).startsWith("wrote " + nir + ": NIR graph of 16 ");

    Cli direct = rewire("eval", run.toString(), "--counts", dir.resolve("run.csv").toString());
    assertThat(direct.exit()).as(direct.err()).isZero();
    Cli fromFile =
        rewire(
            "eval",
            nir.toString(),
            run.resolve("config.yaml").toString(),
            "--counts",
            dir.resolve("nir.csv").toString());
    assertThat(fromFile.exit()).as(fromFile.err()).isZero();
    assertThat(fromFile.err()).as("Rewire's own export needs no note").isEmpty();

    assertThat(dir.resolve("nir.csv")).hasSameBinaryContentAs(dir.resolve("run.csv"));
    List<String> rows = Files.readAllLines(dir.resolve("nir.csv"));
    assertThat(rows).hasSize(1 + 24);
    assertThat(rows.subList(1, rows.size()))
        .as("the output neurons spike: the comparison is not of empty counts")
        .anyMatch(row -> !row.endsWith(",0,0"));
    // The line also carries the spike rate of every neuron, to four decimals.
    String accuracy = accuracyLine(direct.out());
    assertThat(accuracyLine(fromFile.out())).isEqualTo(accuracy);
    assertThat(accuracy)
        .startsWith(
            String.format(Locale.ROOT, "test accuracy: %.2f %%", 100 * lastTestAccuracy(run)));
  }

  @Test
  void theExportMapsOntoTheRunsTargetAsTheRunsNetwork() throws Exception {
    Path run = trained("neuron: lif");
    assertThat(rewire("export", run.toString(), "-o", dir.resolve("n.nir").toString()).exit())
        .isZero();
    Cli fromRun = rewire("map", run.toString());
    Cli fromFile =
        rewire(
            "map",
            dir.resolve("n.nir").toString(),
            "--target",
            run.resolve("config.yaml").toString());
    assertThat(fromFile.exit()).as(fromFile.err()).isZero();
    assertThat(fromFile.out().lines().limit(3).toList())
        .isEqualTo(fromRun.out().lines().limit(3).toList());
    assertThat(dir.resolve("n.mapping.json")).hasSameTextualContentAs(run.resolve("mapping.json"));
    assertThat(dir.resolve("n.chip.png")).exists();
  }

  @Test
  void anAlifRunIsRefusedWithOneLineAndNoFile() throws Exception {
    Path run = trained("neuron: alif");
    Cli export = rewire("export", run.toString());
    assertThat(export.exit()).isEqualTo(2);
    assertThat(export.err())
        .isEqualTo(
            "rewire: "
                + run.resolve("config.yaml")
                + ": model.neuron: alif cannot be exported: NIR has no neuron with an adaptive"
                + " threshold (its neurons are LIF, CubaLIF, IF, LI, CubaLI and I), and as LIF it"
                + " would be a different network; lif and cuba-lif runs export\n");
    assertThat(run.resolve("network.nir")).doesNotExist();
  }

  static String accuracyLine(String out) {
    return out.lines().filter(l -> l.startsWith("test accuracy:")).findFirst().orElseThrow();
  }

  /** The last epoch's test_accuracy column of the run's metrics.csv. */
  static double lastTestAccuracy(Path run) throws Exception {
    List<String> lines = Files.readAllLines(run.resolve("metrics.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    String[] last = lines.get(lines.size() - 1).split(",");
    return Double.parseDouble(last[header.indexOf("test_accuracy")]);
  }
}
