package org.rewire.runtime.metrics;

import java.util.List;

/**
 * The metrics of one epoch: a row of a run's {@code metrics.csv} and {@code metrics.json}, and the
 * rows a checkpoint carries. {@link #ROW} lists them in column order; the training loop fills them
 * in that order (see {@code org.rewire.runtime.train.Trainer}).
 */
public final class EpochMetrics {
  private EpochMetrics() {}

  public static final Metric<Long> EPOCH =
      Metric.count("epoch", "epochs", "epochs completed: the row's epoch, counted from 1");
  public static final Metric<Long> STEP =
      Metric.count("step", "steps", "optimizer steps taken since training began");
  public static final Metric<Double> LEARNING_RATE =
      Metric.real(
          "learning_rate", "", "Adam's step size at the epoch's last step, after the schedule");
  public static final SplitMetrics TRAIN = SplitMetrics.training();
  public static final SplitMetrics VALIDATION = SplitMetrics.evaluated("validation");
  public static final SplitMetrics TEST = SplitMetrics.evaluated("test");
  public static final Metric<Long> SYNAPSES =
      Metric.count(
          "synapses",
          "synapses",
          "recurrent synapses with a non-zero weight: the network the chip must hold");
  public static final Metric<Long> LINKS =
      Metric.count(
          "links", "links", "routed neuron-to-core links of that network mapped onto the chip");
  public static final Metric<Long> MEMORY =
      Metric.count("memory", "devices", "memory devices the mapped network needs, whole chip");
  public static final MetricFamily<Long> MEMORY_BY_KIND =
      MetricFamily.counts(
              "memory_",
              "kind",
              "devices",
              "the same in the chip's elements of one kind (the target names them: NT, R0, R1 on"
                  + " Mosaic)")
          .groupedAs("memory_by_kind");
  public static final Metric<Long> VIOLATIONS =
      Metric.count("violations", "ports", "ports over capacity in that mapping");
  public static final Metric<Boolean> MAPPABLE =
      Metric.flag("mappable", "whether the network fits the chip (no violation)");
  public static final MetricFamily<Double> SPARSIFIER =
      MetricFamily.reals(
          "sparsifier_",
          "name",
          "",
          "what the sparsifier reported during the epoch (RewiringContext.report; the last value"
              + " wins), such as pruned, regrown, links_d1");

  /** Every column of a metrics row, in the order the files write them. */
  public static final List<MetricEntry> ROW =
      List.of(
          EPOCH,
          STEP,
          LEARNING_RATE,
          TRAIN.loss(),
          TRAIN.accuracy(),
          TRAIN.rate(),
          VALIDATION.loss(),
          VALIDATION.accuracy(),
          VALIDATION.rate(),
          TEST.loss(),
          TEST.accuracy(),
          TEST.rate(),
          SYNAPSES,
          LINKS,
          MEMORY,
          MEMORY_BY_KIND,
          VIOLATIONS,
          MAPPABLE,
          SPARSIFIER);
}
