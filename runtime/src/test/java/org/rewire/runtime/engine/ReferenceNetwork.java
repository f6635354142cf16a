package org.rewire.runtime.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of {@link NetworkSpec}, written the obvious way: dense matrices, one sample at a time,
 * loops in textbook order, backward pass in double, the neurons' dynamics from {@link
 * ReferenceNeurons}. It is the yardstick for {@link Engine}.
 *
 * <p>Two arithmetic modes. {@code FLOAT32} rounds every forward operation to float, in the engine's
 * order (inputs by channel, then spikes by presynaptic neuron), so spikes agree exactly with the
 * engine; double-then-round is exact float arithmetic for +, - and *. {@code FLOAT64} does not
 * round, for finite differences. Gradients of the neurons' decays come with the weights' for every
 * model, learned or not (the engine computes them only for learned ones). The {@code smooth}
 * variant replaces the step {@code H(x)} by {@code sigmoid(beta x)} with its exact derivative, so
 * finite differences apply.
 */
final class ReferenceNetwork {
  final int n;
  final int channels;
  final int classes;
  final double[][] w;
  final boolean[][] active;
  final double[][] win;
  final boolean[][] inActive;
  final int[] outputs;
  final ReferenceNeuron neuron;
  final double lambda;
  final double target;
  final Surrogate surrogate;
  final boolean float32;
  final double smoothBeta;

  /** Loss, logits and gradients of one batch. */
  static final class Pass {
    double loss;
    double[][] logits;
    int[][][] spikes; // [sample][t] -> neurons that spiked, ascending (step variant)
    double[][] gradW;
    double[][] gradWin;
    Map<String, double[]> gradDecay = new HashMap<>(); // per neuron, by NeuronParameter name
  }

  /** From the engine's network: the same weights, structure and constants. */
  ReferenceNetwork(SpikingNetwork net, boolean float32, double smoothBeta) {
    NetworkSpec spec = net.spec();
    n = spec.layout().neurons();
    channels = spec.channels();
    classes = spec.classes();
    outputs = spec.layout().outputNeurons();
    neuron = ReferenceNeurons.of(spec.neuron(), net.neuronParameters());
    lambda = spec.rateLambda();
    target = spec.targetRate();
    surrogate = spec.neuron().surrogate();
    this.float32 = float32;
    this.smoothBeta = smoothBeta;
    w = new double[n][n];
    active = new boolean[n][n];
    copy(net.recurrentWeights(), w, active);
    win = new double[channels][n];
    inActive = new boolean[channels][n];
    copy(net.inputWeights(), win, inActive);
  }

  private static void copy(SynapseStore s, double[][] into, boolean[][] mask) {
    for (int r = 0; r < s.rows(); r++) {
      for (int k = s.rowStart(r); k < s.rowStart(r) + s.rowLength(r); k++) {
        into[r][s.columnArray()[k]] = s.weightArray()[k];
        mask[r][s.columnArray()[k]] = true;
      }
    }
  }

  double r(double x) {
    return float32 ? (float) x : x;
  }

  private double fire(double x) {
    if (smoothBeta > 0) {
      return 1 / (1 + Math.exp(-smoothBeta * x));
    }
    return x > 0 ? 1 : 0;
  }

  private double fireDerivative(double x) {
    if (smoothBeta > 0) {
      double s = 1 / (1 + Math.exp(-smoothBeta * x));
      return smoothBeta * s * (1 - s);
    }
    return surrogate.at((float) x);
  }

  Pass run(List<BinnedSample> batch) {
    int bsz = batch.size();
    int steps = batch.get(0).steps();
    ReferenceNeuron.Trajectory[] neurons = new ReferenceNeuron.Trajectory[bsz];
    double[][][] arg = new double[bsz][steps][]; // of the spike function, per sample and step
    double[][][] z = new double[bsz][steps][n];
    Pass p = new Pass();
    p.logits = new double[bsz][classes];
    p.spikes = new int[bsz][steps][];
    double zSum = 0;
    for (int b = 0; b < bsz; b++) {
      BinnedSample s = batch.get(b);
      neurons[b] = neuron.start(n, steps, this::r);
      double[] zPrev = new double[n];
      for (int t = 0; t < steps; t++) {
        double[] cur = new double[n];
        for (int e = s.stepStart()[t]; e < s.stepStart()[t + 1]; e++) {
          int c = s.channels()[e];
          double x = s.counts()[e];
          for (int j = 0; j < n; j++) {
            if (inActive[c][j]) {
              cur[j] = r(cur[j] + r(x * win[c][j]));
            }
          }
        }
        for (int i = 0; i < n; i++) {
          if (zPrev[i] != 0) {
            for (int j = 0; j < n; j++) {
              if (active[i][j]) {
                cur[j] = r(cur[j] + r(zPrev[i] * w[i][j]));
              }
            }
          }
        }
        int count = 0;
        arg[b][t] = neurons[b].step(t, cur, zPrev);
        for (int j = 0; j < n; j++) {
          z[b][t][j] = fire(arg[b][t][j]);
          zSum += z[b][t][j];
          if (z[b][t][j] == 1) {
            count++;
          }
        }
        p.spikes[b][t] = new int[count];
        for (int j = 0, q = 0; j < n; j++) {
          if (z[b][t][j] == 1) {
            p.spikes[b][t][q++] = j;
          }
        }
        for (int k = 0; k < classes; k++) {
          p.logits[b][k] += z[b][t][outputs[k]];
        }
        zPrev = z[b][t];
      }
    }
    double elements = (double) bsz * n * steps;
    double gap = target - zSum / elements;
    double rateGrad = -2 * lambda * gap / elements;
    double ce = 0;
    p.gradW = new double[n][n];
    p.gradWin = new double[channels][n];
    for (int b = 0; b < bsz; b++) {
      BinnedSample s = batch.get(b);
      double max = Double.NEGATIVE_INFINITY;
      for (double l : p.logits[b]) {
        max = Math.max(max, l);
      }
      double sum = 0;
      for (double l : p.logits[b]) {
        sum += Math.exp(l - max);
      }
      ce -= p.logits[b][s.label()] - max - Math.log(sum);
      double[] readout = new double[n];
      for (int k = 0; k < classes; k++) {
        double prob = Math.exp(p.logits[b][k] - max) / sum;
        readout[outputs[k]] = (prob - (k == s.label() ? 1 : 0)) / bsz;
      }
      ReferenceNeuron.Trajectory cell = neurons[b];
      double[] next = new double[n]; // dL/dI_{t+1}
      for (int t = steps - 1; t >= 0; t--) {
        double[] feedback = cell.spikeFeedback(t);
        double[] gz = new double[n];
        double[] df = new double[n];
        for (int i = 0; i < n; i++) {
          gz[i] = rateGrad + readout[i] + feedback[i];
          for (int j = 0; j < n; j++) {
            if (active[i][j]) {
              gz[i] += w[i][j] * next[j];
            }
          }
          df[i] = fireDerivative(arg[b][t][i]);
        }
        double[] delta = cell.backwardStep(t, gz, df);
        for (int e = s.stepStart()[t]; e < s.stepStart()[t + 1]; e++) {
          int c = s.channels()[e];
          for (int j = 0; j < n; j++) {
            if (inActive[c][j]) {
              p.gradWin[c][j] += s.counts()[e] * delta[j];
            }
          }
        }
        if (t > 0) {
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              if (active[i][j]) {
                p.gradW[i][j] += z[b][t - 1][i] * delta[j];
              }
            }
          }
        }
        next = delta;
      }
      cell.decayGradients()
          .forEach(
              (name, g) -> {
                double[] total = p.gradDecay.computeIfAbsent(name, k -> new double[n]);
                for (int j = 0; j < n; j++) {
                  total[j] += g[j];
                }
              });
    }
    p.loss = ce / bsz + lambda * gap * gap;
    return p;
  }
}
