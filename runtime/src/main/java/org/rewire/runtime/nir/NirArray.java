package org.rewire.runtime.nir;

import java.util.Arrays;

/**
 * One numeric field of a NIR node (a weight matrix, a vector of time constants, a shape): its
 * shape, its values in row-major order, and the HDF5 element type it is stored as. NIR fields are
 * numpy arrays; values are held as doubles, which hold float32, float64 and integer elements of up
 * to 53 bits exactly.
 *
 * @param shape the array's dimensions, empty for a scalar
 * @param values the elements, row-major; as many as the shape's product
 * @param element how the file stores the elements
 */
public record NirArray(long[] shape, double[] values, Element element) {

  /** HDF5 element types Rewire writes. */
  public enum Element {
    /** IEEE float32: weights, as the engine trains them. */
    FLOAT32,
    /** IEEE float64: neuron parameters. */
    FLOAT64,
    /** 64-bit signed integers: shapes. */
    INT64
  }

  public NirArray {
    long size = 1;
    for (long d : shape) {
      size *= d;
    }
    if (size != values.length) {
      throw new IllegalArgumentException(
          "shape " + Arrays.toString(shape) + " holds " + size + " values, got " + values.length);
    }
  }

  /** A float64 vector. */
  public static NirArray vector(double[] values) {
    return new NirArray(new long[] {values.length}, values.clone(), Element.FLOAT64);
  }

  /** An int64 vector, such as the shape of an Input node. */
  public static NirArray shape(long... dims) {
    double[] values = new double[dims.length];
    for (int i = 0; i < dims.length; i++) {
      values[i] = dims[i];
    }
    return new NirArray(new long[] {dims.length}, values, Element.INT64);
  }

  /** A float32 matrix of {@code rows x cols} values, row-major. */
  public static NirArray matrix(int rows, int cols, float[] values) {
    double[] v = new double[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = values[i];
    }
    return new NirArray(new long[] {rows, cols}, v, Element.FLOAT32);
  }

  /** A float64 scalar. */
  public static NirArray scalar(double value) {
    return new NirArray(new long[0], new double[] {value}, Element.FLOAT64);
  }

  /** Number of elements. */
  public int size() {
    return values.length;
  }

  /** Number of dimensions (0 for a scalar). */
  public int rank() {
    return shape.length;
  }

  /** The shape as NIR prints it, such as {@code [16, 2]}. */
  public String shapeText() {
    return Arrays.toString(shape);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NirArray a
        && Arrays.equals(shape, a.shape)
        && Arrays.equals(values, a.values)
        && element == a.element;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return element + shapeText();
  }
}
