package org.rewire.runtime.sweep.slurm;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.rewire.runtime.output.AtomicFiles;

/**
 * The batch script every task of a sweep's arrays runs, {@code slurm/task.sh} in the sweep folder:
 * it runs run {@code OFFSET + SLURM_ARRAY_TASK_ID} of the plan ({@code OFFSET} is the script's
 * first argument, 0 unless the sweep has more runs than the cluster's {@code MaxArraySize}) with
 * {@code rewire sweep FILE --output DIR --run-index I}, in the same Java and the same rewire
 * distribution as the command that submitted it (its {@code rewire.home}, else its class path), on
 * the sweep file's absolute path, with the same cache and plugins folders. The JVM sees as many
 * cores as the task was given ({@code SLURM_CPUS_PER_TASK}), so a run's training threads fit them;
 * {@code REWIRE_JAVA_OPTS} reaches it from the submitting shell (sbatch exports the environment).
 *
 * @param java the {@code java} executable
 * @param home the distribution's folder ({@code rewire.home}), or null to use {@code classPath}
 * @param classPath the class path when {@code home} is null
 * @param sweepFile the sweep file, absolute
 * @param outputDir the folder that holds the sweep folder, absolute
 * @param plugins the plugins folder the submitting command used explicitly, or null
 * @param cache the cache folder ({@code REWIRE_CACHE}), absolute
 */
record TaskScript(
    Path java,
    Path home,
    String classPath,
    Path sweepFile,
    Path outputDir,
    Path plugins,
    Path cache) {
  static final String NAME = "task.sh";

  /** The script for this JVM's Java and rewire distribution. */
  static TaskScript ofThisJvm(Path sweepFile, Path outputDir, Path plugins, Path cache) {
    String home = System.getProperty("rewire.home");
    List<String> path = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      path.add(Path.of(entry).toAbsolutePath().toString());
    }
    return new TaskScript(
        Path.of(System.getProperty("java.home"), "bin", "java"),
        home == null ? null : Path.of(home).toAbsolutePath(),
        String.join(File.pathSeparator, path),
        sweepFile.toAbsolutePath(),
        outputDir.toAbsolutePath(),
        plugins == null ? null : plugins.toAbsolutePath(),
        cache.toAbsolutePath());
  }

  /** The script's text. */
  String text(String sweepName) {
    List<String> command = new ArrayList<>();
    command.add(quote(java.toString()));
    command.add("-XX:ActiveProcessorCount=\"${SLURM_CPUS_PER_TASK:-1}\"");
    command.add("--add-modules jdk.incubator.vector");
    command.add("${REWIRE_JAVA_OPTS:-}");
    if (home != null) {
      command.add("-Drewire.home=" + quote(home.toString()));
      command.add("-cp " + quote(home.resolve("lib") + File.separator + "*"));
    } else {
      command.add("-cp " + quote(classPath));
    }
    command.add("org.rewire.runtime.cli.Main");
    if (plugins != null) {
      command.add("--plugins " + quote(plugins.toString()));
    }
    command.add("sweep " + quote(sweepFile.toString()));
    command.add("--output " + quote(outputDir.toString()));
    command.add("--run-index \"$run\"");
    return String.join(
        "\n",
        "#!/bin/bash",
        "# One task of the Slurm job arrays of sweep " + sweepName + ", written by",
        "# rewire sweep --executor slurm (rewritten at each submission): task I of an array",
        "# runs run OFFSET + I of the plan, OFFSET being the first argument.",
        "run=$(( SLURM_ARRAY_TASK_ID + ${1:-0} ))",
        "echo \""
            + TaskLog.START
            + "${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}: run $run, start"
            + " $(( ${SLURM_RESTART_COUNT:-0} + 1 )) on $(hostname) at $(date -u +%FT%TZ)\"",
        "export REWIRE_CACHE=" + quote(cache.toString()),
        "exec " + String.join(" ", command),
        "");
  }

  /**
   * Writes the script into {@code folder} (the sweep's {@code slurm/} folder) atomically, readable
   * and executable.
   *
   * @return its path
   */
  Path write(Path folder, String sweepName) throws IOException {
    Path file = folder.resolve(NAME);
    AtomicFiles.writeString(file, text(sweepName));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  /** {@code text} in single quotes for bash. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
