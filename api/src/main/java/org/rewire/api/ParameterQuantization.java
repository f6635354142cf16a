package org.rewire.api;

/**
 * How a chip stores one parameter of a neuron model: an integer {@code k} in {@code [min, max]}
 * read as {@link Form}.
 *
 * @param form how the integer maps to the parameter
 * @param min least integer
 * @param max largest integer, {@code >= min}
 * @since api 0.2.0
 */
public record ParameterQuantization(Form form, int min, int max) {
  /** How the stored integer {@code k} maps to the parameter. */
  public enum Form {
    /**
     * A decay as a bit shift (Xylo's "dash"): each step the state loses {@code state >> k}, so the
     * time constant is about {@code dt * 2^k} (decay factor {@code 1 - 2^-k}).
     */
    BIT_SHIFT,
    /** The parameter is the integer itself, in the units the chip's weights use (a threshold). */
    INTEGER
  }

  /**
   * @throws IllegalArgumentException if {@code form} is null or {@code min > max}
   */
  public ParameterQuantization {
    if (form == null) {
      throw new IllegalArgumentException("form must be given");
    }
    if (min > max) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
  }

  /** A decay as a bit shift {@code k} in {@code [min, max]}. */
  public static ParameterQuantization bitShift(int min, int max) {
    return new ParameterQuantization(Form.BIT_SHIFT, min, max);
  }
}
