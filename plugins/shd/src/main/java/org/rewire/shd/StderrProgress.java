package org.rewire.shd;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints one line per tenth of a file (or per 10 MiB when the size is unknown) to a stream, stderr
 * by default, so a long download shows it is alive without flooding logs.
 */
final class StderrProgress implements DownloadProgress {
  private static final long UNKNOWN_SIZE_STEP = 10L << 20;

  private final PrintStream out;
  private String file;
  private long nextReport;

  StderrProgress(PrintStream out) {
    this.out = out;
  }

  StderrProgress() {
    this(System.err);
  }

  @Override
  public void update(String file, long received, long total) {
    if (!file.equals(this.file)) {
      this.file = file;
      this.nextReport = 0;
    }
    boolean done = total >= 0 && received >= total;
    if (received < nextReport && !done) {
      return;
    }
    long step = total > 0 ? Math.max(1, total / 10) : UNKNOWN_SIZE_STEP;
    nextReport = (received / step + 1) * step;
    if (total > 0) {
      out.printf(
          Locale.ROOT,
          "downloading %s: %s of %s (%d%%)%n",
          file,
          ByteSizes.human(received),
          ByteSizes.human(total),
          received * 100 / total);
    } else {
      out.printf(Locale.ROOT, "downloading %s: %s%n", file, ByteSizes.human(received));
    }
    if (done) {
      // The next file's reports start from zero.
      this.file = null;
    }
  }
}
