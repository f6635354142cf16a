package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rewire.runtime.Counted;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.report.sweep.FrontComparison;
import org.rewire.runtime.report.sweep.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rewire report SWEEP_DIR...}: accuracy vs memory over sweeps, as pictures and a table. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Report on sweep folders: finished runs grouped into points (one series per sparsifier,"
          + " seeds of the same config together), test accuracy vs memory and vs synapses as PNG"
          + " charts (mean and 95 %% interval over seeds, Pareto fronts), and report.md: a table"
          + " of every point and the reference series compared with each other one at equal"
          + " memory and at equal accuracy. Also writes points.csv.",
      "Give one folder per method, e.g. the routing-aware, DeepR and Mosaic-baseline sweeps.",
      "Exit code 0 on success, 2 when a folder is not a finished sweep."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand RewireCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "SWEEP_DIR",
      description = "Sweep folders written by rewire sweep (holding results.json and runs/).")
  List<Path> folders;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Where to write the report (default: the first sweep folder's report/).")
  Path output;

  @Option(
      names = "--reference",
      paramLabel = "TYPE",
      description =
          "The series the others are compared with (default: "
              + SweepReport.DEFAULT_REFERENCE
              + " when present, else the first folder's).")
  String reference;

  @Override
  public Integer call() {
    SweepReport report = SweepReport.of(folders, reference);
    Path dir = (output != null ? output : report.folders().get(0).path().resolve("report"));
    List<Path> files;
    try {
      files = report.write(dir.toAbsolutePath());
    } catch (IOException e) {
      throw new UserInputException("cannot write the report into " + dir + ": " + e.getMessage());
    }
    PrintWriter out = parent.session.out();
    int runs = report.points().points().stream().mapToInt(p -> p.n()).sum();
    out.printf(
        Locale.ROOT,
        "%s in %s (%s) from %s%n",
        Counted.of(report.points().points().size(), "point"),
        Counted.of(report.points().series().size(), "series", "series"),
        String.join(", ", report.points().series()),
        Counted.of(runs, "finished run"));
    for (FrontComparison c : report.comparisons()) {
      out.printf(Locale.ROOT, "%s vs %s: %s%n", c.reference(), c.other(), overlap(c));
    }
    out.printf("report: %s%n", files.get(0));
    files.subList(1, files.size()).forEach(f -> out.printf("        %s%n", f));
    return ExitCodes.OK;
  }

  private static String overlap(FrontComparison c) {
    return (c.memoryOverlap() ? "compared at equal memory" : "no overlap in memory")
        + ", "
        + (c.accuracyOverlap() ? "compared at equal accuracy" : "no overlap in accuracy");
  }
}
