package org.rewire.runtime.engine;

import org.rewire.api.WeightKind;
import org.rewire.api.WeightPrecision;

/**
 * The weights a {@link SpikingNetwork}'s passes run with: its stores' float weights when nothing is
 * quantized (the same arrays, so float training is untouched), else the quantized weights {@code
 * w_q} of {@link WeightQuantization}, slot for slot, refreshed from the float weights by {@link
 * #refresh} before every pass and every mapping. Not thread-safe; the training thread refreshes,
 * the engine's workers only read between refreshes.
 */
final class ForwardWeights {
  private final WeightQuantization quantization;
  private final boolean[] output;
  private float[] input = new float[0];
  private float[] recurrent = new float[0];
  private final double[] scales = new double[WeightKind.values().length];

  ForwardWeights(WeightQuantization quantization, int neurons, int[] outputNeurons) {
    this.quantization = quantization;
    this.output = new boolean[neurons];
    for (int i : outputNeurons) {
      output[i] = true;
    }
    java.util.Arrays.fill(scales, Double.NaN);
  }

  /** Recomputes the quantized weights from the stores' float weights; nothing when float. */
  void refresh(SynapseStore in, SynapseStore rec) {
    if (!quantization.active()) {
      return;
    }
    input = copy(in, input);
    recurrent = copy(rec, recurrent);
    quantization
        .precision(WeightKind.INPUT)
        .ifPresent(p -> quantize(WeightKind.INPUT, p, in, input, null));
    boolean[] onOutput = outputSlots(rec);
    quantization
        .precision(WeightKind.RECURRENT)
        .ifPresent(p -> quantize(WeightKind.RECURRENT, p, rec, recurrent, not(onOutput, rec)));
    quantization
        .precision(WeightKind.OUTPUT)
        .ifPresent(p -> quantize(WeightKind.OUTPUT, p, rec, recurrent, onOutput));
  }

  private void quantize(
      WeightKind kind, WeightPrecision p, SynapseStore store, float[] to, boolean[] member) {
    boolean[] used = member != null ? member : usedSlots(store);
    scales[kind.ordinal()] =
        WeightQuantization.quantize(p, store.weightArray(), to, used, store.slots());
  }

  private static float[] copy(SynapseStore store, float[] buffer) {
    float[] from = store.weightArray();
    float[] to = buffer.length == from.length ? buffer : new float[from.length];
    System.arraycopy(from, 0, to, 0, from.length);
    return to;
  }

  private static boolean[] usedSlots(SynapseStore store) {
    boolean[] used = new boolean[store.slots()];
    for (int r = 0; r < store.rows(); r++) {
      int s = store.rowStart(r);
      for (int k = s; k < s + store.rowLength(r); k++) {
        used[k] = true;
      }
    }
    return used;
  }

  private boolean[] outputSlots(SynapseStore rec) {
    boolean[] on = new boolean[rec.slots()];
    int[] column = rec.columnArray();
    for (int r = 0; r < rec.rows(); r++) {
      int s = rec.rowStart(r);
      for (int k = s; k < s + rec.rowLength(r); k++) {
        on[k] = output[column[k]];
      }
    }
    return on;
  }

  private static boolean[] not(boolean[] onOutput, SynapseStore rec) {
    boolean[] used = usedSlots(rec);
    for (int k = 0; k < used.length; k++) {
      used[k] &= !onOutput[k];
    }
    return used;
  }

  /** The input weights passes use, by slot of {@code in}. */
  float[] input(SynapseStore in) {
    return quantization.active() ? input : in.weightArray();
  }

  /** The recurrent weights passes use, by slot of {@code rec}. */
  float[] recurrent(SynapseStore rec) {
    return quantization.active() ? recurrent : rec.weightArray();
  }

  /** The scale of {@code kind}'s matrix at the last refresh; NaN when it is not quantized. */
  double scale(WeightKind kind) {
    return scales[kind.ordinal()];
  }
}
