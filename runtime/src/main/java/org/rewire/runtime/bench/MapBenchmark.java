package org.rewire.runtime.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.MappingReport;

/**
 * Times {@link HardwareTarget#map} on random networks with a hop profile: for each of {@code
 * networks} networks, {@code warmup} untimed calls then {@code repeats} timed calls; the result
 * pools every timed call.
 *
 * @param networks random networks drawn
 * @param warmup untimed calls per network, to let the JIT compile {@code map}
 * @param repeats timed calls per network
 * @param seed seed of the networks
 */
public record MapBenchmark(int networks, int warmup, int repeats, long seed) {
  public MapBenchmark {
    if (networks < 1 || warmup < 0 || repeats < 1) {
      throw new IllegalArgumentException(
          "need networks >= 1, warmup >= 0, repeats >= 1; got "
              + networks
              + ", "
              + warmup
              + ", "
              + repeats);
    }
  }

  /**
   * What was measured.
   *
   * @param neurons neurons of the target
   * @param synapses mean synapses per network
   * @param links mean routed links per network (from the reports)
   * @param medianNanos median time of one {@code map} call
   * @param p10Nanos 10th percentile
   * @param p90Nanos 90th percentile
   * @param calls timed calls
   */
  public record Result(
      int neurons,
      double synapses,
      double links,
      long medianNanos,
      long p10Nanos,
      long p90Nanos,
      int calls) {
    /** Median nanoseconds per routed link. */
    public double nanosPerLink() {
      return links > 0 ? medianNanos / links : Double.NaN;
    }
  }

  /** Runs the benchmark. */
  public Result run(HopTarget target, HopProfile profile) {
    RandomLinkNetworks generator = new RandomLinkNetworks(target, profile);
    SplittableRandom root = new SplittableRandom(seed);
    long[] times = new long[networks * repeats];
    double synapses = 0;
    double links = 0;
    long sink = 0;
    for (int k = 0; k < networks; k++) {
      Connectivity network = generator.sample(root.split());
      synapses += network.synapses();
      MappingReport report = null;
      for (int w = 0; w < warmup; w++) {
        report = target.map(network);
      }
      for (int r = 0; r < repeats; r++) {
        long start = System.nanoTime();
        report = target.map(network);
        times[k * repeats + r] = System.nanoTime() - start;
      }
      links += report.links();
      // Consume the result so the calls cannot be optimised away.
      sink += report.totalMemory();
    }
    Arrays.sort(times);
    if (sink == Long.MIN_VALUE) {
      throw new IllegalStateException("unreachable");
    }
    return new Result(
        target.layout().neurons(),
        synapses / networks,
        links / networks,
        times[times.length / 2],
        times[times.length / 10],
        times[Math.min(times.length - 1, times.length * 9 / 10)],
        times.length);
  }
}
