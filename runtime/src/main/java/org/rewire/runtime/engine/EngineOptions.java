package org.rewire.runtime.engine;

import org.rewire.api.Require;
import org.rewire.runtime.engine.simd.KernelSelection;
import org.rewire.runtime.engine.simd.LaneKernels;

/**
 * How the engine computes, never what: results depend on {@code lanes} (it fixes the order of float
 * sums) but not on {@code threads} or {@code kernels}.
 *
 * @param threads worker threads; 0 for one per available processor
 * @param lanes samples per block, the unit of work a thread takes and of gradient accumulation
 *     (default 32: four AVX2 vectors)
 * @param kernels the hot-loop implementation
 * @param approximateBackward 0 for exact backpropagation (the default); in {@code (0, 1)}, the
 *     approximate sparse backward pass (Perez-Nieves and Goodman 2021, "Sparse spiking gradient
 *     descent"): surrogate derivatives below it count as 0 for every neuron but the outputs, and
 *     the neurons left without one skip the backward recurrent product
 */
public record EngineOptions(
    int threads, int lanes, LaneKernels kernels, double approximateBackward) {
  /** Default samples per block. */
  public static final int DEFAULT_LANES = 32;

  public EngineOptions {
    Require.nonNegative("threads", threads);
    Require.inRange("lanes", lanes, 1, 1024);
    if (kernels == null) {
      throw new IllegalArgumentException("kernels must not be null");
    }
    if (!(approximateBackward >= 0 && approximateBackward < 1)) {
      throw new IllegalArgumentException(
          "approximateBackward must be in [0, 1), got " + approximateBackward);
    }
  }

  /** Exact backpropagation with these threads, lanes and kernels. */
  public EngineOptions(int threads, int lanes, LaneKernels kernels) {
    this(threads, lanes, kernels, 0);
  }

  /** These options with the approximate sparse backward pass at {@code threshold} (0: exact). */
  public EngineOptions withApproximateBackward(double threshold) {
    return new EngineOptions(threads, lanes, kernels, threshold);
  }

  /** {@code threads} workers (0 = one per processor), 32 lanes, kernels by capability. */
  public static EngineOptions withThreads(int threads) {
    return new EngineOptions(threads, DEFAULT_LANES, KernelSelection.select());
  }

  /** The number of worker threads this resolves to. */
  public int resolvedThreads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
