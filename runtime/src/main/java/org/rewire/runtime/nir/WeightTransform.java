package org.rewire.runtime.nir;

/**
 * What the exporter does to every weight before it writes it: the identity today. This is the seam
 * for a target's weight precision: a quantizer that rounds each weight to the levels the chip
 * stores (and an importer that checks a file's weights against them) plugs in here without changing
 * the graph layout, since NIR stores quantized weights as the same float32 matrices.
 */
@FunctionalInterface
public interface WeightTransform {
  /** Writes every weight as trained. */
  WeightTransform IDENTITY = w -> w;

  /**
   * The weight to export for the trained weight {@code w}.
   *
   * @param w a trained weight, finite
   * @return the weight written, finite
   */
  float apply(float w);
}
