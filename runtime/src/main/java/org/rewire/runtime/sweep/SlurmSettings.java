package org.rewire.runtime.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a Slurm job array of a sweep asks the scheduler for, from the sweep file's {@code slurm:}
 * section and the command line. Every field may be left unset (null, or 0 for the numbers): the
 * cluster's defaults apply.
 *
 * @param partition {@code sbatch --partition}, or null
 * @param cpusPerTask {@code sbatch --cpus-per-task}: the cores of one run, which are also its
 *     training threads when its experiment leaves {@code training.threads} at 0; 0 for the
 *     cluster's default (1 core)
 * @param memory {@code sbatch --mem}: memory per node (one task), an integer with an optional unit
 *     K, M, G or T (megabytes without), or null
 * @param time {@code sbatch --time}: a task's time limit in one of Slurm's forms ({@code minutes},
 *     {@code minutes:seconds}, {@code hours:minutes:seconds}, {@code days-hours}, {@code
 *     days-hours:minutes}, {@code days-hours:minutes:seconds}), or null
 * @param maxParallel tasks of the array that may run at once ({@code --array=...%N}), 0 for no
 *     limit
 * @param sbatchArgs further {@code sbatch} arguments, each one argument, such as {@code
 *     --account=lab}
 */
public record SlurmSettings(
    String partition,
    int cpusPerTask,
    String memory,
    String time,
    int maxParallel,
    List<String> sbatchArgs) {
  /** Nothing asked for: the cluster's defaults. */
  public static final SlurmSettings DEFAULTS = new SlurmSettings(null, 0, null, null, 0, List.of());

  private static final List<String> RESERVED =
      List.of("-a", "--array", "-o", "--output", "-e", "--error", "--open-mode", "--parsable");
  private static final Pattern MEMORY = Pattern.compile("[0-9]+[KMGT]?");
  private static final Pattern TIME =
      Pattern.compile(
          "[0-9]+(:[0-9]+){0,2}|[0-9]+-[0-9]+(:[0-9]+){0,2}|UNLIMITED|INFINITE",
          Pattern.CASE_INSENSITIVE);

  /**
   * @throws IllegalArgumentException if a number is negative
   */
  public SlurmSettings {
    if (cpusPerTask < 0 || maxParallel < 0) {
      throw new IllegalArgumentException(
          "cpus per task and max parallel must be >= 0, got " + cpusPerTask + ", " + maxParallel);
    }
    sbatchArgs = List.copyOf(sbatchArgs);
  }

  /**
   * These settings with every field that {@code overrides} sets replacing this one's; its {@code
   * sbatchArgs} come after these (for {@code sbatch}, the last of two equal options wins).
   */
  public SlurmSettings with(SlurmSettings overrides) {
    List<String> args = new ArrayList<>(sbatchArgs);
    args.addAll(overrides.sbatchArgs);
    return new SlurmSettings(
        overrides.partition != null ? overrides.partition : partition,
        overrides.cpusPerTask > 0 ? overrides.cpusPerTask : cpusPerTask,
        overrides.memory != null ? overrides.memory : memory,
        overrides.time != null ? overrides.time : time,
        overrides.maxParallel > 0 ? overrides.maxParallel : maxParallel,
        args);
  }

  /** The cores one task gets: {@link #cpusPerTask}, or Slurm's default of 1. */
  public int cores() {
    return Math.max(1, cpusPerTask);
  }

  /**
   * Why {@code memory} is not a Slurm memory size, or null when it is.
   *
   * @param memory such as {@code 4G} or {@code 500M}
   */
  public static String memoryProblem(String memory) {
    return MEMORY.matcher(memory).matches()
        ? null
        : "expected a memory size such as 4G or 500M (units K, M, G, T; megabytes without), got '"
            + memory
            + "'";
  }

  /**
   * Why {@code arg} cannot be one of the further {@code sbatch} arguments, or null when it can. It
   * must be an option (start with {@code -}); the options rewire sets itself for every array (the
   * array's indexes, the task logs it reads, parsable output) are refused, since a second value
   * would break how runs are matched to tasks.
   */
  public static String argumentProblem(String arg) {
    if (!arg.startsWith("-")) {
      return "expected an sbatch option such as --account=lab, got '" + arg + "'";
    }
    String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    String two = arg.length() >= 2 && !arg.startsWith("--") ? arg.substring(0, 2) : name;
    if (RESERVED.contains(name) || RESERVED.contains(two)) {
      return "'"
          + arg
          + "' is set by rewire for every array (the array's indexes and the task logs it reads);"
          + " remove it";
    }
    return null;
  }

  /**
   * Why {@code time} is not a Slurm time limit, or null when it is.
   *
   * @param time such as {@code 90} (minutes), {@code 02:00:00} or {@code 1-12:00:00}
   */
  public static String timeProblem(String time) {
    return TIME.matcher(time).matches()
        ? null
        : "expected a time limit such as 90 (minutes), 02:00:00 or 1-12:00:00, got '" + time + "'";
  }
}
