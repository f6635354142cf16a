package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash a checkpoint exists for: a real {@code rewire run} in its own JVM is killed with
 * SIGKILL in the middle of its second epoch, then {@code rewire run --resume} continues it, and the
 * run folder ends as that of an uninterrupted run with the same seed, file for file. An epoch takes
 * about a second here, so the whole test about 20 s.
 */
class KillAndResumeTest {
  private static final List<String> RESULTS =
      List.of(
          "metrics.csv", "metrics.json", "network.json", "mapping.json", "chip.png", "curves.png");

  @TempDir Path work;

  @Test
  void aRunKilledMidEpochResumesToTheUninterruptedResult() throws Exception {
    Path file = work.resolve("kill.yaml");
    Files.writeString(
        file,
        """
        name: kill
        seed: 11
        dataset: {type: randman, channels: 32, classes: 4, samples: 320, test_samples: 16}
        model: {input: {steps: 40, duration: 1.0}}
        target: {type: mosaic, rows: 3, cols: 3, tile_size: 16, inputs: 32}
        sparsifier: {type: routing-aware-deepr, profile: {1: 0.5, 3: 0.1}, prune_count: 2}
        training: {epochs: 3, batch_size: 16, threads: 1}
        """);

    // The uninterrupted run in-process (the same code; its results do not depend on the JVM).
    Cli.Result whole =
        Cli.rewire(
            work.resolve("cache"),
            "run",
            file.toString(),
            "--output",
            work.resolve("whole").toString());
    assertThat(whole.code()).as(whole.err()).isZero();

    Path run = work.resolve("killed").resolve("kill");
    Process killed = rewire("run", file.toString(), "--output", work.resolve("killed").toString());
    Path checkpoint = run.resolve("checkpoint.bin");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(checkpoint) && killed.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(checkpoint).as(log("killed")).exists();
    // The checkpoint is renamed into place as epoch 1's last act; an epoch takes over a second
    // here (more on a loaded machine), so this is a few batches into epoch 2.
    Thread.sleep(150);
    killed.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
    killed.waitFor();
    assertThat(Files.readAllLines(run.resolve("metrics.csv")))
        .as("killed after epoch 1 and before epoch 2 ended")
        .hasSize(2);
    assertThat(run.resolve("summary.json")).doesNotExist();

    Process resumed = rewire("run", "--resume", run.toString());
    assertThat(finish(resumed)).as(log("resumed")).isZero();
    assertThat(Files.readString(work.resolve("resumed.err"))).contains("after epoch 1 of 3");
    Path uninterrupted = work.resolve("whole").resolve("kill");
    for (String name : RESULTS) {
      assertThat(run.resolve(name)).as(name).hasSameBinaryContentAs(uninterrupted.resolve(name));
    }
    assertThat(figures(run)).isEqualTo(figures(uninterrupted));
  }

  private int logs;

  /** Starts {@code rewire args} in a new JVM with this test's class path; logs go to files. */
  private Process rewire(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.rewire.runtime.cli.Main");
    command.addAll(List.of(args));
    String name = List.of("killed", "resumed").get(logs++);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(work.resolve(name + ".out").toFile())
            .redirectError(work.resolve(name + ".err").toFile());
    builder.environment().put("REWIRE_CACHE", work.resolve("cache").toString());
    builder.environment().put("CI", "true"); // plain progress lines
    return builder.start();
  }

  private static int finish(Process p) throws InterruptedException {
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("rewire did not finish in 120 s");
    }
    return p.exitValue();
  }

  private String log(String name) throws IOException {
    return Files.readString(work.resolve(name + ".err"));
  }

  private static ObjectNode figures(Path run) throws IOException {
    ObjectNode summary =
        (ObjectNode) new ObjectMapper().readTree(run.resolve("summary.json").toFile());
    summary.remove(List.of("train_seconds", "wall_seconds"));
    return summary;
  }
}
