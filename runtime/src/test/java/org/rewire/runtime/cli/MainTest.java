package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  Result rewire(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of("REWIRE_CACHE", dir.resolve("cache").toString()));
    return new Result(code, out.toString(), err.toString());
  }

  Path experiment(String extra) throws Exception {
    Path file = dir.resolve("exp.yaml");
    Files.writeString(
        file,
        """
        name: cli-test
        seed: 3
        dataset: {type: test-list}
        target: {type: test-grid, rows: 2}
        sparsifier: {type: test-keep}
        """
            + extra);
    return file;
  }

  @Test
  void versionAndHelpWorkOnEveryCommand() {
    Result version = rewire("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("rewire ").contains("api 0.2.0");
    for (String command : new String[] {"run", "sweep", "validate", "plugins"}) {
      Result help = rewire(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(help.out()).contains("Usage: rewire " + command);
      assertThat(rewire(command, "--version").code()).isZero();
    }
  }

  /** Every command's help, as listed by {@code rewire --help}, prints no picocli warning. */
  @Test
  void everyCommandsHelpFormatsCleanly() {
    String top = rewire("--help").out();
    java.util.List<String> commands = new java.util.ArrayList<>();
    boolean inCommands = false;
    for (String line : top.split("\\R")) {
      if (line.startsWith("Commands:")) {
        inCommands = true;
      } else if (inCommands && line.matches("^  [a-z][a-z-]*\\b.*")) {
        commands.add(line.trim().split("\\s+")[0]);
      }
    }
    assertThat(commands).contains("run", "sweep", "bench", "validate");
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (String command : commands) {
        Result help = rewire(command, "--help");
        assertThat(help.code()).as(command).isZero();
        assertThat(help.err()).as(command).doesNotContain("WARN");
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("picocli WARN");
  }

  @Test
  void validateAcceptsAGoodFileAndPrintsTheTypes() throws Exception {
    Result r = rewire("validate", experiment("").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("ok (dataset test-list, target test-grid, sparsifier test-keep, seed 3)");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aMistakeInTheFileIsOneLineWithExitCode2AndNoStackTrace() throws Exception {
    Result r = rewire("validate", experiment("training: {epochs: lots}\n").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "rewire: "
                + dir.resolve("exp.yaml")
                + ":6:20 training.epochs: expected an integer, got 'lots'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(rewire("frobnicate").code()).isEqualTo(2);
    assertThat(rewire("run").code()).isEqualTo(2);
    assertThat(rewire().code()).isEqualTo(2);
    Result missing = rewire("validate", dir.resolve("nope.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml: no such file").doesNotContain("Exception");
    Result folder = rewire("--plugins", dir.resolve("none").toString(), "plugins");
    assertThat(folder.code()).isEqualTo(2);
    assertThat(folder.err()).contains("plugins folder").contains("does not exist");
  }

  /**
   * A mistake on the command line is one line naming the command, the mistake and where help is,
   * not picocli's whole usage text.
   */
  @Test
  void commandLineMistakesAreOneLineWithExitCode2() throws Exception {
    String file = experiment("").toString();
    String[][] cases = {
      {"run", file, "--epochs", "3"},
      {"runn", file},
      {"run"},
      {"validate", file, "other.yaml"},
      {"bench", file, "--batches", "abc"},
      {"data", "inspec", file},
      {"--frobnicate", "plugins"},
      {"help", "frobnicate"},
    };
    String[] expected = {
      "rewire: run: unknown option '--epochs'; see 'rewire run --help'",
      "rewire: unknown command 'runn' (did you mean 'run'?); see 'rewire --help'",
      "rewire: run: missing required parameter: 'FILE'; see 'rewire run --help'",
      "rewire: validate: unexpected argument 'other.yaml'; see 'rewire validate --help'",
      "rewire: bench: invalid value for option '--batches': 'abc' is not an int; see 'rewire"
          + " bench --help'",
      "rewire: data: unknown command 'inspec' (did you mean 'inspect'?); see 'rewire data --help'",
      "rewire: unknown option '--frobnicate'; see 'rewire --help'",
      "rewire: unknown subcommand 'frobnicate'; see 'rewire --help'",
    };
    for (int i = 0; i < cases.length; i++) {
      Result r = rewire(cases[i]);
      assertThat(r.code()).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", cases[i])).startsWith(expected[i]).hasLineCount(1);
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void runWritesResolvedConfigAndProvenanceAndRefusesToOverwrite() throws Exception {
    Path file = experiment("");
    Path runs = dir.resolve("runs");
    Result r =
        rewire("run", file.toString(), "--output", runs.toString(), "--set", "training.epochs=1");
    assertThat(r.code()).as(r.err()).isZero();
    Path run = runs.resolve("cli-test");
    assertThat(r.out()).contains("run folder: " + run);
    String config = Files.readString(run.resolve("config.yaml"));
    assertThat(config).contains("epochs: 1").contains("type: test-grid").contains("rows: 2");
    String provenance = Files.readString(run.resolve("provenance.json"));
    assertThat(provenance)
        .contains("\"seed\" : 3")
        .contains("\"type\" : \"test-grid\"")
        .contains("\"plugin\" : \"built-in\"")
        .contains("\"java.version\"")
        .contains("training.epochs=1")
        .contains("\"generator\" : \"test-list\"");
    try (var files = Files.list(run)) {
      assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".tmp"));
    }

    Result again = rewire("run", file.toString(), "--output", runs.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("exists; pass --force");
    assertThat(rewire("run", file.toString(), "--output", runs.toString(), "--force").code())
        .isZero();
  }

  @Test
  void aPluginThatFailsWhileBuildingIsNamedWithExitCode1() throws Exception {
    Path file = experiment("").resolveSibling("fail.yaml");
    Files.writeString(
        file,
        Files.readString(experiment(""))
            .replace("{type: test-list}", "{type: test-list, fail: true}"));
    Result r = rewire("run", file.toString(), "--output", dir.resolve("runs").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("dataset 'test-list' from plugin 'built-in'")
        .contains("failed to build: IllegalStateException: the test dataset was asked to fail")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("runs").resolve("cli-test")).doesNotExist();
  }

  @Test
  void aContextErrorFromAProviderIsReportedAtTheSection() throws Exception {
    Path file = experiment("");
    Files.writeString(
        file, Files.readString(file).replace("{type: test-list}", "{type: test-list, classes: 9}"));
    Result r = rewire("run", file.toString(), "--output", dir.resolve("runs").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(":4:9 target.core_size: must hold the 9 outputs");
  }

  @Test
  void pluginsListsEveryProviderWithItsOrigin() {
    Result r = rewire("plugins");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("TYPE")
        .contains("test-grid")
        .contains("target")
        .contains("built-in");
    assertThat(r.out()).contains("test-list").contains("test-keep");
    Result json = rewire("plugins", "--json");
    assertThat(json.out()).contains("\"type\" : \"test-grid\"").contains("\"failures\" : [ ]");
  }

  @Test
  void trainingWritesMetricsNetworkAndMappingAndIsDeterministicWhateverTheThreadCount()
      throws Exception {
    Path file =
        experiment(
            "training: {epochs: 3, batch_size: 2}\n"
                + "model: {input: {steps: 20, duration: 1.0}}\n");
    Files.writeString(
        file,
        Files.readString(file)
            .replace("{type: test-keep}", "{type: test-keep, density: 0.5}")
            .replace("{type: test-list}", "{type: test-list, samples: 8}"));
    Path runs = dir.resolve("runs");
    Result one =
        rewire("run", file.toString(), "--output", runs.toString(), "--set", "training.threads=1");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out()).contains("mappable: yes").contains("test accuracy: ");
    Path run = runs.resolve("cli-test");
    for (String name :
        new String[] {
          "metrics.csv", "metrics.json", "network.json", "mapping.json", "chip.png", "summary.json"
        }) {
      assertThat(run.resolve(name)).as(name).isNotEmptyFile();
    }
    assertThat(Files.readString(run.resolve("summary.json")))
        .contains("\"epochs\" : 3")
        .contains("\"mappable\" : true")
        .contains("\"memory_by_kind\"")
        .contains("\"wall_seconds\"");
    String metrics = Files.readString(run.resolve("metrics.csv"));
    assertThat(metrics.lines()).hasSize(4);
    assertThat(metrics).as("the network spikes").doesNotContain(",0.0,");
    assertThat(metrics.lines().findFirst().orElseThrow())
        .startsWith(
            "epoch,step,learning_rate,train_loss,train_accuracy,train_rate,test_loss,test_accuracy");

    Result two =
        rewire(
            "run",
            file.toString(),
            "--output",
            runs.toString(),
            "--force",
            "--set",
            "training.threads=3");
    assertThat(two.code()).as(two.err()).isZero();
    assertThat(Files.readString(run.resolve("metrics.csv"))).isEqualTo(metrics);

    Result other =
        rewire("run", file.toString(), "--output", runs.toString(), "--force", "--set", "seed=4");
    assertThat(other.code()).isZero();
    assertThat(Files.readString(run.resolve("metrics.csv"))).isNotEqualTo(metrics);
  }
}
