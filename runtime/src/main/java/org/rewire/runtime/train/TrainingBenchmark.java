package org.rewire.runtime.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.engine.BinnedSample;
import org.rewire.runtime.engine.EngineOptions;
import org.rewire.runtime.engine.simd.KernelSelection;

/**
 * Times training steps of an experiment exactly as {@code rewire run} takes them (engine,
 * optimizer, sparsifier hooks), on the experiment's real data: warm-up batches first, then the
 * measured ones, reported as their median and as their total (the total is how an epoch is timed,
 * e.g. by the PyTorch reference that {@code bench/compare.sh} runs). Full batches only, so every
 * measured step does the same work. Several variants of one experiment (such as its neuron models)
 * are timed side by side, their steps interleaved batch by batch, so a change in the machine's load
 * falls on all of them alike.
 */
public final class TrainingBenchmark {
  private TrainingBenchmark() {}

  /**
   * What one benchmark measured; {@link #asMap()} is its JSON form.
   *
   * @param neuron the neuron model timed ({@code model.neuron})
   * @param medianBatchSeconds median wall time of one measured training step, seconds
   * @param trainSamplesPerSecond {@code batchSize / medianBatchSeconds}
   * @param timedSeconds wall time of all measured steps together, seconds; {@code batches *
   *     batchSize / timedSeconds} is the rate over all of them
   * @param peakRssBytes the process's peak resident memory so far (VmHWM), bytes; -1 if unknown
   * @param work what the engine computed in all measured steps together
   */
  public record Result(
      String neuron,
      int batchSize,
      int threads,
      int batches,
      double medianBatchSeconds,
      double trainSamplesPerSecond,
      double timedSeconds,
      double meanRate,
      long peakRssBytes,
      String kernels,
      org.rewire.runtime.engine.Work work) {
    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("engine", "rewire");
      m.put("neuron", neuron);
      m.put("batch_size", batchSize);
      m.put("threads", threads);
      m.put("batches", batches);
      m.put("median_batch_s", medianBatchSeconds);
      m.put("train_samples_per_s", trainSamplesPerSecond);
      m.put("timed_s", timedSeconds);
      m.put("mean_rate", meanRate);
      m.put("peak_rss_mib", peakRssBytes / (1024 * 1024));
      m.put("kernels", kernels);
      m.put("forward_ops_per_sample", work.forwardOps() / (double) work.samples());
      m.put("backward_macs_per_sample", work.backwardMacs() / (double) work.samples());
      m.put("gradient_ops_per_sample", work.gradientOps() / (double) work.samples());
      m.put("timed_samples_per_s", timedSamplesPerSecond());
      m.put("achieved_ops_per_s", achievedOpsPerSecond());
      return m;
    }

    /** Samples of all measured steps over their wall time together. */
    public double timedSamplesPerSecond() {
      return work.samples() / timedSeconds;
    }

    /** All operations of {@link #work} over the measured steps' wall time together. */
    public double achievedOpsPerSecond() {
      return work.totalOps() / timedSeconds;
    }
  }

  /** One experiment to time, with its components. */
  public record Variant(Experiment experiment, Components components) {}

  /** Runs {@code warmup} untimed and {@code measured} timed steps of one experiment. */
  public static Result run(
      Experiment e, Components components, BinnedDataset data, int warmup, int measured) {
    return compare(List.of(new Variant(e, components)), data, warmup, measured).get(0);
  }

  /**
   * Runs {@code warmup} untimed and {@code measured} timed steps of each variant on {@code data},
   * round by round: each round takes one step of every variant in order. The variants' sessions are
   * open together (their memory adds up); the peak memory reported is the process's.
   *
   * @return one result per variant, in order
   */
  public static List<Result> compare(
      List<Variant> variants, BinnedDataset data, int warmup, int measured) {
    List<BinnedSample> train = Batches.trainingSamples(data.train());
    List<Timing> timings = new ArrayList<>();
    try {
      for (Variant v : variants) {
        timings.add(new Timing(v, data, train, measured));
      }
      for (int i = 0; i < warmup + measured; i++) {
        for (Timing t : timings) {
          t.step(i, warmup);
        }
      }
    } finally {
      for (Timing t : timings) {
        t.session.close();
      }
    }
    long rss = peakRss();
    return timings.stream().map(t -> t.result(rss)).toList();
  }

  /** One variant's open session, batch order and measured seconds. */
  private static final class Timing {
    private final Experiment experiment;
    private final TrainingSession session;
    private final List<BinnedSample> train;
    private final int size;
    private final int full;
    private final double[] seconds;
    private int[] order;
    private double rateSum;
    private org.rewire.runtime.engine.Work work = org.rewire.runtime.engine.Work.NONE;

    Timing(Variant v, BinnedDataset data, List<BinnedSample> train, int measured) {
      this.experiment = v.experiment();
      this.train = train;
      this.size = experiment.training().batchSize();
      if (train.size() < size) {
        throw new org.rewire.runtime.UserInputException(
            "the training set has " + train.size() + " samples, fewer than one batch of " + size);
      }
      this.session = TrainingSession.open(experiment, v.components(), data, train.size());
      this.full = train.size() / size;
      this.order = session.shuffled(train.size());
      this.seconds = new double[measured];
    }

    void step(int i, int warmup) {
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
        work = work.plus(session.lastWork());
      }
    }

    Result result(long rss) {
      double[] sorted = seconds.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      return new Result(
          experiment.model().neuron(),
          size,
          EngineOptions.withThreads(experiment.training().threads()).resolvedThreads(),
          n,
          median,
          size / median,
          Arrays.stream(seconds).sum(),
          rateSum / n,
          rss,
          KernelSelection.select().getClass().getSimpleName(),
          work);
    }
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
