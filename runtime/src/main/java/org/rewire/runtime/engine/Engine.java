package org.rewire.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a {@link SpikingNetwork} over batches of {@link BinnedSample}s: exact backpropagation
 * through time of the loss of {@link NetworkSpec} ({@link #computeGradients}) and forward-only
 * evaluation ({@link #evaluate}).
 *
 * <p>A batch is cut into blocks of {@link EngineOptions#lanes()} samples; each block runs forward,
 * then (after the batch's firing rate is known) backward on one worker thread into its own gradient
 * buffers, which are summed in block order. Float sums therefore never depend on the thread count:
 * the same network, batch and lane count give bit-identical gradients with 1 or 8 threads. Work per
 * step scales with input events and spikes times fan-out in the forward pass and with active
 * synapses in the backward pass, never with {@code N x N}.
 *
 * <p>Not thread-safe: one training thread calls it. Close it to stop the workers.
 */
public final class Engine implements AutoCloseable {
  private static final int REDUCE_CHUNK = 8192;

  private final SpikingNetwork network;
  private final EngineOptions options;
  private final ExecutorService pool;
  private final List<LaneBlock> blocks = new ArrayList<>();
  private final TransposedWeights transposed = new TransposedWeights();
  private final DenseRows denseRows;
  private final DenseWeights denseWeights;
  private final BlockWeights blockWeights;
  private final boolean[] exempt;
  private Work lastWork = Work.NONE;

  /** An engine for {@code network}; starts {@link EngineOptions#resolvedThreads()} workers. */
  public Engine(SpikingNetwork network, EngineOptions options) {
    this(network, options, DenseRows.DEFAULT_FAN_OUT_FRACTION, DenseWeights.DEFAULT_MIN_DENSITY);
  }

  /**
   * As {@link #Engine(SpikingNetwork, EngineOptions)} with rows of a fan-out of at least {@code n /
   * denseRowFraction} accumulating their weight gradients densely (0: none), and the recurrent
   * weights laid out as dense matrices from a density of {@code denseMatrixDensity} (above 1:
   * never); the tests check what the choices change.
   */
  Engine(
      SpikingNetwork network,
      EngineOptions options,
      int denseRowFraction,
      double denseMatrixDensity) {
    this(network, options, denseRowFraction, denseMatrixDensity, BlockWeights.defaults());
  }

  /**
   * As {@link #Engine(SpikingNetwork, EngineOptions, int, double)}, with the backward product's
   * dense blocks laid out by {@code blockWeights} (a density above 1: never, the plain sparse
   * product).
   */
  Engine(
      SpikingNetwork network,
      EngineOptions options,
      int denseRowFraction,
      double denseMatrixDensity,
      BlockWeights blockWeights) {
    this.network = network;
    this.options = options;
    this.denseRows = new DenseRows(denseRowFraction);
    this.denseWeights = new DenseWeights(denseMatrixDensity);
    this.blockWeights = blockWeights;
    this.exempt = new boolean[network.spec().layout().neurons()];
    for (int o : network.spec().layout().outputNeurons()) {
      exempt[o] = true;
    }
    int threads = options.resolvedThreads();
    if (threads > 1) {
      AtomicInteger id = new AtomicInteger();
      this.pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "rewire-engine-" + id.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
    } else {
      this.pool = null;
    }
  }

  /** The network this engine trains. */
  public SpikingNetwork network() {
    return network;
  }

  /** The options it runs with. */
  public EngineOptions options() {
    return options;
  }

  /**
   * Forward and backward pass over {@code batch}: sets the gradient of every active input and
   * recurrent weight ({@link SynapseStore#gradientArray()}) and of every trained neuron parameter
   * ({@link NeuronParameter#gradientArray()}) to the gradient of the batch's loss, replacing the
   * previous one.
   *
   * @throws IllegalArgumentException if the batch is empty, its samples have different numbers of
   *     steps, a label is not a class or a channel is not an input
   */
  public BatchResult computeGradients(List<BinnedSample> batch) {
    NetworkSpec spec = network.spec();
    int steps = prepare(batch, true);
    refreshWeights();
    if (!denseWeights.active()) {
      // only the backward product uses the blocks
      blockWeights.rebuild(network.recurrentWeights(), network.forwardRecurrentWeights());
    }
    int nBlocks = blockCount(batch.size());
    parallel(
        nBlocks,
        i -> blocks.get(i).forward(network, transposed, denseWeights, options.kernels(), true));

    int n = spec.layout().neurons();
    int classes = spec.classes();
    long spikes = 0;
    for (int i = 0; i < nBlocks; i++) {
      spikes += blocks.get(i).spikeTotal();
    }
    double elements = (double) batch.size() * n * steps;
    double rate = spikes / elements;
    double ceSum = 0;
    int correct = 0;
    double[] p = new double[classes];
    for (int i = 0; i < nBlocks; i++) {
      LaneBlock block = blocks.get(i);
      for (int b = 0; b < block.count(); b++) {
        int label = batch.get(i * options.lanes() + b).label();
        ceSum += softmax(block, b, classes, label, p);
        if (argmax(block, b, classes) == label) {
          correct++;
        }
        for (int k = 0; k < classes; k++) {
          double g = (p[k] - (k == label ? 1 : 0)) / batch.size();
          block.setReadoutGradient(b, k, classes, (float) g);
        }
      }
    }
    double gap = spec.targetRate() - rate;
    double loss = ceSum / batch.size() + spec.rateLambda() * gap * gap;
    float rateGrad = (float) (-2 * spec.rateLambda() * gap / elements);
    parallel(
        nBlocks,
        i ->
            blocks
                .get(i)
                .backward(
                    network,
                    denseRows,
                    denseWeights,
                    blockWeights,
                    options.kernels(),
                    rateGrad,
                    (float) options.approximateBackward(),
                    exempt));
    reduce(network.inputWeights(), nBlocks, true);
    reduce(network.recurrentWeights(), nBlocks, false);
    reduceNeuronParameters(nBlocks);
    Work work = Work.NONE;
    for (int i = 0; i < nBlocks; i++) {
      work = work.plus(blocks.get(i).work());
    }
    lastWork = work;
    return new BatchResult(batch.size(), loss, ceSum / batch.size(), rate, correct);
  }

  /** What the last {@link #computeGradients} computed (its roofline counts). */
  public Work lastWork() {
    return lastWork;
  }

  /**
   * Forward pass only over {@code samples}, in rounds of as many blocks as training uses; the
   * network is not changed.
   */
  public Evaluation evaluate(List<BinnedSample> samples) {
    NetworkSpec spec = network.spec();
    int classes = spec.classes();
    int total = samples.size();
    int[] predictions = new int[total];
    int[] labels = new int[total];
    float[] logits = new float[total * classes];
    double ceSum = 0;
    long spikes = 0;
    double elements = 0;
    refreshWeights();
    int round = Math.max(blocks.size(), 4 * options.resolvedThreads()) * options.lanes();
    double[] p = new double[classes];
    for (int from = 0; from < total; from += round) {
      List<BinnedSample> part = samples.subList(from, Math.min(total, from + round));
      int steps = prepare(part, false);
      int nBlocks = blockCount(part.size());
      parallel(
          nBlocks,
          i -> blocks.get(i).forward(network, transposed, denseWeights, options.kernels(), false));
      for (int i = 0; i < nBlocks; i++) {
        LaneBlock block = blocks.get(i);
        spikes += block.spikeTotal();
        for (int b = 0; b < block.count(); b++) {
          int s = from + i * options.lanes() + b;
          labels[s] = samples.get(s).label();
          ceSum += softmax(block, b, classes, labels[s], p);
          predictions[s] = argmax(block, b, classes);
          for (int k = 0; k < classes; k++) {
            logits[s * classes + k] = block.logit(b, k, classes);
          }
        }
      }
      elements += (double) part.size() * spec.layout().neurons() * steps;
    }
    return new Evaluation(
        predictions, logits, labels, total == 0 ? 0 : ceSum / total, spikes / elements);
  }

  private void refreshWeights() {
    network.refreshForwardWeights();
    transposed.rebuild(network.recurrentWeights(), network.forwardRecurrentWeights());
    denseRows.rebuild(network.recurrentWeights());
    denseWeights.rebuild(network.recurrentWeights(), network.forwardRecurrentWeights());
  }

  private int blockCount(int samples) {
    return (samples + options.lanes() - 1) / options.lanes();
  }

  private int prepare(List<BinnedSample> batch, boolean train) {
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("empty batch");
    }
    NetworkSpec spec = network.spec();
    int steps = batch.get(0).steps();
    for (BinnedSample s : batch) {
      if (s.steps() != steps) {
        throw new IllegalArgumentException(
            "samples of one batch must have the same steps: " + steps + " and " + s.steps());
      }
      if (s.label() < 0 || s.label() >= spec.classes()) {
        throw new IllegalArgumentException(
            "label " + s.label() + " outside the " + spec.classes() + " classes");
      }
      for (int c : s.channels()) {
        if (c < 0 || c >= spec.channels()) {
          throw new IllegalArgumentException(
              "channel " + c + " outside the " + spec.channels() + " input channels");
        }
      }
    }
    int nBlocks = blockCount(batch.size());
    while (blocks.size() < nBlocks) {
      blocks.add(new LaneBlock(options.lanes()));
    }
    for (int i = 0; i < nBlocks; i++) {
      int from = i * options.lanes();
      blocks.get(i).load(batch, from, Math.min(options.lanes(), batch.size() - from), steps);
    }
    return steps;
  }

  // Log-softmax of one lane's spike counts into p (as probabilities); returns its cross-entropy.
  private static double softmax(LaneBlock block, int b, int classes, int label, double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classes; k++) {
      max = Math.max(max, block.logit(b, k, classes));
    }
    double sum = 0;
    for (int k = 0; k < classes; k++) {
      p[k] = Math.exp(block.logit(b, k, classes) - max);
      sum += p[k];
    }
    for (int k = 0; k < classes; k++) {
      p[k] /= sum;
    }
    return -(block.logit(b, label, classes) - max - Math.log(sum));
  }

  private static int argmax(LaneBlock block, int b, int classes) {
    int best = 0;
    for (int k = 1; k < classes; k++) {
      if (block.logit(b, k, classes) > block.logit(b, best, classes)) {
        best = k;
      }
    }
    return best;
  }

  // Sums the blocks' gradients into the store, element by element in block order.
  private void reduce(SynapseStore store, int nBlocks, boolean input) {
    float[] target = store.gradientArray();
    int slots = target.length;
    int chunks = (slots + REDUCE_CHUNK - 1) / REDUCE_CHUNK;
    parallel(
        chunks,
        c -> {
          int from = c * REDUCE_CHUNK;
          int to = Math.min(slots, from + REDUCE_CHUNK);
          float[] first = gradientOf(blocks.get(0), input);
          System.arraycopy(first, from, target, from, to - from);
          for (int i = 1; i < nBlocks; i++) {
            float[] g = gradientOf(blocks.get(i), input);
            for (int k = from; k < to; k++) {
              target[k] += g[k];
            }
          }
        });
  }

  // Sums the blocks' neuron parameter gradients, neuron by neuron in block order, in double.
  private void reduceNeuronParameters(int nBlocks) {
    List<NeuronParameter> trained = network.neuronParameters().trainable();
    for (int k = 0; k < trained.size(); k++) {
      float[] target = trained.get(k).gradientArray();
      double[] sum = blocks.get(0).neuronParameterGradient(k);
      for (int i = 1; i < nBlocks; i++) {
        double[] g = blocks.get(i).neuronParameterGradient(k);
        for (int j = 0; j < sum.length; j++) {
          sum[j] += g[j];
        }
      }
      for (int j = 0; j < sum.length; j++) {
        target[j] = (float) sum[j];
      }
    }
  }

  private static float[] gradientOf(LaneBlock block, boolean input) {
    return input ? block.inputGrad : block.recurrentGrad;
  }

  private void parallel(int tasks, IntConsumer body) {
    if (pool == null || tasks == 1) {
      for (int i = 0; i < tasks; i++) {
        body.accept(i);
      }
      return;
    }
    List<Future<?>> futures = new ArrayList<>(tasks);
    for (int i = 0; i < tasks; i++) {
      int task = i;
      futures.add(pool.submit(() -> body.accept(task)));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the engine was running", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /** Stops the worker threads. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
