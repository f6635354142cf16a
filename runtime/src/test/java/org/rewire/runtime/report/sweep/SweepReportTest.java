package org.rewire.runtime.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.UserInputException;

class SweepReportTest {
  static final String RA = "routing-aware-deepr";

  @TempDir Path dir;

  /**
   * Routing-aware over two levels x three seeds (one more run failed, one is pending); DeepR over
   * two levels, one with a single seed. Every figure below is worked out by hand from these.
   */
  Path routingAware() throws Exception {
    return new SyntheticSweep(dir.resolve("ra"))
        .done(RA, 1, 1, 0.70, 1000, 100, true)
        .done(RA, 1, 2, 0.74, 1100, 100, true)
        .done(RA, 1, 3, 0.72, 1200, 100, true)
        .done(RA, 2, 1, 0.79, 10000, 400, true)
        .done(RA, 2, 2, 0.81, 10000, 400, false)
        .done(RA, 2, 3, 0.80, 10000, 400, true)
        .notDone("failed", 3, 1)
        .notDone("pending", 3, 2)
        .write();
  }

  Path deepR() throws Exception {
    return new SyntheticSweep(dir.resolve("dr"))
        .done("deepr", 1, 1, 0.60, 5000, 100, false)
        .done("deepr", 2, 1, 0.70, 50000, 400, false)
        .done("deepr", 2, 2, 0.76, 50000, 400, false)
        .write();
  }

  @Test
  void groupsSeedsOfOneConfigIntoAPointWithItsInterval() throws Exception {
    // DeepR first on the command line: the routing-aware series is still the reference.
    SweepReport report = SweepReport.of(List.of(deepR(), routingAware()), null);
    assertThat(report.points().series()).containsExactly(RA, "deepr");
    List<ReportPoint> points = report.points().points();
    assertThat(points).hasSize(4);
    ReportPoint first = points.get(0);
    assertThat(first.series()).isEqualTo(RA);
    assertThat(first.parameters()).isEqualTo("sparsifier.level=1.0");
    assertThat(first.seeds()).containsExactly(1L, 2L, 3L);
    assertThat(first.accuracy().mean()).isCloseTo(0.72, within(1e-12));
    // t(0.975, 2) * 0.02 / sqrt(3)
    assertThat(first.accuracy().halfWidth()).isCloseTo(0.0496828, within(1e-6));
    assertThat(first.memory()).isEqualTo(1100);
    assertThat(first.mappable()).isEqualTo(3);
    assertThat(points.get(1).mappable()).isEqualTo(2);
    assertThat(points.get(2).n()).isEqualTo(1);
    assertThat(points.get(2).accuracy().hasInterval()).isFalse();
    assertThat(report.folders().get(1).failed()).isEqualTo(1);
    assertThat(report.folders().get(1).pending()).isEqualTo(1);
  }

  @Test
  void theMarkdownTableAndComparisonsReadAsWorkedOut() throws Exception {
    SweepReport report = SweepReport.of(List.of(routingAware(), deepR()), null);
    Path out = dir.resolve("out");
    report.write(out);
    String md = Files.readString(out.resolve(SweepReport.MARKDOWN));
    assertThat(md)
        .contains("Sweeps: `ra` (8 runs: 6 done, 1 failed, 1 not finished), `dr` (3 runs: 3 done).")
        .contains(
            """
            | series | parameters | n | test accuracy (%) | memory (devices) | synapses | mappable | front |
            | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
            | routing-aware-deepr | sparsifier.level=1.0 | 3 | 72.0 ± 5.0 | 1,100 | 100 | 3/3 | M S |
            | routing-aware-deepr | sparsifier.level=2.0 | 3 | 80.0 ± 2.5 | 10,000 | 400 | 2/3 | M S |
            | deepr | sparsifier.level=1.0 | 1 | 60.0 | 5,000 | 100 | 0/1 | M S |
            | deepr | sparsifier.level=2.0 | 2 | 73.0 ± 38.1 | 50,000 | 400 | 0/2 | M S |
            """)
        .contains("## routing-aware-deepr vs deepr")
        // Overlap of memory ranges [1,100, 10,000] and [5,000, 50,000]: 5,000 to 10,000.
        .contains(
            "Accuracy gap routing-aware-deepr − deepr: +16.1 to +17.5 points over 5,000 to 10,000"
                + " devices.")
        .contains(
            """
            | memory (devices) | routing-aware-deepr (%) | deepr (%) | gap (points) |
            | ---: | ---: | ---: | ---: |
            | 5,000 | ≈77.5 | 60.0 | +17.5 |
            | 10,000 | 80.0 | ≈63.9 | +16.1 |

            ≈: interpolated between measured points of a front; the widest step bridged here is\
             10.0x in memory (deepr).
            """)
        // Accuracies both fronts reach: 72 % to 73 %.
        .contains(
            "deepr needs 34.5x to 38.1x the memory of routing-aware-deepr to reach the same"
                + " accuracy, over 72.0 to 73.0 %.")
        .contains("| 72.0 | 1,100 | ≈41,884 | 38.1x |")
        .contains("| 73.0 | ≈1,450 | 50,000 | 34.5x |");
    List<String> csv = Files.readAllLines(out.resolve(SweepReport.CSV));
    assertThat(csv.get(2)).contains(",10000,400,2,0.6666666666666666,true,true,ra,");
    assertThat(csv.get(0)).isEqualTo(String.join(",", PointsCsv.COLUMNS));
    assertThat(csv.get(3))
        .startsWith("deepr,sparsifier.level=1.0,1,1,0.6,,5000,100,0,0,true,true,dr,");
  }

  @Test
  void runsWithoutAValidationSplitAreSaidToReportTheirLastEpoch() throws Exception {
    SweepReport report = SweepReport.of(List.of(routingAware(), deepR()), null);
    report.write(dir.resolve("out"));
    assertThat(Files.readString(dir.resolve("out").resolve(SweepReport.MARKDOWN)))
        .contains(
            "- test accuracy: after the last epoch (the runs have no validation split, so no epoch"
                + " was selected), in %")
        .doesNotContain("last epoch (%)");
  }

  @Test
  void selectedRunsAreReportedAtTheirBestValidationEpochBesideTheirLastEpoch() throws Exception {
    Path selected =
        new SyntheticSweep(dir.resolve("sel"))
            .done(RA, 1, 1, 0.70, 1000, 100, true)
            .selectedOnValidation(0.66)
            .done(RA, 1, 2, 0.80, 1000, 100, true)
            .selectedOnValidation(0.82)
            .done("deepr", 3, 1, 0.60, 5000, 100, false) // run ids are unique within a sweep
            .selectedOnValidation(0.50)
            .write();
    SweepReport report = SweepReport.of(List.of(selected), null);
    assertThat(report.points().points().get(0).accuracy().mean()).isCloseTo(0.75, within(1e-12));
    assertThat(report.points().points().get(0).lastAccuracy()).isCloseTo(0.74, within(1e-12));
    report.write(dir.resolve("out"));
    assertThat(Files.readString(dir.resolve("out").resolve(SweepReport.MARKDOWN)))
        .contains(
            "- test accuracy: at the best validation epoch (each run's epoch of highest validation"
                + " accuracy, the earliest on ties; the test set chose nothing), in %")
        .contains("- last epoch: test accuracy after the last epoch, mean over seeds")
        .contains(
            """
            | series | parameters | n | test accuracy at best validation epoch (%) | last epoch (%) \
            | memory (devices) | synapses | mappable | front |
            | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
            | routing-aware-deepr | sparsifier.level=1.0 | 2 | 75.0 ± 63.5 | 74.0 | 1,000 | 100 \
            | 2/2 | M S |
            | deepr | sparsifier.level=3.0 | 1 | 60.0 | 50.0 | 5,000 | 100 | 0/1 | M S |
            """);
    List<String> csv = Files.readAllLines(dir.resolve("out").resolve(SweepReport.CSV));
    assertThat(csv.get(1)).endsWith(",0.74,2");

    // Mixed with runs that have no validation split: the table says which are which.
    SweepReport mixed = SweepReport.of(List.of(selected, deepR()), null);
    mixed.write(dir.resolve("mixed"));
    assertThat(Files.readString(dir.resolve("mixed").resolve(SweepReport.MARKDOWN)))
        .contains("for the 3 runs that have a validation split, after the last epoch for the 3")
        .contains("| last epoch (%) | selected | memory (devices) |")
        .contains("| deepr | sparsifier.level=2.0 | 2 | 73.0 ± 38.1 | 73.0 | 0/2 | 50,000 |");
  }

  @Test
  void disjointFrontsSayNoOverlapWithBothRanges() throws Exception {
    Path far =
        new SyntheticSweep(dir.resolve("far"))
            .done("mosaic-baseline", 1, 1, 0.9, 1_000_000, 5000, true)
            .done("mosaic-baseline", 2, 1, 0.95, 2_000_000, 6000, true)
            .write();
    SweepReport report = SweepReport.of(List.of(routingAware(), far), null);
    report.write(dir.resolve("out"));
    assertThat(Files.readString(dir.resolve("out").resolve(SweepReport.MARKDOWN)))
        .contains(
            "**At equal memory.** No overlap: routing-aware-deepr's front covers 1,100 to 10,000"
                + " devices, mosaic-baseline's 1,000,000 to 2,000,000. Facing ends:"
                + " routing-aware-deepr's dearest front point, 80.0 % at 10,000 devices, and"
                + " mosaic-baseline's cheapest, 90.0 % at 1,000,000 devices: mosaic-baseline has"
                + " +10.0 points at 100x the memory.")
        .contains(
            "**At equal accuracy.** No overlap: routing-aware-deepr reaches 72.0 to 80.0 %,"
                + " mosaic-baseline reaches 90.0 to 95.0 %.");
  }

  @Test
  void foldersWithTheSamePointAddSeedsAndARepeatedSeedCountsOnce() throws Exception {
    Path more =
        new SyntheticSweep(dir.resolve("more"))
            .done(RA, 1, 4, 0.76, 1300, 100, true)
            .done(RA, 1, 1, 0.70, 1000, 100, true)
            .write();
    SweepReport report = SweepReport.of(List.of(routingAware(), more), null);
    ReportPoint first = report.points().points().get(0);
    assertThat(first.seeds()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(first.sweeps()).containsExactly("ra", "more");
    assertThat(report.points().duplicates()).isEqualTo(1);
    assertThat(report.comparisons()).isEmpty();
  }

  @Test
  void picturesDecodeAtTheirSizeAndTheSameInputGivesTheSameBytes() throws Exception {
    SweepReport report = SweepReport.of(List.of(routingAware(), deepR()), null);
    List<Path> one = report.write(dir.resolve("one"));
    List<Path> two =
        SweepReport.of(List.of(routingAware(), deepR()), null).write(dir.resolve("two"));
    for (String png : List.of(SweepReport.MEMORY_CHART, SweepReport.SYNAPSE_CHART)) {
      BufferedImage image = ImageIO.read(dir.resolve("one").resolve(png).toFile());
      assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
      assertThat(image.getHeight()).isEqualTo(ReportCharts.HEIGHT);
    }
    for (int i = 0; i < one.size(); i++) {
      assertThat(Files.readAllBytes(two.get(i)))
          .as(one.get(i).getFileName().toString())
          .isEqualTo(Files.readAllBytes(one.get(i)));
    }
  }

  @Test
  void theReferenceCanBeChosenButMustBeASeries() throws Exception {
    SweepReport report = SweepReport.of(List.of(routingAware(), deepR()), "deepr");
    assertThat(report.points().series()).containsExactly("deepr", RA);
    assertThat(report.comparisons().get(0).other()).isEqualTo(RA);
    assertThatThrownBy(() -> SweepReport.of(List.of(routingAware()), "dense"))
        .isInstanceOf(UserInputException.class)
        .hasMessage("--reference dense: no such series; the series are " + RA);
  }

  @Test
  void foldersThatAreNoFinishedSweepsAreOneLineErrors() throws Exception {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> SweepReport.of(List.of(missing), null))
        .hasMessage(missing + ": no such folder");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> SweepReport.of(List.of(empty), null))
        .hasMessage(empty + ": no results.json; expected a sweep folder written by rewire sweep");
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("results.json"), "{not json");
    assertThatThrownBy(() -> SweepReport.of(List.of(broken), null))
        .hasMessageStartingWith(
            broken.resolve("results.json") + ": not a results table written by rewire sweep (")
        .message()
        .doesNotContain("\n");
    Path failed =
        new SyntheticSweep(dir.resolve("failed"))
            .notDone("failed", 1, 1)
            .notDone("pending", 1, 2)
            .write();
    assertThatThrownBy(() -> SweepReport.of(List.of(failed), null))
        .hasMessage(
            "no finished run with a test accuracy in "
                + failed
                + " (2 runs: 0 done, 1 failed, 1 pending)");
    Path ra = routingAware();
    assertThatThrownBy(() -> SweepReport.of(List.of(ra, dir.resolve("x/../ra")), null))
        .hasMessage(dir.resolve("x/../ra") + ": given twice");
    Path config = ra.resolve("runs/sparsifier.level=1.0,seed=2/config.yaml");
    Files.delete(config);
    assertThatThrownBy(() -> SweepReport.of(List.of(ra), null))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith(config + ": cannot read the run's resolved config (");
  }

  @Test
  void aFigureOfAnotherTypeIsAOneLineErrorNamingTheTableTheRunAndTheMetric() throws Exception {
    Path ra = routingAware();
    Path results = ra.resolve(SweepFolder.RESULTS);
    String table = Files.readString(results);
    Files.writeString(results, table.replaceFirst("\"memory\" : [0-9]+", "\"memory\" : \"lots\""));
    assertThatThrownBy(() -> SweepReport.of(List.of(ra), null))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith(results + ": run ")
        .hasMessageEndingWith(": memory: expected a count, got 'lots'");
  }
}
