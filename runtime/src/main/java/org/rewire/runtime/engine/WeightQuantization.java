package org.rewire.runtime.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.rewire.api.WeightKind;
import org.rewire.api.WeightPrecision;

/**
 * How the network's weights are stored on the chip, for quantization-aware training: per {@link
 * WeightKind}, the chip's {@link WeightPrecision}, or nothing (float, unquantized).
 *
 * <p>Scheme (symmetric uniform quantization with one scale per weight matrix, as Rockpool's global
 * quantization for Xylo): for the weights {@code w} of one matrix (the input projection; the
 * recurrent synapses onto non-output neurons; those onto output neurons), the scale is {@code s =
 * max|w| / max} ({@code max} the precision's largest integer, 127 for 8-bit signed; {@code s = 1}
 * when every weight is 0), the stored integer {@code q = clamp(rint(w / s), min, max)} and the
 * weight the network runs with {@code w_q = q s}. A weight whose integer is 0 is not stored.
 *
 * <p>Training keeps the float weights {@code w} (the optimizer's) and runs forward and backward
 * passes with {@code w_q}; the gradient of the loss with respect to {@code w_q} is applied to
 * {@code w} unchanged: the straight-through estimator (Bengio et al. 2013, arXiv:1308.3432;
 * Courbariaux et al. 2015), whose clipping is void here because the scale follows the largest
 * weight. So the engine's gradient is the exact gradient of the quantized network, the one the
 * finite-difference tests check. Every step is elementwise or a maximum: the result does not depend
 * on the order of evaluation or the thread count. Immutable.
 *
 * @param precisions the precision per kind; a kind not present stays float
 */
public record WeightQuantization(Map<WeightKind, WeightPrecision> precisions) {
  /** Float weights everywhere: training as without a chip precision, bit for bit. */
  public static final WeightQuantization NONE = new WeightQuantization(Map.of());

  public WeightQuantization {
    EnumMap<WeightKind, WeightPrecision> copy = new EnumMap<>(WeightKind.class);
    copy.putAll(precisions);
    precisions = Collections.unmodifiableMap(copy);
  }

  /** Whether any kind is quantized. */
  public boolean active() {
    return !precisions.isEmpty();
  }

  /** The precision of {@code kind}; empty when it stays float. */
  public Optional<WeightPrecision> precision(WeightKind kind) {
    return Optional.ofNullable(precisions.get(kind));
  }

  /**
   * The scale of a matrix whose largest weight magnitude is {@code maxAbs}: {@code maxAbs / max},
   * or 1 when {@code maxAbs} is 0 (or the precision has no positive integer).
   */
  static double scale(WeightPrecision p, double maxAbs) {
    long top = Math.max(p.max(), -p.min());
    return maxAbs == 0 || top == 0 ? 1.0 : maxAbs / (p.max() > 0 ? p.max() : top);
  }

  /** The stored integer of {@code w} at {@code scale}: {@code clamp(rint(w / scale), min, max)}. */
  static long integer(WeightPrecision p, double scale, float w) {
    double q = Math.rint(w / scale);
    return (long) Math.max(p.min(), Math.min(p.max(), q));
  }

  /**
   * Quantizes the weights {@code from[k]} of the slots {@code k} where {@code member[k]} into
   * {@code to[k]} ({@code w_q}, as a float), with one scale over those slots; other slots are left.
   *
   * @return the scale used
   */
  static double quantize(WeightPrecision p, float[] from, float[] to, boolean[] member, int slots) {
    double maxAbs = 0;
    for (int k = 0; k < slots; k++) {
      if (member == null || member[k]) {
        maxAbs = Math.max(maxAbs, Math.abs(from[k]));
      }
    }
    double s = scale(p, maxAbs);
    for (int k = 0; k < slots; k++) {
      if (member == null || member[k]) {
        to[k] = (float) (integer(p, s, from[k]) * s);
      }
    }
    return s;
  }
}
