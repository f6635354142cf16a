package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  Cli rewire(String... args) {
    return Cli.run(dir.resolve("cache"), args);
  }

  @Test
  void reportsOnARealSweepAndEveryRunDrewItsLearningCurves() throws Exception {
    TinySweep.experiment(dir, "{type: test-keep, density: 0.5}", 1);
    TinySweep.sweepFile(
        dir, dir.resolve("out"), "grid: {sparsifier.density: [0.3, 0.6], seed: [1, 2]}\n");
    Cli sweep = rewire("sweep", dir.resolve("s.yaml").toString(), "--workers", "1");
    assertThat(sweep.exit()).as(sweep.err()).isZero();
    Path folder = dir.resolve("out/s");
    assertThat(folder.resolve("runs/sparsifier.density=0.3,seed=1/curves.png")).isRegularFile();

    Cli report = rewire("report", folder.toString());
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out())
        .startsWith("2 points in 1 series (test-keep) from 4 finished runs\n")
        .contains("report: " + folder.resolve("report/report.md"));
    assertThat(Files.readString(folder.resolve("report/report.md")))
        .contains("| test-keep | sparsifier.density=0.3 | 2 |")
        .contains("| test-keep | sparsifier.density=0.6 | 2 |")
        .contains("One series only: nothing to compare it with.");
    assertThat(ImageIO.read(folder.resolve("report/accuracy-vs-memory.png").toFile())).isNotNull();
    assertThat(folder.resolve("report/points.csv")).isRegularFile();

    Path elsewhere = dir.resolve("elsewhere");
    assertThat(rewire("report", folder.toString(), "--output", elsewhere.toString()).exit())
        .isZero();
    assertThat(elsewhere.resolve("accuracy-vs-synapses.png")).isRegularFile();
  }

  @Test
  void aFolderThatIsNoSweepIsOneLineAndExit2() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    Cli r = rewire("report", plain.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "rewire: "
                + plain
                + ": no results.json; expected a sweep folder written by rewire sweep"
                + System.lineSeparator());
    assertThat(plain.resolve("report")).doesNotExist();
    Cli none = rewire("report");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("missing required parameter: 'SWEEP_DIR'");
  }

  @Test
  void helpNamesTheFilesAndTheReference() {
    Cli help = rewire("report", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("report.md").contains("--reference").contains("--output");
  }
}
