package org.rewire.runtime.train;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.metrics.SplitMetrics;

/**
 * The progress listener: a live bar on a terminal, plain log lines elsewhere (when output is not a
 * terminal or {@code CI} is set), so logs stay readable. Each epoch ends with one line of its
 * figures: training loss and accuracy, validation and test accuracy where the run has them, the
 * mapped network's synapses, memory and mappability.
 */
public final class Progress implements TrainingListener {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final boolean live;
  private final int epochs;
  private long epochStart;
  private int batches;

  /**
   * @param live draw a bar that redraws in place (a terminal); else one line per epoch
   * @param epochs the run's epochs, for "epoch 3/10"
   */
  public Progress(PrintWriter out, boolean live, int epochs) {
    this.out = out;
    this.live = live;
    this.epochs = epochs;
  }

  /** Whether this process writes to a terminal a person watches. */
  public static boolean isInteractive(Map<String, String> env) {
    return System.console() != null && env.get("CI") == null;
  }

  @Override
  public void onEpochStart(int epoch, int batches) {
    this.batches = batches;
    this.epochStart = System.nanoTime();
  }

  @Override
  public void onBatchEnd(int epoch, int batch, double loss) {
    if (!live) {
      return;
    }
    int done = (int) ((long) WIDTH * batch / Math.max(1, batches));
    out.printf(
        Locale.ROOT,
        "\repoch %d/%d [%s%s] %d/%d loss %.4f %.1fs ",
        epoch,
        epochs,
        "=".repeat(done),
        " ".repeat(WIDTH - done),
        batch,
        batches,
        loss,
        (System.nanoTime() - epochStart) / 1e9);
    out.flush();
  }

  /** Ends the epoch's line with its figures. */
  @Override
  public void onEpochEnd(EpochContext epoch) {
    if (live) {
      out.print("\r\033[K");
    }
    out.printf(Locale.ROOT, "epoch %d/%d %s%n", epoch.epoch(), epochs, line(epoch.metrics()));
    out.flush();
  }

  /** An epoch's figures, as the epoch's line shows them. */
  static String line(MetricsRow r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "loss %.4f train %.1f%%",
            r.get(EpochMetrics.TRAIN.loss()),
            100 * r.get(EpochMetrics.TRAIN.accuracy())));
    for (SplitMetrics split : List.of(EpochMetrics.VALIDATION, EpochMetrics.TEST)) {
      r.find(split.accuracy())
          .ifPresent(
              accuracy ->
                  s.append(
                      String.format(Locale.ROOT, " %s %.1f%%", split.split(), 100 * accuracy)));
    }
    s.append(
        String.format(
            Locale.ROOT,
            " | %,d synapses, memory %,d, %s",
            r.get(EpochMetrics.SYNAPSES),
            r.get(EpochMetrics.MEMORY),
            r.get(EpochMetrics.MAPPABLE)
                ? "mappable"
                : r.get(EpochMetrics.VIOLATIONS) + " violations"));
    return s.toString();
  }
}
