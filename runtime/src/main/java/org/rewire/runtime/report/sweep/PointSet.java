package org.rewire.runtime.report.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finished runs grouped into points: runs of the same sparsifier whose resolved configs are equal
 * except for the seed (and name, output and thread count) are seeds of one point. A run repeating a
 * point's seed (the same run in two sweep folders) is counted once.
 *
 * @param series the sparsifier types, the reference first, then in order of first appearance
 * @param points the points, by series in that order, then by mean memory, then parameters
 * @param duplicates runs left out because their point already had their seed
 */
public record PointSet(List<String> series, List<ReportPoint> points, int duplicates) {
  public PointSet {
    series = List.copyOf(series);
    points = List.copyOf(points);
  }

  /**
   * Groups {@code runs}.
   *
   * @param reference the series to put first (if it has runs), or null to keep the order of
   *     appearance
   */
  public static PointSet of(List<SweepRun> runs, String reference) {
    Set<String> series = new LinkedHashSet<>();
    if (reference != null && runs.stream().anyMatch(r -> r.series().equals(reference))) {
      series.add(reference);
    }
    Map<JsonNode, TreeMap<Long, SweepRun>> bySeed = new LinkedHashMap<>();
    int duplicates = 0;
    for (SweepRun run : runs) {
      series.add(run.series());
      TreeMap<Long, SweepRun> seeds = bySeed.computeIfAbsent(run.point(), p -> new TreeMap<>());
      if (seeds.putIfAbsent(run.seed(), run) != null) {
        duplicates++;
      }
    }
    List<ReportPoint> points = new ArrayList<>();
    for (TreeMap<Long, SweepRun> seeds : bySeed.values()) {
      points.add(point(List.copyOf(seeds.values())));
    }
    List<String> order = List.copyOf(series);
    points.sort(
        Comparator.comparingInt((ReportPoint p) -> order.indexOf(p.series()))
            .thenComparingDouble(ReportPoint::memory)
            .thenComparing(ReportPoint::parameters));
    return new PointSet(order, distinctParameters(points), duplicates);
  }

  private static ReportPoint point(List<SweepRun> runs) {
    SweepRun first = runs.get(0);
    double[] accuracy = new double[runs.size()];
    double lastAccuracy = 0;
    int selectedOnValidation = 0;
    double memory = 0;
    double synapses = 0;
    int mappable = 0;
    Set<String> sweeps = new LinkedHashSet<>();
    for (int i = 0; i < runs.size(); i++) {
      SweepRun r = runs.get(i);
      accuracy[i] = r.accuracy();
      lastAccuracy += r.lastAccuracy();
      selectedOnValidation += r.selectedOnValidation() ? 1 : 0;
      memory += r.memory();
      synapses += r.synapses();
      mappable += r.mappable() ? 1 : 0;
      sweeps.add(r.sweep());
    }
    return new ReportPoint(
        first.series(),
        ParameterText.of(first.parameters()),
        ParameterText.label(first.parameters()),
        List.copyOf(sweeps),
        runs.stream().map(SweepRun::id).toList(),
        runs.stream().map(SweepRun::seed).toList(),
        MeanInterval.of(accuracy),
        lastAccuracy / runs.size(),
        selectedOnValidation,
        memory / runs.size(),
        synapses / runs.size(),
        mappable);
  }

  /**
   * Points of one series whose parameters read the same (sweeps with different base experiments)
   * get their sweep names appended, so every row of the table can be told apart.
   */
  private static List<ReportPoint> distinctParameters(List<ReportPoint> points) {
    Map<String, Integer> count = new TreeMap<>();
    points.forEach(p -> count.merge(p.series() + "\n" + p.parameters(), 1, Integer::sum));
    List<ReportPoint> out = new ArrayList<>();
    for (ReportPoint p : points) {
      if (count.get(p.series() + "\n" + p.parameters()) == 1) {
        out.add(p);
        continue;
      }
      out.add(
          new ReportPoint(
              p.series(),
              p.parameters() + " [" + String.join(", ", p.sweeps()) + "]",
              p.label(),
              p.sweeps(),
              p.runIds(),
              p.seeds(),
              p.accuracy(),
              p.lastAccuracy(),
              p.selectedOnValidation(),
              p.memory(),
              p.synapses(),
              p.mappable()));
    }
    return out;
  }

  /** The points of {@code series}, in order. */
  public List<ReportPoint> of(String series) {
    return points.stream().filter(p -> p.series().equals(series)).toList();
  }
}
