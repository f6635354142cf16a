package org.rewire.runtime.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.engine.BinnedSample;
import org.rewire.runtime.engine.simd.KernelSelection;

/**
 * Times training steps of an experiment exactly as {@code rewire run} takes them (engine,
 * optimizer, sparsifier hooks), on the experiment's real data: warm-up batches first, then the
 * median of the measured ones. Full batches only, so every measured step does the same work.
 */
public final class TrainingBenchmark {
  private TrainingBenchmark() {}

  /** What one benchmark measured; {@link #asMap()} is its JSON form. */
  public record Result(
      int batchSize,
      int threads,
      int batches,
      double medianBatchSeconds,
      double trainSamplesPerSecond,
      double meanRate,
      long peakRssBytes,
      String kernels) {
    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("engine", "rewire");
      m.put("batch_size", batchSize);
      m.put("threads", threads);
      m.put("batches", batches);
      m.put("median_batch_s", medianBatchSeconds);
      m.put("train_samples_per_s", trainSamplesPerSecond);
      m.put("mean_rate", meanRate);
      m.put("peak_rss_mib", peakRssBytes / (1024 * 1024));
      m.put("kernels", kernels);
      return m;
    }
  }

  /** Runs {@code warmup} untimed and {@code measured} timed steps. */
  public static Result run(
      Experiment e, Components components, BinnedDataset data, int warmup, int measured) {
    List<BinnedSample> train = Batches.trainingSamples(data.train());
    int size = e.training().batchSize();
    if (train.size() < size) {
      throw new org.rewire.runtime.UserInputException(
          "the training set has " + train.size() + " samples, fewer than one batch of " + size);
    }
    double[] seconds = new double[measured];
    double rateSum = 0;
    try (TrainingSession session = TrainingSession.open(e, components, data, train.size())) {
      int full = train.size() / size;
      int[] order = session.shuffled(train.size());
      for (int i = 0; i < warmup + measured; i++) {
        if (i > 0 && i % full == 0) {
          order = session.shuffled(train.size());
        }
        List<BinnedSample> batch = Batches.slice(train, order, i % full, size);
        long t0 = System.nanoTime();
        TrainingSession.StepResult r = session.step(0, batch);
        long t1 = System.nanoTime();
        if (i >= warmup) {
          seconds[i - warmup] = (t1 - t0) / 1e9;
          rateSum += r.batch().rate();
        }
      }
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median =
        sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return new Result(
        size,
        org.rewire.runtime.engine.EngineOptions.withThreads(e.training().threads())
            .resolvedThreads(),
        measured,
        median,
        size / median,
        rateSum / measured,
        peakRss(),
        KernelSelection.select().getClass().getSimpleName());
  }

  /** The process's peak resident memory (VmHWM), bytes; -1 where /proc is not available. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.trim().split("\\s+");
          return Long.parseLong(parts[1]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
