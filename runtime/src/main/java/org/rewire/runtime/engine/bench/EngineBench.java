package org.rewire.runtime.engine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.rewire.api.Connectivity;
import org.rewire.api.HopProfile;
import org.rewire.api.Layout;
import org.rewire.runtime.data.BinnedSample;
import org.rewire.runtime.engine.Adam;
import org.rewire.runtime.engine.Engine;
import org.rewire.runtime.engine.EngineOptions;
import org.rewire.runtime.engine.HopLinks;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.SpikingNetwork;

/**
 * Measures training throughput on the paper's network: {@code rows x cols} tiles of {@code
 * tileSize} neurons, the first {@code inputs} neurons driven by input channels, the last {@code
 * classes} read out, every intra-tile block plus random neuron-to-tile links at hop distance 1
 * (probability p1) and 3 (p3), drawn like the PyTorch reference's {@code build_masks}. Each
 * measured batch is a full training step: forward, backward and Adam.
 */
public final class EngineBench {
  private EngineBench() {}

  /**
   * What to run.
   *
   * @param rows tile rows
   * @param cols tile columns
   * @param tileSize neurons per tile
   * @param inputs input channels (= input neurons, the first ones)
   * @param classes output neurons (the last ones)
   * @param p1 probability of each link at hop distance 1
   * @param p3 probability of each link at hop distance 3
   * @param batch samples per step
   * @param warmup steps run before timing (JIT compilation)
   * @param measured timed steps
   * @param seed network and batch order
   * @param options threads, lanes, kernels
   */
  public record Settings(
      int rows,
      int cols,
      int tileSize,
      int inputs,
      int classes,
      double p1,
      double p3,
      int batch,
      int warmup,
      int measured,
      long seed,
      EngineOptions options) {

    /** The paper's network (5 x 5 tiles of 32, 128 inputs, p1 1.0, p3 0.1), batch 256. */
    public static Settings paper(int classes, int warmup, int measured, EngineOptions options) {
      return new Settings(5, 5, 32, 128, classes, 1.0, 0.1, 256, warmup, measured, 42, options);
    }
  }

  /**
   * What was measured.
   *
   * @param samplesPerSecond per timed step, training samples per second
   * @param medianSamplesPerSecond their median
   * @param peakRssBytes the process's peak resident set ({@code VmHWM}), -1 where unknown
   * @param peakHeapBytes sum of the heap pools' peak usage
   * @param synapses active recurrent plus input synapses
   * @param meanRate mean firing rate over the timed steps
   */
  public record Result(
      double[] samplesPerSecond,
      double medianSamplesPerSecond,
      long peakRssBytes,
      long peakHeapBytes,
      long synapses,
      double meanRate) {}

  /** The paper's layout: tiles of consecutive neurons, inputs first, outputs last. */
  public static Layout layout(Settings s) {
    int n = s.rows() * s.cols() * s.tileSize();
    return Layout.blocks(
        s.rows() * s.cols(),
        s.tileSize(),
        Layout.range(0, s.inputs()),
        Layout.range(n - s.classes(), s.classes()));
  }

  /**
   * Mosaic's hop distance between tiles on a grid with {@code cols} columns (PAPER.md section 1);
   * the bench's own copy so the runtime needs no hardware plugin to measure itself.
   */
  public static int hopDistance(int cols, int from, int to) {
    int dr = Math.abs(from / cols - to / cols);
    int dc = Math.abs(from % cols - to % cols);
    int m = dr + dc;
    if (m == 0) {
      return 0;
    }
    if (m == 1) {
      return 1;
    }
    return dr == 0 || dc == 0 ? 2 * m + 1 : 2 * m - 1;
  }

  /** The benchmark network with weights at the paper's default scales. */
  public static SpikingNetwork network(Settings s) {
    Layout layout = layout(s);
    SplittableRandom random = new SplittableRandom(s.seed());
    Connectivity links =
        HopLinks.sample(
            layout,
            (a, b) -> hopDistance(s.cols(), a, b),
            HopProfile.of(Map.of(1, s.p1(), 3, s.p3())),
            random);
    return SpikingNetwork.create(NetworkSpec.paperDefaults(layout), links, random);
  }

  /**
   * Trains on batches drawn from {@code train} (shuffled from the seed, cycling) and times each
   * step; progress lines go to {@code log}.
   */
  public static Result run(List<BinnedSample> train, Settings s, PrintStream log) {
    SpikingNetwork net = network(s);
    long synapses = net.recurrentWeights().count() + net.inputWeights().count();
    List<BinnedSample> order = new ArrayList<>(train);
    Collections.shuffle(order, new Random(s.seed()));
    Adam adam = Adam.defaults();
    double[] rates = new double[s.measured()];
    double rateSum = 0;
    int cursor = 0;
    try (Engine engine = new Engine(net, s.options())) {
      for (int step = 0; step < s.warmup() + s.measured(); step++) {
        List<BinnedSample> batch = new ArrayList<>(s.batch());
        for (int b = 0; b < s.batch(); b++) {
          batch.add(order.get(cursor));
          cursor = (cursor + 1) % order.size();
        }
        long t0 = System.nanoTime();
        var result = engine.computeGradients(batch);
        adam.step(net, step + 1, 2e-3);
        double seconds = (System.nanoTime() - t0) / 1e9;
        boolean timed = step >= s.warmup();
        if (timed) {
          rates[step - s.warmup()] = s.batch() / seconds;
          rateSum += result.rate();
        }
        log.printf(
            "%s step %d: %.1f samples/s, loss %.4f, rate %.4f%n",
            timed ? "timed" : "warm-up",
            step + 1,
            s.batch() / seconds,
            result.loss(),
            result.rate());
      }
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double median =
        sorted.length == 0
            ? 0
            : sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return new Result(
        rates, median, peakRss(), peakHeap(), synapses, rateSum / Math.max(1, s.measured()));
  }

  /** Peak resident set size of this process from {@code /proc/self/status}, or -1. */
  public static long peakRss() {
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

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
