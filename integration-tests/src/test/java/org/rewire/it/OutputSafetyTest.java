package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code rewire run} does with its output folder: it never replaces a run folder without
 * {@code --force}; a folder it cannot create (under a regular file, in a file system that refuses
 * it, read-only) is exit code 2 and one line naming the path, with nothing written; a write that
 * fails during the run (the disk is full) is exit code 1 and one line naming the file, with no
 * half-written file left; and no run name, from the YAML or {@code --set}, leads out of the output
 * folder.
 */
class OutputSafetyTest {
  @TempDir Path work;

  private Path experiment(String name) throws Exception {
    Path file = work.resolve("safe.yaml");
    Files.writeString(
        file,
        """
        name: %s
        seed: 1
        dataset: {type: it-faulty}
        model: {input: {steps: 5, duration: 1.0}}
        target: {type: it-faulty}
        sparsifier: {type: it-faulty}
        training: {epochs: 1, batch_size: 2, threads: 1}
        """
            .formatted(name));
    return file;
  }

  private Cli.Result run(Path experiment, Path output, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "run";
    args[1] = experiment.toString();
    args[2] = "--output";
    args[3] = output.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return Cli.rewire(work.resolve("cache"), args);
  }

  private static void assertOneLine(Cli.Result r, int code, String... fragments) {
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("rewire: ").contains(fragments).doesNotContain("\tat ");
  }

  @Test
  void anExistingRunFolderIsKeptWithoutForceAndReplacedWithIt() throws Exception {
    Path file = experiment("safe");
    Path runs = work.resolve("runs");
    assertThat(run(file, runs).code()).isZero();
    Path folder = runs.resolve("safe");
    Path notes = Files.writeString(folder.resolve("notes.txt"), "my analysis");
    String config = Files.readString(folder.resolve("config.yaml"));

    // Refused before anything is built: a dataset that would fail to build is never reached.
    Cli.Result again = run(file, runs, "--set", "dataset.fail=create");
    assertOneLine(again, 2, "run folder " + folder + " exists; pass --force");
    assertThat(notes).hasContent("my analysis");
    assertThat(folder.resolve("config.yaml")).hasContent(config);

    Cli.Result forced = run(file, runs, "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(notes).doesNotExist();
    assertThat(folder.resolve("summary.json")).isNotEmptyFile();
  }

  @Test
  void anOutputFolderUnderARegularFileIsAOneLineError() throws Exception {
    Path file = Files.writeString(work.resolve("results.txt"), "not a folder");
    Cli.Result r = run(experiment("safe"), file.resolve("runs"));
    assertOneLine(r, 2, "cannot create run folder " + file.resolve("runs/safe"), file.toString());
    assertThat(file).hasContent("not a folder");
  }

  @Test
  void anOutputFolderTheFileSystemRefusesIsAOneLineErrorEvenForRoot() throws Exception {
    // sysfs refuses new folders to everyone, root included, where permission bits would not.
    Path sys = Path.of("/sys");
    assumeTrue(Files.isDirectory(sys.resolve("kernel")), "needs Linux sysfs");
    Path refused = sys.resolve("rewire-test-" + ProcessHandle.current().pid());
    Cli.Result r = run(experiment("safe"), refused);
    assertOneLine(r, 2, "cannot create run folder " + refused.resolve("safe") + ": ");
    assertThat(refused).doesNotExist();
  }

  @Test
  void aReadOnlyOutputFolderIsAOneLineError() throws Exception {
    Path readOnly = Files.createDirectories(work.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // Root ignores permission bits; the sysfs test covers that case.
      assumeTrue(!Files.isWritable(readOnly), "permission bits are not enforced for this user");
      Cli.Result r = run(experiment("safe"), readOnly);
      assertOneLine(r, 2, "cannot create run folder " + readOnly.resolve("safe"), "permission");
      try (Stream<Path> written = Files.list(readOnly)) {
        assertThat(written).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aWriteThatFailsDuringTheRunIsAOneLineErrorAndLeavesNoPartialFile() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
    Path runs = work.resolve("runs");
    Path cache = Files.createDirectories(work.resolve("cache"));
    Cli.Result r =
        ChildJvm.rewireWithFileSizeLimit(
            cache,
            Duration.ofSeconds(60),
            List.of("run", experiment("full").toString(), "--output", runs.toString()),
            1);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.startsWith("rewire: ")).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .startsWith("rewire: cannot write " + runs.resolve("full"))
        .endsWith(": File too large");
    assertThat(r.err()).doesNotContain("\tat ", "Exception");
    try (Stream<Path> files = Files.list(runs.resolve("full"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names).noneMatch(n -> n.endsWith(".tmp")).doesNotContain("summary.json");
    }
  }

  @Test
  void runNamesFromTheYamlOrSetCannotLeaveTheOutputFolder() throws Exception {
    Path runs = work.resolve("deep/runs");
    assertThat(run(experiment("../../escape"), runs).code()).isZero();
    assertThat(runs.resolve("escape/summary.json")).exists();
    assertThat(run(experiment("/tmp/absolute"), runs).code()).isZero();
    assertThat(runs.resolve("tmp-absolute/summary.json")).exists();
    assertThat(work.resolve("escape")).doesNotExist();
    assertThat(work.resolve("deep/escape")).doesNotExist();

    Path file = experiment("safe");
    for (String name : List.of("../escape", "/tmp/escape", "..", "a/b")) {
      Cli.Result r = run(file, runs, "--set", "output.name=" + name);
      assertOneLine(r, 2, "output.name: must be a plain folder name");
    }
    try (Stream<Path> written = Files.list(runs)) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("escape", "tmp-absolute");
    }
  }

  @Test
  void sweepRunIdsStayInsideTheSweepFolder() throws Exception {
    experiment("safe");
    Path sweep = work.resolve("sweep.yaml");
    Files.writeString(
        sweep,
        "experiment: safe.yaml\nname: s\noutput: {dir: "
            + work.resolve("sweeps")
            + "}\ngrid: {name: ['../../escape', '/tmp/abs']}\n");
    Cli.Result r = Cli.rewire(work.resolve("cache"), "sweep", sweep.toString(), "--workers", "1");
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    try (Stream<Path> written = Files.list(work.resolve("sweeps/s/runs"))) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("name=..-..-escape", "name=-tmp-abs");
    }
    assertThat(work.resolve("escape")).doesNotExist();
  }
}
