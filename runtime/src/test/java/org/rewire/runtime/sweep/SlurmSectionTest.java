package org.rewire.runtime.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.config.ExperimentFileException;

/** The sweep file's {@code slurm:} section: strict, located errors, command-line overrides. */
class SlurmSectionTest {
  @TempDir Path dir;

  private SweepFile sweep(String slurm) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(dir.resolve("base.yaml"), "");
    Files.writeString(file, "experiment: base.yaml\ngrid: {seed: [1]}\n" + slurm);
    return SweepReader.read(file);
  }

  private void refused(String slurm, String at, String problem) {
    assertThatThrownBy(() -> sweep(slurm))
        .isInstanceOf(ExperimentFileException.class)
        .hasMessageStartingWith(dir.resolve("s.yaml") + ":" + at)
        .hasMessageContaining(problem);
  }

  @Test
  void everySettingIsRead() throws Exception {
    SlurmSettings s =
        sweep(
                """
                slurm:
                  partition: cpu
                  cpus_per_task: 4
                  memory: 8G
                  time: 1-12:00:00
                  max_parallel: 20
                  sbatch_args: [--account=lab, --qos=normal]
                """)
            .slurm();
    assertThat(s)
        .isEqualTo(
            new SlurmSettings(
                "cpu", 4, "8G", "1-12:00:00", 20, List.of("--account=lab", "--qos=normal")));
    assertThat(sweep("slurm: {time: 90}\n").slurm().time()).isEqualTo("90");
    assertThat(sweep("").slurm()).isEqualTo(SlurmSettings.DEFAULTS);
  }

  @Test
  void mistakesAreLocated() {
    refused("slurm:\n  partion: cpu\n", "4:3", "unknown key 'partion'; expected one of: partition");
    refused("slurm: {cpus_per_task: 0}\n", "3:24", "expected an integer >= 1, got 0");
    refused("slurm: {memory: 8 GB}\n", "3:17", "expected a memory size such as 4G");
    refused("slurm: {time: 2 hours}\n", "3:15", "expected a time limit such as 90");
    refused("slurm: {sbatch_args: [--array=0-3]}\n", "3:23", "'--array=0-3' is set by rewire");
    refused("slurm: {sbatch_args: [-o, x]}\n", "3:23", "'-o' is set by rewire");
    refused("slurm: {sbatch_args: --account=lab}\n", "3:22", "expected a list of sbatch arguments");
    refused("slurm: [cpu]\n", "3:8", "expected a mapping of partition");
  }

  @Test
  void theCommandLineOverridesTheFileAndAddsArguments() {
    SlurmSettings file = new SlurmSettings("cpu", 4, "8G", null, 0, List.of("--account=lab"));
    SlurmSettings merged =
        file.with(new SlurmSettings(null, 2, null, "60", 3, List.of("--qos=high")));
    assertThat(merged)
        .isEqualTo(
            new SlurmSettings("cpu", 2, "8G", "60", 3, List.of("--account=lab", "--qos=high")));
    assertThat(SlurmSettings.DEFAULTS.cores()).isEqualTo(1);
  }
}
