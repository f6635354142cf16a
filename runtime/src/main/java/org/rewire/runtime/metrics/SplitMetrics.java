package org.rewire.runtime.metrics;

/**
 * The loss, accuracy and firing rate of one data split: {@code train_*}, {@code validation_*},
 * {@code test_*}.
 *
 * @param split the split's name, the metrics' prefix
 * @param loss {@code <split>_loss}
 * @param accuracy {@code <split>_accuracy}
 * @param rate {@code <split>_rate}
 */
public record SplitMetrics(
    String split, Metric<Double> loss, Metric<Double> accuracy, Metric<Double> rate) {
  static final String RATE_UNIT = "spikes/(neuron step)";

  /** The training split's metrics: means over the epoch's mini-batches, taken while training. */
  static SplitMetrics training() {
    return new SplitMetrics(
        "train",
        Metric.real(
            "train_loss",
            "nats",
            "the loss whose gradient trained the network (cross-entropy, plus the rate term and"
                + " the sparsifier's penalty), mean over the epoch's batches"),
        Metric.fraction(
            "train_accuracy", "share of training samples classified right during the epoch"),
        Metric.real(
            "train_rate",
            RATE_UNIT,
            "mean firing rate per neuron, time step and sample during the epoch"));
  }

  /**
   * The metrics of an evaluated split ({@code validation}, {@code test}): after the epoch, without
   * augmentation, averaged over the split's channel variants; present when the data has the split.
   */
  static SplitMetrics evaluated(String split) {
    String after = " after the epoch (mean over channel variants)";
    return new SplitMetrics(
        split,
        Metric.real(split + "_loss", "nats", "cross-entropy on the " + split + " split" + after),
        Metric.fraction(
            split + "_accuracy", "share of the " + split + " split classified right" + after),
        Metric.real(
            split + "_rate", RATE_UNIT, "mean firing rate on the " + split + " split" + after));
  }
}
