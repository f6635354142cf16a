package org.rewire.runtime.engine;

import java.util.Arrays;
import java.util.List;
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
  private final int lanes;
  private final BinnedSample[] samples;
  private int count;
  private int steps;
  private int neurons;

  private NeuronModel model;
  private NeuronParameters modelParameters;
  private NeuronState neuronState;
  private float[] current = new float[0];
  private float[] spike = new float[0];
  private int[] spikeStart = new int[1];
  private int[] spikeIds = new int[1024];
  private int[][] laneSpikes = new int[0][];
  private int[] hotCount = new int[0];
  private int[] hotLanes = new int[0];
  private float[] byLane = new float[0];
  private final int[] laneCount;
  private float[] counts = new float[0];
  private float[] readoutGrad = new float[0];
  private float[] dz = new float[0];
  private long spikeTotal;

  float[] inputGrad = new float[0];
  float[] recurrentGrad = new float[0];

  LaneBlock(int lanes) {
    this.lanes = lanes;
    this.samples = new BinnedSample[lanes];
    this.laneCount = new int[lanes];
  }

  /** Takes samples {@code [from, from + n)} of {@code batch} into the lanes. */
  void load(List<BinnedSample> batch, int from, int n, int steps) {
    this.count = n;
    this.steps = steps;
    Arrays.fill(samples, null);
    for (int b = 0; b < n; b++) {
      samples[b] = batch.get(from + b);
    }
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
      spike = new float[size];
      dz = new float[size];
      model = null;
      laneSpikes = new int[lanes][n];
      hotCount = new int[n];
      hotLanes = new int[size];
      byLane = new float[size];
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
  void forward(SpikingNetwork net, LaneKernels kernels, boolean train) {
    NetworkSpec spec = net.spec();
    int n = spec.layout().neurons();
    int classes = spec.classes();
    ensureState(spec.neuron(), net.neuronParameters(), n, classes);
    NeuronState neuron = neuronState;
    neuron.start(steps, train);
    Arrays.fill(spike, 0f);
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
      Arrays.fill(current, 0f);
      // Input events, then recurrent spikes of the previous step: each element receives its terms
      // in channel order, then presynaptic order (the reference adds them in the same order).
      for (int b = 0; b < count; b++) {
        BinnedSample s = samples[b];
        int[] ch = s.channels();
        float[] cnt = s.counts();
        for (int e = s.stepStart()[t]; e < s.stepStart()[t + 1]; e++) {
          int c = ch[e];
          float x = cnt[e];
          int ks = inStart[c];
          for (int k = ks; k < ks + inLen[c]; k++) {
            current[inCol[k] * lanes + b] += x * inW[k];
          }
        }
      }
      if (t > 0) {
        // spike still holds step t - 1: presynaptic neurons ascending, as the reference adds them.
        kernels.addSpikingRows(n, recStart, recLen, recCol, recW, spike, current, lanes);
      }
      // spike goes in as z_{t-1} and comes out as z_t.
      neuron.forwardStep(t, current, spike, count, train);
      Arrays.fill(laneCount, 0);
      for (int j = 0; j < n; j++) {
        int o = j * lanes;
        for (int b = 0; b < count; b++) {
          if (spike[o + b] != 0f) {
            laneSpikes[b][laneCount[b]++] = j;
          }
        }
      }
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
  }

  /**
   * Fills {@link #hotLanes}/{@link #hotCount}: the lanes each neuron spiked in at step {@code t}.
   */
  private void spikingLanes(int t, int n) {
    Arrays.fill(hotCount, 0, n, 0);
    int base = t * lanes;
    for (int b = 0; b < count; b++) {
      for (int q = spikeStart[base + b]; q < spikeStart[base + b + 1]; q++) {
        int i = spikeIds[q];
        hotLanes[i * lanes + hotCount[i]++] = b;
      }
    }
  }

  /**
   * Backpropagates through all steps from the readout gradients set by {@link #setReadoutGradient}
   * and the rate term's gradient {@code rateGrad} (the same for every neuron, step and sample),
   * leaving the weight gradients of this block in {@link #inputGrad} and {@link #recurrentGrad} and
   * those of the trained neuron parameters in its neuron state ({@link #neuronParameterGradient}).
   */
  void backward(SpikingNetwork net, LaneKernels kernels, float rateGrad) {
    NetworkSpec spec = net.spec();
    int n = neurons;
    int size = n * lanes;
    int classes = spec.classes();
    SynapseStore in = net.inputWeights();
    int[] inStart = in.rowStartArray();
    int[] inLen = in.rowLengthArray();
    int[] inCol = in.columnArray();
    SynapseStore rec = net.recurrentWeights();
    int[] recStart = rec.rowStartArray();
    int[] recLen = rec.rowLengthArray();
    int[] recCol = rec.columnArray();
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
    int[] outputs = spec.layout().outputNeurons();
    NeuronState neuron = neuronState;
    neuron.startBackward();
    float[] next = null; // dL/dI_{t+1}

    for (int t = steps - 1; t >= 0; t--) {
      // dL/dz_t: through z_t W into I_{t+1}, through the neurons' own state at t + 1 (the reset),
      // the rate term, and the readout.
      if (t < steps - 1) {
        kernels.rowDots(0, n, recStart, recLen, recCol, recW, next, dz, lanes);
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
      // Weight gradients, sparse in events: dWin[c, j] += x_{t,c} delta_{t,j};
      // dW[i, j] += z_{t-1,i} delta_{t,j}.
      for (int b = 0; b < count; b++) {
        BinnedSample s = samples[b];
        int[] ch = s.channels();
        float[] cnt = s.counts();
        for (int e = s.stepStart()[t]; e < s.stepStart()[t + 1]; e++) {
          int c = ch[e];
          float x = cnt[e];
          int ks = inStart[c];
          for (int k = ks; k < ks + inLen[c]; k++) {
            inputGrad[k] += x * cur[inCol[k] * lanes + b];
          }
        }
      }
      if (t > 0) {
        addRecurrentGradient(t, cur, rec);
      }
      next = cur;
    }
  }

  /**
   * {@code dW[i, j] += z_{t-1,i} delta_{t,j}}, lanes ascending per synapse as a lane-by-lane event
   * loop adds them, so the float sums are the same. The loop runs presynaptic neuron by neuron and,
   * within it, over its spiking lanes, reading {@code delta} from a lane-major copy: the row's
   * gradients stay in the L1 cache across its lanes and each lane's reads fall in one {@code n}
   * float stretch. The plain event loop re-streamed the whole gradient array once per lane, which
   * with a dense network firing at a high rate dominated training.
   */
  private void addRecurrentGradient(int t, float[] cur, SynapseStore rec) {
    int n = neurons;
    for (int j = 0; j < n; j++) {
      for (int b = 0; b < count; b++) {
        byLane[b * n + j] = cur[j * lanes + b];
      }
    }
    spikingLanes(t - 1, n);
    int[] recStart = rec.rowStartArray();
    int[] recLen = rec.rowLengthArray();
    int[] recCol = rec.columnArray();
    for (int i = 0; i < n; i++) {
      int ks = recStart[i];
      int ke = ks + recLen[i];
      for (int q = i * lanes; q < i * lanes + hotCount[i]; q++) {
        int o = hotLanes[q] * n;
        for (int k = ks; k < ke; k++) {
          recurrentGrad[k] += byLane[o + recCol[k]];
        }
      }
    }
  }
}
