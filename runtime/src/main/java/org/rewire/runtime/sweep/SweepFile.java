package org.rewire.runtime.sweep;

import java.nio.file.Path;
import java.util.List;
import org.rewire.runtime.config.ValueOverride;

/**
 * A bound sweep file.
 *
 * @param file the sweep file
 * @param experiment the base experiment, resolved against the sweep file's folder
 * @param name the sweep's name: its folder's name under {@code output.dir}
 * @param grid the swept keys in file order, each with its values
 * @param runs explicit runs, each a list of overrides, added after the grid's
 * @param workers parallel runs, 0 for as many as fit the cores
 * @param outputDir the folder that holds sweep folders
 * @param slurm what a Slurm job array of the sweep asks for ({@code slurm:}; used with {@code
 *     --executor slurm} only)
 */
public record SweepFile(
    Path file,
    Path experiment,
    String name,
    List<Axis> grid,
    List<List<ValueOverride>> runs,
    int workers,
    Path outputDir,
    SlurmSettings slurm) {
  public SweepFile {
    grid = List.copyOf(grid);
    runs = runs.stream().map(List::copyOf).toList();
  }

  /**
   * One swept key and its values, each located where the sweep file writes it.
   *
   * @param key the dotted override path
   * @param values one override per value, in file order
   */
  public record Axis(String key, List<ValueOverride> values) {
    public Axis {
      values = List.copyOf(values);
    }
  }

  /** The sweep's folder. */
  public Path folder() {
    return outputDir.resolve(name);
  }
}
