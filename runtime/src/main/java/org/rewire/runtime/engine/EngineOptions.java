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
 *     (default 16: two AVX2 vectors)
 * @param kernels the hot-loop implementation
 */
public record EngineOptions(int threads, int lanes, LaneKernels kernels) {
  /** Default samples per block. */
  public static final int DEFAULT_LANES = 16;

  public EngineOptions {
    Require.nonNegative("threads", threads);
    Require.inRange("lanes", lanes, 1, 1024);
    if (kernels == null) {
      throw new IllegalArgumentException("kernels must not be null");
    }
  }

  /** {@code threads} workers (0 = one per processor), 16 lanes, kernels by capability. */
  public static EngineOptions withThreads(int threads) {
    return new EngineOptions(threads, DEFAULT_LANES, KernelSelection.select());
  }

  /** The number of worker threads this resolves to. */
  public int resolvedThreads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
