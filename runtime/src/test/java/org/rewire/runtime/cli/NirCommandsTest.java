package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rewire eval} and {@code rewire map} on graphs written by NIR's own writer in other
 * libraries' shapes ({@code src/test/resources/nir}), placed in order or by a placement file, and
 * the one-line refusals of what Rewire cannot run.
 */
class NirCommandsTest {
  static final Path FIXTURES = Path.of("src/test/resources/nir").toAbsolutePath();

  @TempDir Path dir;
  Path experiment;

  @BeforeEach
  void experiment() throws Exception {
    experiment = dir.resolve("exp.yaml");
    Files.writeString(
        experiment,
        """
        name: e
        dataset: {type: test-list, samples: 12}
        target: {type: test-grid, rows: 2}
        sparsifier: {type: test-rewire}
        model: {input: {steps: 40, duration: 1.0}}
        """);
  }

  Cli rewire(String... args) {
    return Cli.run(dir.resolve("cache"), args);
  }

  /** {@code rewire eval} of the flat recurrent LIF fixture placed by {@code placement}. */
  Cli evalPlaced(Path placement) {
    return rewire(
        "eval",
        fixture("recurrent-lif.nir"),
        experiment.toString(),
        "--placement",
        placement.toString());
  }

  String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }

  @Test
  void snnTorchsRsynapticShapeRunsWithEulerSteps() {
    Cli r =
        rewire(
            "eval",
            fixture("recurrent-cubalif.nir"),
            experiment.toString(),
            "--discretization",
            "euler",
            "--set",
            "model.dt=0.0001");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(": 16 CubaLIF neurons, 2 input channels, ")
        .contains("placed in order on 16 neurons; dt 1.0E-4 s, euler discretization")
        .containsPattern("test accuracy: [0-9.]+ % \\(12 samples\\), spike rate [0-9.]+");
    assertThat(r.err()).contains("resets to v_reset by NIR's definition");
  }

  @Test
  void aPlacementFileMovesNeuronsAndMustKeepTheReadoutOnTheOutputs() throws Exception {
    Path swap = dir.resolve("swap.txt");
    Files.writeString(
        swap, "# swap neurons 0 and 1\n1 0 2 3 4 5 6 7\n8, 9, 10, 11, 12, 13, 14, 15\n");
    Cli moved = evalPlaced(swap);
    assertThat(moved.exit()).as(moved.err()).isZero();
    assertThat(moved.out()).contains("placed by " + swap);

    Path wrong = dir.resolve("wrong.txt");
    Files.writeString(wrong, "0 1 2 3 4 5 6 7 8 9 10 11 12 13 15 14\n");
    Cli refused = evalPlaced(wrong);
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .isEqualTo(
            "rewire: "
                + fixture("recurrent-lif.nir")
                + ": node 'lif' (LIF): output 0 reads neuron 14, placed on the target's neuron 15,"
                + " but the target reads class 0 from neuron 14; place the readout neurons on the"
                + " target's output neurons (--placement)\n");

    Path twice = dir.resolve("twice.txt");
    Files.writeString(twice, "0 1 2 3\n4 5 6 7 8 9 10 11 12 13 14 3\n");
    Cli dup =
        rewire(
            "map",
            fixture("recurrent-lif.nir"),
            "--target",
            experiment.toString(),
            "--placement",
            twice.toString(),
            "-o",
            dir.toString());
    assertThat(dup.exit()).isEqualTo(2);
    assertThat(dup.err())
        .isEqualTo("rewire: " + twice + ":2: neuron 3 is already used on line 1\n");
  }

  @Test
  void aFeedForwardGraphMapsWithNoRecurrentSynapses() {
    Cli r =
        rewire(
            "map",
            fixture("feed-forward.nir"),
            "--target",
            experiment.toString(),
            "-o",
            dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("16 neurons, 0 synapses");
    assertThat(dir.resolve("feed-forward.mapping.json")).exists();
    assertThat(dir.resolve("feed-forward.chip.png")).exists();
  }

  @Test
  void unsupportedNodesAndMistakesExitTwoWithOneLine() {
    Cli conv = rewire("eval", fixture("unsupported-conv.nir"), experiment.toString());
    assertThat(conv.exit()).isEqualTo(2);
    assertThat(conv.err())
        .startsWith("rewire: " + fixture("unsupported-conv.nir") + ": node 'conv' (Conv1d): ")
        .hasLineCount(1);
    Cli mapConv = rewire("map", fixture("unsupported-conv.nir"), "--target", experiment.toString());
    assertThat(mapConv.exit()).isEqualTo(2);
    assertThat(mapConv.err()).isEqualTo(conv.err());

    Cli noExperiment = rewire("eval", fixture("recurrent-lif.nir"));
    assertThat(noExperiment.exit()).isEqualTo(2);
    assertThat(noExperiment.err()).contains("a NIR file needs an experiment");

    Cli noTarget = rewire("map", fixture("recurrent-lif.nir"));
    assertThat(noTarget.exit()).isEqualTo(2);
    assertThat(noTarget.err()).contains("rewire map FILE.nir --target T.yaml");

    Cli rule =
        rewire(
            "eval", fixture("recurrent-lif.nir"), experiment.toString(), "--discretization", "rk4");
    assertThat(rule.exit()).isEqualTo(2);
    assertThat(rule.err()).isEqualTo("rewire: --discretization rk4: expected exact or euler\n");

    Cli format = rewire("export", dir.toString(), "--format", "onnx");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).isEqualTo("rewire: --format onnx: expected nir\n");

    Path noPlacement = dir.resolve("missing.txt");
    Cli missingPlacement = evalPlaced(noPlacement);
    assertThat(missingPlacement.exit()).isEqualTo(2);
    assertThat(missingPlacement.err()).isEqualTo("rewire: " + noPlacement + ": no such file\n");

    Cli toFolder = rewire("export", dir.toString(), "-o", dir.toString());
    assertThat(toFolder.exit()).isEqualTo(2);
    assertThat(toFolder.err())
        .isEqualTo(
            "rewire: --output " + dir + ": is a folder; expected the path of a file to write\n");
    Path typo = dir.resolve("no-such-folder/net.nir");
    Cli intoNowhere = rewire("export", dir.toString(), "-o", typo.toString());
    assertThat(intoNowhere.exit()).isEqualTo(2);
    assertThat(intoNowhere.err())
        .isEqualTo(
            "rewire: --output "
                + typo
                + ": no such folder "
                + typo.getParent()
                + "; create it first\n");
    Cli countsToFolder =
        rewire(
            "eval",
            fixture("recurrent-lif.nir"),
            experiment.toString(),
            "--counts",
            typo.toString());
    assertThat(countsToFolder.exit()).isEqualTo(2);
    assertThat(countsToFolder.err()).startsWith("rewire: --counts " + typo + ": no such folder");
    assertThat(countsToFolder.out()).as("refused before evaluating").isEmpty();
    assertThat(typo.getParent()).doesNotExist();

    Cli notARun = rewire("export", dir.toString());
    assertThat(notARun.exit()).isEqualTo(2);
    assertThat(notARun.err()).isEqualTo("rewire: " + dir + ": not a run folder (no config.yaml)\n");
  }
}
