package org.rewire.runtime.engine.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.rewire.runtime.data.BinnedSample;
import org.rewire.runtime.engine.EngineOptions;
import org.rewire.runtime.engine.simd.KernelSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: training throughput of the engine on the paper's network, on synthetic input of a
 * chosen density. Prints one line per step and a final JSON line with the median samples/s and peak
 * memory. The real-data variant is {@link EngineBench#run} on binned fsdd-spikes samples.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure training samples/s of the engine on the paper's 800-neuron network.")
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--batch", defaultValue = "256", description = "Samples per step.")
  int batch;

  @Option(names = "--warmup", defaultValue = "3", description = "Untimed steps first.")
  int warmup;

  @Option(names = "--batches", defaultValue = "5", description = "Timed steps.")
  int batches;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads, 0 = all.")
  int threads;

  @Option(names = "--lanes", defaultValue = "16", description = "Samples per block.")
  int lanes;

  @Option(names = "--simd", defaultValue = "auto", description = "Kernels: auto, scalar or vector.")
  String simd;

  @Option(names = "--classes", defaultValue = "10", description = "Output neurons.")
  int classes;

  @Option(
      names = "--events-per-step",
      defaultValue = "8",
      description = "Mean active input channels per step of the synthetic input.")
  double eventsPerStep;

  @Option(names = "--samples", defaultValue = "1024", description = "Synthetic samples.")
  int samples;

  @Option(names = "--seed", defaultValue = "42", description = "Network, data and order seed.")
  long seed;

  private final PrintStream out;

  /** A command printing to {@code out}. */
  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    EngineOptions options = new EngineOptions(threads, lanes, KernelSelection.select(simd));
    EngineBench.Settings s =
        new EngineBench.Settings(
            5, 5, 32, 128, classes, 1.0, 0.1, batch, warmup, batches, seed, options);
    List<BinnedSample> data =
        SyntheticBinnedSamples.generate(samples, 128, 100, classes, eventsPerStep, seed);
    EngineBench.Result r = EngineBench.run(data, s, out);
    out.printf(
        "{\"engine\": \"rewire\", \"input\": \"synthetic\", \"events_per_step\": %s,"
            + " \"train_samples_per_s\": %.2f, \"batch\": %d, \"timed_batches\": %d,"
            + " \"threads\": %d, \"lanes\": %d, \"kernels\": \"%s\", \"synapses\": %d,"
            + " \"rate\": %.4f, \"peak_rss_mib\": %.1f, \"peak_heap_mib\": %.1f}%n",
        eventsPerStep,
        r.medianSamplesPerSecond(),
        batch,
        batches,
        options.resolvedThreads(),
        lanes,
        options.kernels().name(),
        r.synapses(),
        r.meanRate(),
        r.peakRssBytes() / 1048576.0,
        r.peakHeapBytes() / 1048576.0);
    return 0;
  }

  /** Runs the bench from a plain {@code java} command line. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand(System.out)).execute(args));
  }
}
