package org.rewire.runtime.train;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Shows training progress: a live bar on a terminal, plain log lines elsewhere (when output is not
 * a terminal or {@code CI} is set), so logs stay readable.
 */
public final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final boolean live;
  private final int epochs;
  private long epochStart;
  private int batches;

  /**
   * @param live draw a bar that redraws in place (a terminal); else one line per epoch
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

  public void epochStarted(int epoch, int batches) {
    this.batches = batches;
    this.epochStart = System.nanoTime();
  }

  public void batchDone(int epoch, int batch, double loss) {
    if (!live) {
      return;
    }
    int done = (int) ((long) WIDTH * (batch + 1) / Math.max(1, batches));
    out.printf(
        Locale.ROOT,
        "\repoch %d/%d [%s%s] %d/%d loss %.4f %.1fs ",
        epoch + 1,
        epochs,
        "=".repeat(done),
        " ".repeat(WIDTH - done),
        batch + 1,
        batches,
        loss,
        (System.nanoTime() - epochStart) / 1e9);
    out.flush();
  }

  /** Ends the epoch's line with its summary. */
  public void epochDone(int epoch, String summary) {
    if (live) {
      out.print("\r\033[K");
    }
    out.printf(Locale.ROOT, "epoch %d/%d %s%n", epoch + 1, epochs, summary);
    out.flush();
  }
}
