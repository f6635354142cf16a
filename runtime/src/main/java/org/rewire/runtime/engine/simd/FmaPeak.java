package org.rewire.runtime.engine.simd;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The machine's multiply-add peak as this JVM reaches it: a loop of independent fused multiply-adds
 * ({@link VectorFmaPeak}, 256-bit vectors, when the Vector API module is present; else scalar
 * {@link Math#fma}), run on {@code threads} threads at once, timed after a warm-up, the median of
 * five rounds. The roof of the engine's roofline ({@code rewire bench --roofline}).
 */
public final class FmaPeak {
  private static final long ITERATIONS = 20_000_000L;

  private FmaPeak() {}

  /**
   * Multiply-adds per second, all {@code threads} together.
   *
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public static double measure(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    Loop loop = loop();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      round(pool, threads, loop, ITERATIONS / 4); // warm-up: compiles the loop
      double[] rates = new double[5];
      for (int r = 0; r < rates.length; r++) {
        long t0 = System.nanoTime();
        round(pool, threads, loop, ITERATIONS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        rates[r] = (double) threads * ITERATIONS * loop.macsPerIteration() / seconds;
      }
      Arrays.sort(rates);
      return rates[rates.length / 2];
    } finally {
      pool.shutdownNow();
    }
  }

  /** Whether {@link #measure} uses 256-bit vectors (else scalar fused multiply-adds). */
  public static boolean vectorized() {
    return KernelSelection.vectorModulePresent();
  }

  private static void round(ExecutorService pool, int threads, Loop loop, long iterations) {
    List<Future<Float>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Callable<Float> task = () -> loop.run(iterations);
      futures.add(pool.submit(task));
    }
    float sink = 0;
    try {
      for (Future<Float> f : futures) {
        sink += f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    if (sink == 42f) {
      System.out.print(""); // keeps the result alive
    }
  }

  private interface Loop {
    int macsPerIteration();

    float run(long iterations);
  }

  private static Loop loop() {
    if (vectorized()) {
      try {
        Class<?> c = Class.forName("org.rewire.runtime.engine.simd.VectorFmaPeak");
        Method run = c.getMethod("run", long.class);
        int macs = (Integer) c.getMethod("macsPerIteration").invoke(null);
        return new Loop() {
          @Override
          public int macsPerIteration() {
            return macs;
          }

          @Override
          public float run(long iterations) {
            try {
              return (Float) run.invoke(null, iterations);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        };
      } catch (ReflectiveOperationException | LinkageError e) {
        throw new IllegalStateException("cannot load the Vector API FMA loop", e);
      }
    }
    return new Loop() {
      @Override
      public int macsPerIteration() {
        return 8;
      }

      @Override
      public float run(long iterations) {
        return scalar(iterations);
      }
    };
  }

  private static float scalar(long iterations) {
    float m = 0.999999f;
    float c = 1e-7f;
    float a0 = 1;
    float a1 = 2;
    float a2 = 3;
    float a3 = 4;
    float a4 = 5;
    float a5 = 6;
    float a6 = 7;
    float a7 = 8;
    for (long i = 0; i < iterations; i++) {
      a0 = Math.fma(a0, m, c);
      a1 = Math.fma(a1, m, c);
      a2 = Math.fma(a2, m, c);
      a3 = Math.fma(a3, m, c);
      a4 = Math.fma(a4, m, c);
      a5 = Math.fma(a5, m, c);
      a6 = Math.fma(a6, m, c);
      a7 = Math.fma(a7, m, c);
    }
    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7;
  }
}
