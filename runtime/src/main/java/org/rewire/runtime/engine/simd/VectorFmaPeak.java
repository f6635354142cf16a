package org.rewire.runtime.engine.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The FMA loop {@link FmaPeak} times on the Vector API: ten independent 256-bit accumulators, each
 * {@code a = a * m + c} per iteration, enough to keep two FMA units busy through their latency.
 * Loaded only when the {@code jdk.incubator.vector} module is present.
 */
public final class VectorFmaPeak {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;

  private VectorFmaPeak() {}

  /** Multiply-adds per iteration of {@link #run}. */
  public static int macsPerIteration() {
    return 10 * SPECIES.length();
  }

  /** Runs {@code iterations} iterations; returns a value that depends on all of them. */
  public static float run(long iterations) {
    FloatVector m = FloatVector.broadcast(SPECIES, 0.999999f);
    FloatVector c = FloatVector.broadcast(SPECIES, 1e-7f);
    FloatVector a0 = FloatVector.broadcast(SPECIES, 1f);
    FloatVector a1 = a0.add(1);
    FloatVector a2 = a0.add(2);
    FloatVector a3 = a0.add(3);
    FloatVector a4 = a0.add(4);
    FloatVector a5 = a0.add(5);
    FloatVector a6 = a0.add(6);
    FloatVector a7 = a0.add(7);
    FloatVector a8 = a0.add(8);
    FloatVector a9 = a0.add(9);
    for (long i = 0; i < iterations; i++) {
      a0 = a0.fma(m, c);
      a1 = a1.fma(m, c);
      a2 = a2.fma(m, c);
      a3 = a3.fma(m, c);
      a4 = a4.fma(m, c);
      a5 = a5.fma(m, c);
      a6 = a6.fma(m, c);
      a7 = a7.fma(m, c);
      a8 = a8.fma(m, c);
      a9 = a9.fma(m, c);
    }
    return a0.add(a1)
        .add(a2)
        .add(a3)
        .add(a4)
        .add(a5)
        .add(a6)
        .add(a7)
        .add(a8)
        .add(a9)
        .reduceLanes(VectorOperators.ADD);
  }
}
