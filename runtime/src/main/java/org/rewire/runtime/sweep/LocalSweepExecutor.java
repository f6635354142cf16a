package org.rewire.runtime.sweep;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.rewire.runtime.Counted;
import org.rewire.runtime.train.Progress;

/**
 * Runs a sweep's runs on a fixed pool of worker threads in this process, each by {@link
 * SweepRuns#run}. The workers share the machine's cores ({@link #fitted}) and the JVM's heap: a run
 * that runs out of memory is recorded as failed with that advice, and the others go on. With one
 * worker a run shows its training progress; with more, their progress lines would interleave, so
 * only each run's end is reported.
 */
public final class LocalSweepExecutor implements SweepExecutor {
  private final int workers;
  private final int threads;
  private final IntFunction<Progress> progress;

  /**
   * A pool of {@code workers} threads.
   *
   * @param workers parallel runs, at least 1
   * @param threadsPerRun training threads of a run whose experiment leaves them at 0, at least 1
   * @param progress makes a run's training progress display for its number of epochs; used with one
   *     worker only
   */
  public LocalSweepExecutor(int workers, int threadsPerRun, IntFunction<Progress> progress) {
    if (workers < 1 || threadsPerRun < 1) {
      throw new IllegalArgumentException(
          "workers and threads per run must be >= 1, got " + workers + ", " + threadsPerRun);
    }
    this.workers = workers;
    this.threads = threadsPerRun;
    this.progress = progress;
  }

  /**
   * A pool fitted to {@code cores}: {@code requested} workers, or when 0, {@code cores /
   * training.threads} of the first run (one per core when it leaves the threads at 0); never more
   * workers than runs, so a small sweep gives each run more threads. Each run gets {@code cores /
   * workers} threads (at least 1) unless its experiment sets them.
   *
   * @throws org.rewire.runtime.config.ExperimentFileException when the first run's experiment is
   *     wrong
   */
  public static LocalSweepExecutor fitted(
      int requested, int cores, SweepRuns runs, IntFunction<Progress> progress) {
    int threads = runs.experiment(0).training().threads();
    int workers =
        Math.min(
            runs.size(), requested > 0 ? requested : Math.max(1, cores / Math.max(1, threads)));
    return new LocalSweepExecutor(workers, Math.max(1, cores / workers), progress);
  }

  /** Parallel runs. */
  public int workers() {
    return workers;
  }

  @Override
  public int threadsPerRun() {
    return threads;
  }

  @Override
  public String describe() {
    return Counted.of(workers, "worker");
  }

  @Override
  public void execute(SweepRuns runs, List<Integer> pending, Listener finished)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      for (int i : pending) {
        pool.submit(() -> finished.finished(i, runs.run(i, threads, workers, this::progress)));
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }
  }

  private Progress progress(int epochs) {
    return workers == 1
        ? progress.apply(epochs)
        : new Progress(new PrintWriter(Writer.nullWriter()), false, epochs);
  }
}
