package org.rewire.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.rewire.runtime.engine.SynapseStore;

/**
 * Building a network's recurrent weights synapse by synapse, as a sparsifier's initialisation does
 * (milliseconds per store, one call = one store of 800 x 800 filled to about 17 %, 109k synapses,
 * the benchmark network's count): {@code rows} in order, each row's columns ascending ({@code
 * order=rows}), or at random positions ({@code order=random}, 110k draws, repeats skipped). The
 * same draws every call. Timings are README figures, never test assertions.
 */
public class SynapseStoreBenchmarks extends EngineBenchmark {
  private static final int N = 800;

  @Param({"rows", "random"})
  public String order;

  /** One store filled in {@link #order}; returns its synapse count. */
  @Benchmark
  public long fill() {
    SynapseStore store = SynapseStore.ofRows(N, N, new int[N + 1], new int[0]);
    SplittableRandom random = new SplittableRandom(1);
    if (order.equals("rows")) {
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
          if (random.nextDouble() < 0.17) {
            store.insert(i, j, 0.1f);
          }
        }
      }
    } else {
      for (int q = 0; q < 110_000; q++) {
        int i = random.nextInt(N);
        int j = random.nextInt(N);
        if (store.find(i, j) < 0) {
          store.insert(i, j, 0.1f);
        }
      }
    }
    return store.count();
  }
}
