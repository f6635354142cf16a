package org.rewire.runtime.engine;

import java.util.Arrays;
import java.util.List;
import org.rewire.runtime.engine.simd.EventKernels;
import org.rewire.runtime.engine.simd.LaneKernels;

/**
 * Forward and backward pass of one fixed-size block of samples ("lanes"), with all its buffers.
 * State is lane-minor: element {@code (neuron, lane)} at {@code neuron * lanes + lane}, so the
 * backward recurrent product streams whole lane vectors per synapse. The block owns the synapses
 * (input events and spikes in, weight gradients out); the neurons' dynamics are its {@link
 * NeuronState}'s. A block always runs on one thread and accumulates its own weight gradients, which
 * is what makes results independent of the thread count. Lanes past {@link #count} are padding:
 * they receive no input, never spike and add nothing to any gradient.
 */
final class LaneBlock {
  /**
   * The forward pass gathers recurrent input column by column once at least one in this many
   * neurons and lanes fired at the previous step, else it scatters the spikes' fan-out. Measured on
   * AVX2 (JMH {@code ForwardRateBenchmarks}, one block step with its transpose): on the benchmark
   * network the scatter takes 154 us at a rate of 0.15 and 226 at 0.2, the gather 161-196 at any
   * rate; over the dense Mosaic baseline's matrix the gather (595-625 us) already beats the scatter
   * at 0.05 (838), but a threshold for dense networks at 0.036 measured no faster in training
   * (`before-after.sh` on configs/mosaic-baseline.yaml, mean rates 0.37 and 0.053).
   */
  private static final int GATHER_RATE_INVERSE = 5;

  /**
   * Steps whose deltas dense rows take at once: one row's gradients stay in the L1 cache while the
   * deltas of these steps (lanes x neurons floats each) come from L2.
   */
  private static final int DENSE_STEPS = 4;

  private final int lanes;
  private final BinnedSample[] samples;
  private int count;
  private int steps;
  private int neurons;

  private NeuronModel model;
  private NeuronParameters modelParameters;
  private NeuronState neuronState;
  private float[] current = new float[0];
  private float[] laneCurrent = new float[0];
  private float[] spike = new float[0];
  private int[] spikeStart = new int[1];
  // The loaded samples' input events in step order, lanes ascending within a step, each lane's
  // events in its sample's order: step t's at [eventStart[t], eventStart[t + 1]).
  private int[] eventStart = new int[1];
  private int[] eventLane = new int[0];
  private int[] eventChannel = new int[0];
  private float[] eventCount = new float[0];
  private int[] spikeIds = new int[1024];
  private int[][] laneSpikes = new int[0][];
  // The last DENSE_STEPS steps' spiking lanes per neuron (of step t - 1) and lane-major deltas (of
  // step t), slot by slot as the backward pass goes; dense rows are flushed every DENSE_STEPS.
  private int[][] hotCount = new int[DENSE_STEPS][0];
  private int[][] hotLanes = new int[DENSE_STEPS][0];
  private float[] byLane = new float[0]; // slot s at s * neurons * lanes
  private final int[] denseOffset;
  private int pendingSteps;
  private final int[] laneCount;
  private float[] counts = new float[0];
  private float[] readoutGrad = new float[0];
  private float[] dz = new float[0];
  private int[] denseRow = new int[0];
  private boolean[] liveRows = new boolean[0];
  private float[] denseGradient = new float[0];
  private int denseGradientRows;
  private long spikeTotal;
  private long inputOps;
  private long recurrentOps;
  private long backwardMacs;

  float[] inputGrad = new float[0];
  float[] recurrentGrad = new float[0];

  LaneBlock(int lanes) {
    this.lanes = lanes;
    this.samples = new BinnedSample[lanes];
    this.laneCount = new int[lanes];
    this.denseOffset = new int[DENSE_STEPS * lanes];
  }

  /** Takes samples {@code [from, from + n)} of {@code batch} into the lanes. */
  void load(List<BinnedSample> batch, int from, int n, int steps) {
    this.count = n;
    this.steps = steps;
    Arrays.fill(samples, null);
    for (int b = 0; b < n; b++) {
      samples[b] = batch.get(from + b);
    }
    indexEvents();
  }

  /**
   * Lays the loaded samples' input events out step by step ({@link #eventStart}), so that a step
   * walks one stretch of three arrays instead of every lane's own.
   */
  private void indexEvents() {
    int total = 0;
    for (int b = 0; b < count; b++) {
      total += samples[b].stepStart()[steps];
    }
    if (eventStart.length < steps + 1) {
      eventStart = new int[steps + 1];
    }
    if (eventLane.length < total) {
      eventLane = new int[total];
      eventChannel = new int[total];
      eventCount = new float[total];
    }
    int q = 0;
    for (int t = 0; t < steps; t++) {
      eventStart[t] = q;
      for (int b = 0; b < count; b++) {
        BinnedSample s = samples[b];
        int from = s.stepStart()[t];
        int to = s.stepStart()[t + 1];
        System.arraycopy(s.channels(), from, eventChannel, q, to - from);
        System.arraycopy(s.counts(), from, eventCount, q, to - from);
        Arrays.fill(eventLane, q, q + to - from, b);
        q += to - from;
      }
    }
    eventStart[steps] = q;
  }

  int count() {
    return count;
  }

  long spikeTotal() {
    return spikeTotal;
  }

  /** Spike count of class {@code k} in lane {@code b} after {@link #forward}. */
  float logit(int b, int k, int classes) {
    return counts[b * classes + k];
  }

  void setReadoutGradient(int b, int k, int classes, float g) {
    readoutGrad[b * classes + k] = g;
  }

  /**
   * This block's gradient of the network's trained neuron parameter {@code k} per neuron, after
   * {@link #backward}.
   */
  double[] neuronParameterGradient(int k) {
    return neuronState.parameterGradient(k);
  }

  private void ensureState(NeuronModel neuron, NeuronParameters parameters, int n, int classes) {
    int size = n * lanes;
    if (neurons != n || current.length != size) {
      neurons = n;
      current = new float[size];
      laneCurrent = new float[size];
      spike = new float[size];
      dz = new float[size];
      model = null;
      laneSpikes = new int[lanes][n];
      hotCount = new int[DENSE_STEPS][n];
      hotLanes = new int[DENSE_STEPS][size];
      byLane = new float[DENSE_STEPS * size];
    }
    if (counts.length != lanes * classes) {
      counts = new float[lanes * classes];
      readoutGrad = new float[lanes * classes];
    }
    if (model != neuron || modelParameters != parameters) {
      model = neuron;
      modelParameters = parameters;
      neuronState = neuron.newState(parameters, lanes);
    }
    if (spikeStart.length < steps * lanes + 1) {
      spikeStart = new int[steps * lanes + 1];
    }
  }

  /**
   * Runs the network over the loaded samples: spike counts of the outputs, spikes per step and
   * lane, and (when {@code train}) what the neurons keep for {@link #backward}.
   */
  void forward(
      SpikingNetwork net,
      TransposedWeights transposed,
      DenseWeights dense,
      LaneKernels kernels,
      boolean train) {
    NetworkSpec spec = net.spec();
    int n = spec.layout().neurons();
    int classes = spec.classes();
    ensureState(spec.neuron(), net.neuronParameters(), n, classes);
    NeuronState neuron = neuronState;
    neuron.useKernels(kernels);
    neuron.start(steps, train);
    Arrays.fill(spike, 0f);
    Arrays.fill(current, 0f); // the padding lanes' stay 0
    Arrays.fill(counts, 0f);
    Arrays.fill(readoutGrad, 0f);
    spikeTotal = 0;
    int spikeCount = 0;
    spikeStart[0] = 0;

    SynapseStore in = net.inputWeights();
    int[] inStart = in.rowStartArray();
    int[] inLen = in.rowLengthArray();
    int[] inCol = in.columnArray();
    float[] inW = net.forwardInputWeights();
    SynapseStore rec = net.recurrentWeights();
    int[] recStart = rec.rowStartArray();
    int[] recLen = rec.rowLengthArray();
    int[] recCol = rec.columnArray();
    float[] recW = net.forwardRecurrentWeights();
    int[] outputs = spec.layout().outputNeurons();

    for (int t = 0; t < steps; t++) {
      // Input events, then recurrent spikes of the previous step: each element receives its terms
      // in channel order, then presynaptic order (the reference adds them in the same order), in a
      // lane-major buffer where one lane's neurons sit together, then turned lane-minor.
      Arrays.fill(laneCurrent, 0, count * n, 0f);
      int fired = t == 0 ? 0 : spikeCount - spikeStart[(t - 1) * lanes];
      boolean gather = fired * GATHER_RATE_INVERSE >= n * count;
      // The lane masks of step t - 1's spikes, when the neurons' last step recorded them.
      long[] masks = t > 0 && !gather ? neuron.spikeMasks() : null;
      for (int q = eventStart[t]; q < eventStart[t + 1]; q++) {
        kernels.scatterScaledRow(
            eventChannel[q],
            eventCount[q],
            inStart,
            inLen,
            inCol,
            inW,
            laneCurrent,
            eventLane[q] * n);
      }
      if (t > 0 && !gather && masks == null) {
        // spike still holds step t - 1: presynaptic neurons ascending, as the reference adds them,
        // after each lane's input terms.
        for (int b = 0; b < count; b++) {
          int from = spikeStart[(t - 1) * lanes + b];
          int to = spikeStart[(t - 1) * lanes + b + 1];
          kernels.scatterRows(
              spikeIds, from, to, recStart, recLen, recCol, recW, laneCurrent, b * n);
        }
      }
      if (masks != null) {
        // The same terms neuron by neuron, each fired neuron's row into all its lanes while it is
        // in cache: every element still gets its inputs first, then presynaptic neurons ascending.
        for (int i = 0; i < n; i++) {
          if (masks[i] != 0) {
            kernels.scatterRowToLanes(i, masks[i], recStart, recLen, recCol, recW, laneCurrent, n);
          }
        }
      }
      EventKernels.toLaneMinor(laneCurrent, n, count, current, lanes);
      if (gather && dense.active()) {
        // The same gather over the dense matrix: its zeros add nothing.
        kernels.denseRowDots(0, n, n, dense.byPostsynaptic(), spike, current, lanes, true);
      } else if (gather) {
        // Many neurons fired at t - 1: gather every neuron's fan-in instead (the same terms in the
        // same order, so the same currents; silent lanes get + w * 0).
        kernels.addSpikingColumns(
            n,
            transposed.start(),
            transposed.length(),
            transposed.presynaptic(),
            transposed.weight(),
            spike,
            current,
            lanes);
      }
      // spike goes in as z_{t-1} and comes out as z_t.
      neuron.forgetSpikeMasks();
      neuron.forwardStep(t, current, spike, count, train);
      listSpikes(neuron.spikeMasks(), n);
      for (int b = 0; b < lanes; b++) {
        int m = laneCount[b];
        if (spikeCount + m > spikeIds.length) {
          spikeIds = Arrays.copyOf(spikeIds, Math.max(spikeIds.length * 2, spikeCount + m));
        }
        System.arraycopy(laneSpikes[b], 0, spikeIds, spikeCount, m);
        spikeCount += m;
        spikeStart[t * lanes + b + 1] = spikeCount;
      }
      for (int k = 0; k < classes; k++) {
        int o = outputs[k] * lanes;
        for (int b = 0; b < count; b++) {
          counts[b * classes + k] += spike[o + b];
        }
      }
    }
    spikeTotal = spikeCount;
    if (train) {
      countForwardWork(recLen, inLen);
    }
  }

  /**
   * Each lane's neurons that fired at this step, ascending, into {@link #laneSpikes} and {@link
   * #laneCount}: from the neurons' lane masks when there are ({@code masks} not null), else from
   * {@link #spike}.
   */
  private void listSpikes(long[] masks, int n) {
    Arrays.fill(laneCount, 0);
    if (masks == null) {
      for (int j = 0; j < n; j++) {
        int o = j * lanes;
        for (int b = 0; b < count; b++) {
          if (spike[o + b] != 0f) {
            laneSpikes[b][laneCount[b]++] = j;
          }
        }
      }
      return;
    }
    for (int j = 0; j < n; j++) {
      for (long m = masks[j]; m != 0; m &= m - 1) {
        int b = Long.numberOfTrailingZeros(m);
        laneSpikes[b][laneCount[b]++] = j;
      }
    }
  }

  /** The forward pass's synaptic operations, for {@link #work} (training passes only). */
  private void countForwardWork(int[] recLen, int[] inLen) {
    recurrentOps = 0;
    int last = spikeStart[(steps - 1) * lanes]; // spikes of the last step reach no next step
    for (int q = 0; q < last; q++) {
      recurrentOps += recLen[spikeIds[q]];
    }
    inputOps = 0;
    for (int q = 0; q < eventStart[steps]; q++) {
      inputOps += inLen[eventChannel[q]];
    }
  }

  /**
   * What the last training pass (forward and backward) of this block computed; the weight gradients
   * take one addition per forward synaptic operation.
   */
  Work work() {
    long forwardOps = inputOps + recurrentOps;
    return new Work(count, forwardOps, backwardMacs, forwardOps);
  }

  /**
   * Fills slot {@code slot} of {@link #hotLanes}/{@link #hotCount}: the lanes each neuron spiked in
   * at step {@code t}, ascending.
   */
  private void spikingLanes(int t, int n, int slot) {
    int[] count = hotCount[slot];
    int[] hot = hotLanes[slot];
    Arrays.fill(count, 0, n, 0);
    int base = t * lanes;
    for (int b = 0; b < this.count; b++) {
      for (int q = spikeStart[base + b]; q < spikeStart[base + b + 1]; q++) {
        int i = spikeIds[q];
        hot[i * lanes + count[i]++] = b;
      }
    }
  }

  /**
   * Backpropagates through all steps from the readout gradients set by {@link #setReadoutGradient}
   * and the rate term's gradient {@code rateGrad} (the same for every neuron, step and sample),
   * leaving the weight gradients of this block in {@link #inputGrad} and {@link #recurrentGrad} and
   * those of the trained neuron parameters in its neuron state ({@link #neuronParameterGradient}).
   */
  void backward(
      SpikingNetwork net,
      DenseRows denseRows,
      DenseWeights dense,
      BlockWeights blocked,
      LaneKernels kernels,
      float rateGrad,
      float approximate,
      boolean[] exempt) {
    boolean[] live = null;
    if (approximate > 0) {
      if (liveRows.length != neurons) {
        liveRows = new boolean[neurons];
      }
      live = liveRows;
    }
    NetworkSpec spec = net.spec();
    int n = neurons;
    int size = n * lanes;
    int classes = spec.classes();
    SynapseStore in = net.inputWeights();
    int[] inStart = in.rowStartArray();
    int[] inLen = in.rowLengthArray();
    int[] inCol = in.columnArray();
    SynapseStore rec = net.recurrentWeights();
    float[] recW = net.forwardRecurrentWeights();
    if (inputGrad.length != in.slots()) {
      inputGrad = new float[in.slots()];
    } else {
      Arrays.fill(inputGrad, 0f);
    }
    if (recurrentGrad.length != rec.slots()) {
      recurrentGrad = new float[rec.slots()];
    } else {
      Arrays.fill(recurrentGrad, 0f);
    }
    prepareDenseRows(denseRows);
    pendingSteps = 0;
    int[] outputs = spec.layout().outputNeurons();
    NeuronState neuron = neuronState;
    neuron.startBackward();
    backwardMacs = 0;
    float[] next = null; // dL/dI_{t+1}

    for (int t = steps - 1; t >= 0; t--) {
      // dL/dz_t: through z_t W into I_{t+1}, through the neurons' own state at t + 1 (the reset),
      // the rate term, and the readout.
      if (live != null) {
        neuron.sparsifyDerivative(t, approximate, exempt, live);
      }
      if (t < steps - 1 && live != null) {
        backwardMacs += (long) count * liveRowDots(kernels, dense, blocked, rec, recW, next, live);
      } else if (t < steps - 1) {
        rowProduct(0, n, kernels, dense, blocked, rec, recW, next);
        backwardMacs += (long) count * rec.count();
      } else {
        Arrays.fill(dz, 0f);
      }
      neuron.addSpikeFeedback(t, dz);
      for (int e = 0; e < size; e++) {
        dz[e] += rateGrad;
      }
      for (int k = 0; k < classes; k++) {
        int o = outputs[k] * lanes;
        for (int b = 0; b < count; b++) {
          dz[o + b] += readoutGrad[b * classes + k];
        }
      }
      // delta_t = dL/dI_t, the gradient into the synaptic input current.
      float[] cur = neuron.backwardStep(t, dz);
      // Weight gradients, sparse in events, from a lane-major copy of delta_t (one lane's neurons
      // together): dWin[c, j] += x_{t,c} delta_{t,j}; dW[i, j] += z_{t-1,i} delta_{t,j}.
      // Without dense rows nothing waits for a flush: one slot, whose deltas stay in cache.
      int slot = denseGradientRows > 0 ? pendingSteps : 0;
      int base = slot * size;
      EventKernels.toLaneMajor(cur, lanes, count, byLane, base, n);
      for (int q = eventStart[t]; q < eventStart[t + 1]; q++) {
        int c = eventChannel[q];
        kernels.gatherScaledRow(
            inStart[c],
            inStart[c] + inLen[c],
            inCol,
            eventCount[q],
            byLane,
            base + eventLane[q] * n,
            inputGrad);
      }
      if (t > 0) {
        addRecurrentGradient(t, slot, rec, kernels);
      }
      next = cur;
    }
    collectDenseRows(rec);
  }

  /**
   * The approximate backward product: {@code dz = W delta} on the rows of live neurons only (runs
   * of consecutive live rows at a time), 0 on the others, whose surrogate derivative at {@code t}
   * is 0 in every lane so that {@code dL/dz_t} never reaches them. Returns the synapses computed.
   */
  private long liveRowDots(
      LaneKernels kernels,
      DenseWeights dense,
      BlockWeights blocked,
      SynapseStore rec,
      float[] recW,
      float[] next,
      boolean[] live) {
    int[] recLen = rec.rowLengthArray();
    if (blocked.active() && !dense.active()) {
      return liveBlockDots(kernels, blocked, recLen, next, live);
    }
    int n = neurons;
    long synapses = 0;
    int i = 0;
    while (i < n) {
      int from = i;
      boolean on = live[i];
      while (i < n && live[i] == on) {
        if (on) {
          synapses += recLen[i];
        }
        i++;
      }
      if (on) {
        rowProduct(from, i, kernels, dense, blocked, rec, recW, next);
      } else {
        Arrays.fill(dz, from * lanes, i * lanes, 0f);
      }
    }
    return synapses;
  }

  /**
   * {@link #liveRowDots} over dense blocks: every block of rows with a live row runs whole (the
   * block kernel's six-row groups stay whole; each row's values are those of the exact product),
   * then the rows that are not live are set to 0. Returns the live rows' synapses.
   */
  private long liveBlockDots(
      LaneKernels kernels, BlockWeights blocked, int[] recLen, float[] next, boolean[] live) {
    int n = neurons;
    int size = blocked.block();
    long synapses = 0;
    for (int r0 = 0; r0 < n; r0 += size) {
      int r1 = Math.min(n, r0 + size);
      boolean any = false;
      for (int i = r0; i < r1; i++) {
        any |= live[i];
      }
      if (any) {
        blocked.product(r0, r1, kernels, next, dz, lanes);
      }
      for (int i = r0; i < r1; i++) {
        if (live[i]) {
          synapses += recLen[i];
        } else {
          Arrays.fill(dz, i * lanes, (i + 1) * lanes, 0f);
        }
      }
    }
    return synapses;
  }

  /**
   * {@code dz = W delta} on rows {@code [from, to)}: over the dense matrix when the network is
   * dense ({@link DenseWeights#active}), else over its dense blocks and the rest when it has them
   * ({@link BlockWeights#active}), else over its active synapses.
   */
  private void rowProduct(
      int from,
      int to,
      LaneKernels kernels,
      DenseWeights dense,
      BlockWeights blocked,
      SynapseStore rec,
      float[] recW,
      float[] next) {
    if (dense.active()) {
      kernels.denseRowDots(from, to, neurons, dense.byPresynaptic(), next, dz, lanes, false);
    } else if (blocked.active()) {
      blocked.product(from, to, kernels, next, dz, lanes);
    } else {
      kernels.rowDots(
          from,
          to,
          rec.rowStartArray(),
          rec.rowLengthArray(),
          rec.columnArray(),
          recW,
          next,
          dz,
          lanes);
    }
  }

  /**
   * Zeroes a full row of postsynaptic gradients for each of the {@link DenseRows}: for those,
   * adding a whole lane-major delta row per spike (contiguous, vectorized) costs less than
   * gathering one value per synapse.
   */
  private void prepareDenseRows(DenseRows denseRows) {
    int n = neurons;
    denseRow = denseRows.indexArray();
    denseGradientRows = denseRows.count();
    int size = denseRows.count() * n;
    if (denseGradient.length < size) {
      denseGradient = new float[size];
    } else {
      Arrays.fill(denseGradient, 0, size, 0f);
    }
  }

  /** The dense rows' accumulated gradients into their synapses' slots. */
  private void collectDenseRows(SynapseStore rec) {
    int n = neurons;
    int[] recStart = rec.rowStartArray();
    int[] recLen = rec.rowLengthArray();
    int[] recCol = rec.columnArray();
    for (int i = 0; i < n; i++) {
      int g = denseRow[i];
      if (g < 0) {
        continue;
      }
      int o = g * n;
      for (int k = recStart[i]; k < recStart[i] + recLen[i]; k++) {
        recurrentGrad[k] = denseGradient[o + recCol[k]];
      }
    }
  }

  /**
   * {@code dW[i, j] += z_{t-1,i} delta_{t,j}}, lanes ascending per synapse as a lane-by-lane event
   * loop adds them, so the float sums are the same. The loop runs presynaptic neuron by neuron and,
   * within it, over its spiking lanes, reading {@code delta} from its lane-major copy in slot
   * {@code slot} of {@link #byLane} (the pending step's when there are dense rows, else 0): the
   * row's gradients stay in the L1 cache across its lanes and each lane's reads fall in one {@code
   * n} float stretch. The plain event loop re-streamed the whole gradient array once per lane,
   * which with a dense network firing at a high rate dominated training.
   */
  private void addRecurrentGradient(int t, int slot, SynapseStore rec, LaneKernels kernels) {
    int n = neurons;
    int base = slot * n * lanes;
    if (denseGradientRows > 0) {
      pendingSteps++;
    }
    spikingLanes(t - 1, n, slot);
    int[] count = hotCount[slot];
    int[] hot = hotLanes[slot];
    int[] recStart = rec.rowStartArray();
    int[] recLen = rec.rowLengthArray();
    int[] recCol = rec.columnArray();
    for (int i = 0; i < n; i++) {
      if (denseRow[i] >= 0) {
        continue;
      }
      int ks = recStart[i];
      int ke = ks + recLen[i];
      for (int q = i * lanes; q < i * lanes + count[i]; q++) {
        int o = base + hot[q] * n;
        kernels.gatherRow(ks, ke, recCol, byLane, o, recurrentGrad);
      }
    }
    if (denseGradientRows > 0 && (pendingSteps == DENSE_STEPS || t == 1)) {
      flushDenseRows(kernels);
    }
  }

  /**
   * The dense rows' share of the pending steps: each row adds, for every pending step (descending)
   * and spiking lane (ascending), that lane's whole delta row to its gradients, all in one {@link
   * LaneKernels#addRows} call. Per synapse that is the order of the sparse rows' loop (steps
   * descending, lanes ascending, from 0), so {@link #collectDenseRows} gives what that loop would.
   */
  private void flushDenseRows(LaneKernels kernels) {
    int n = neurons;
    int size = n * lanes;
    for (int i = 0; i < n; i++) {
      int g = denseRow[i];
      if (g < 0) {
        continue;
      }
      int m = 0;
      for (int slot = 0; slot < pendingSteps; slot++) {
        int[] hot = hotLanes[slot];
        for (int q = i * lanes; q < i * lanes + hotCount[slot][i]; q++) {
          denseOffset[m++] = slot * size + hot[q] * n;
        }
      }
      kernels.addRows(byLane, denseOffset, m, denseGradient, g * n, n);
    }
    pendingSteps = 0;
  }
}
