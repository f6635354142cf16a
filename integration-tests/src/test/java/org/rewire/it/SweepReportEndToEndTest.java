package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper's comparison in miniature, as a user runs it: one sweep per method with the built-in
 * plugins (routing-aware DeepR over its profile, DeepR over its connectivity, two seeds each), then
 * {@code rewire report} over both folders.
 */
class SweepReportEndToEndTest {
  @TempDir Path work;

  private Path sweep(String name, String sparsifier, String grid) throws Exception {
    Files.writeString(
        work.resolve(name + "-base.yaml"),
        """
        name: %s
        seed: 1
        dataset: {type: randman, channels: 8, classes: 2, samples: 16, test_samples: 4, dim_manifold: 1}
        model: {input: {steps: 12, duration: 1.0}}
        target: {type: mosaic, rows: 2, cols: 2, tile_size: 8, inputs: 8}
        sparsifier: %s
        training: {epochs: 1, batch_size: 8}
        """
            .formatted(name, sparsifier));
    Path file = work.resolve(name + ".yaml");
    Files.writeString(
        file,
        "experiment: %s-base.yaml\nname: %s\noutput: {dir: %s}\nworkers: 1\ngrid: {%s, seed: [1, 2]}\n"
            .formatted(name, name, work.resolve("sweeps"), grid));
    Cli.Result r = Cli.rewire(work.resolve("cache"), "sweep", file.toString());
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    return work.resolve("sweeps").resolve(name);
  }

  @Test
  void reportsRoutingAwareAgainstDeepROverTheirSweeps() throws Exception {
    Path ra =
        sweep(
            "ra",
            "{type: routing-aware-deepr, profile: {1: 0.5}, prune_count: 2}",
            "sparsifier.profile: [{1: 0.25}, {1: 0.75}]");
    Path dr =
        sweep("dr", "{type: deepr, connectivity: 0.2}", "sparsifier.connectivity: [0.1, 0.3]");
    // Every run draws its learning curves.
    assertThat(ra.resolve("runs/sparsifier.profile=1-0.25,seed=1/curves.png")).isRegularFile();
    assertThat(dr.resolve("runs/sparsifier.connectivity=0.1,seed=2/curves.png")).isRegularFile();

    Cli.Result report = Cli.rewire(work.resolve("cache"), "report", dr.toString(), ra.toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(report.out())
        .startsWith("4 points in 2 series (routing-aware-deepr, deepr) from 8 finished runs")
        .contains("routing-aware-deepr vs deepr: ");
    Path out = dr.resolve("report");
    String md = Files.readString(out.resolve("report.md"));
    assertThat(md)
        .contains("| routing-aware-deepr | sparsifier.profile={1: 0.25} | 2 |")
        .contains("| deepr | sparsifier.connectivity=0.3 | 2 |")
        .contains("## routing-aware-deepr vs deepr")
        .contains("**At equal memory.**")
        .contains("**At equal accuracy.**");
    for (String png : new String[] {"accuracy-vs-memory.png", "accuracy-vs-synapses.png"}) {
      assertThat(ImageIO.read(out.resolve(png).toFile()).getWidth()).isEqualTo(1000);
    }
  }
}
