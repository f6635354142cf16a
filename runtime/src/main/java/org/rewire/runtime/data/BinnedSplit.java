package org.rewire.runtime.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rewire.api.SampleSource;
import org.rewire.runtime.engine.BinnedSample;

/**
 * One split binned once and kept in memory, so every epoch after the first costs nothing: for each
 * sample, every channel-offset variant the {@link Binner} defines. Binning runs on several threads;
 * each sample's result depends only on the sample, so the split is identical for any thread count.
 * Immutable and safe to read from any thread.
 *
 * <p>Training with stride augmentation visits {@link #augmentedSize()} samples ({@link
 * #augmented(int)}: every variant of every sample); evaluation averages a sample's prediction or
 * accuracy over {@link #sample(int, int)} for all variants.
 */
public final class BinnedSplit {
  private final BinnedSample[][] samples;
  private final int[] labels;
  private final int steps;
  private final int inputs;
  private final long events;

  private BinnedSplit(BinnedSample[][] samples, int[] labels, int steps, int inputs) {
    this.samples = samples;
    this.labels = labels;
    this.steps = steps;
    this.inputs = inputs;
    long total = 0;
    for (BinnedSample[] variant : samples) {
      for (BinnedSample s : variant) {
        total += s.events();
      }
    }
    this.events = total;
  }

  /**
   * Bins every sample of {@code source} for every variant of {@code binner}.
   *
   * @param threads worker threads; 0 or less for one per core (as {@code training.threads})
   * @throws IllegalArgumentException if a sample breaks the dataset contract
   */
  public static BinnedSplit bin(SampleSource source, Binner binner, int threads) {
    int size = source.size();
    int variants = binner.variants();
    BinnedSample[][] out = new BinnedSample[variants][size];
    int[] labels = new int[size];
    AtomicInteger next = new AtomicInteger();
    Callable<Void> worker =
        () -> {
          for (int i; (i = next.getAndIncrement()) < size; ) {
            var sample = source.get(i);
            labels[i] = sample.label();
            for (int v = 0; v < variants; v++) {
              out[v][i] = binner.bin(sample, v);
            }
          }
          return null;
        };
    int wanted = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    int workers = Math.max(1, Math.min(wanted, size));
    if (workers == 1) {
      call(worker);
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try {
        List<Future<Void>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          futures.add(pool.submit(worker));
        }
        for (Future<Void> f : futures) {
          await(f);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    return new BinnedSplit(out, labels, binner.steps(), binner.inputs());
  }

  private static void call(Callable<Void> worker) {
    try {
      worker.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(Future<Void> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binning", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Number of samples (recordings). */
  public int size() {
    return labels.length;
  }

  /** Channel-offset variants per sample (1 without augmentation). */
  public int variants() {
    return samples.length;
  }

  /** Time steps per sample. */
  public int steps() {
    return steps;
  }

  /** Input channels per step. */
  public int inputs() {
    return inputs;
  }

  /** Class of sample {@code index}. */
  public int label(int index) {
    return labels[index];
  }

  /** Sample {@code index} binned for {@code variant}. */
  public BinnedSample sample(int variant, int index) {
    return samples[variant][index];
  }

  /** Samples a training epoch visits: {@code size() * variants()}. */
  public int augmentedSize() {
    return labels.length * samples.length;
  }

  /**
   * Training sample {@code i} of {@link #augmentedSize()}: variant {@code i / size()}, sample
   * {@code i % size()}.
   */
  public BinnedSample augmented(int i) {
    return samples[i / labels.length][i % labels.length];
  }

  /** Total (step, channel) events held, over all variants: the split's memory in 8-byte units. */
  public long events() {
    return events;
  }
}
