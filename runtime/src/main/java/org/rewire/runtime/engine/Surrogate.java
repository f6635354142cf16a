package org.rewire.runtime.engine;

import java.util.List;
import org.rewire.api.InvalidConfigException;
import org.rewire.runtime.engine.simd.LaneKernels;
import org.rewire.runtime.engine.simd.ScalarLaneKernels;

/**
 * The pseudo-derivative of the spike nonlinearity {@code z = H(x)}, {@code x = v - thr}, used in
 * place of the Dirac delta by backpropagation. Chosen by name in {@code model.surrogate}.
 *
 * <p>Implementations are stateless and write whole arrays at once so the JIT can vectorize them.
 */
public interface Surrogate {

  /** The name a config uses for this surrogate. */
  String name();

  /**
   * {@code out[k] = f(v[k] - thr)} for {@code k} in {@code [from, to)}, written at {@code out[k +
   * outOffset - from]}.
   */
  void derivative(float[] v, float thr, int from, int to, float[] out, int outOffset);

  /**
   * The same derivative on {@code kernels}: the same values bit for bit, on that backend's vector
   * code where it has one for this surrogate (the default runs {@link #derivative(float[], float,
   * int, int, float[], int)}).
   */
  default void derivative(
      LaneKernels kernels, float[] v, float thr, int from, int to, float[] out, int outOffset) {
    derivative(v, thr, from, to, out, outOffset);
  }

  /** One value, {@code f(x)}; the reference the array form must agree with. */
  float at(float x);

  /** The names {@link #byName} knows. */
  static List<String> names() {
    return List.of("fast-sigmoid", "sigmoid", "triangle");
  }

  /**
   * The surrogate called {@code name}: {@code fast-sigmoid} is the paper's {@code 1 / (10|x| +
   * 1)^2}; {@code sigmoid} is the derivative of {@code sigmoid(10 x)} scaled to peak 1; {@code
   * triangle} is {@code max(0, 1 - |x|)}.
   *
   * @throws InvalidConfigException naming field {@code surrogate} for an unknown name
   */
  static Surrogate byName(String name) {
    switch (name) {
      case "fast-sigmoid":
        return new FastSigmoid();
      case "sigmoid":
        return new SigmoidDerivative();
      case "triangle":
        return new Triangle();
      default:
        throw new InvalidConfigException(
            "surrogate", "unknown surrogate '" + name + "', expected one of " + names());
    }
  }

  /** {@code 1 / (10 |x| + 1)^2}, the paper's (and the PyTorch reference's) surrogate. */
  final class FastSigmoid implements Surrogate {
    /** The slope 10 of {@code 1 / (10 |x| + 1)^2}. */
    private static final float SLOPE = 10f;

    private static final LaneKernels SCALAR = new ScalarLaneKernels();

    @Override
    public String name() {
      return "fast-sigmoid";
    }

    @Override
    public void derivative(float[] v, float thr, int from, int to, float[] out, int outOffset) {
      derivative(SCALAR, v, thr, from, to, out, outOffset);
    }

    @Override
    public void derivative(
        LaneKernels kernels, float[] v, float thr, int from, int to, float[] out, int outOffset) {
      kernels.fastSigmoidDerivative(v, thr, SLOPE, from, to, out, outOffset);
    }

    @Override
    public float at(float x) {
      float d = SLOPE * Math.abs(x) + 1f;
      return 1f / (d * d);
    }
  }

  /** {@code 4 s (1 - s)} with {@code s = sigmoid(10 x)}: peak 1 at the threshold. */
  final class SigmoidDerivative implements Surrogate {
    @Override
    public String name() {
      return "sigmoid";
    }

    @Override
    public void derivative(float[] v, float thr, int from, int to, float[] out, int outOffset) {
      for (int k = from; k < to; k++) {
        out[k + outOffset - from] = at(v[k] - thr);
      }
    }

    @Override
    public float at(float x) {
      float s = (float) (1 / (1 + Math.exp(-10.0 * x)));
      return 4f * s * (1f - s);
    }
  }

  /** {@code max(0, 1 - |x|)}. */
  final class Triangle implements Surrogate {
    @Override
    public String name() {
      return "triangle";
    }

    @Override
    public void derivative(float[] v, float thr, int from, int to, float[] out, int outOffset) {
      int shift = outOffset - from;
      for (int k = from; k < to; k++) {
        out[k + shift] = Math.max(0f, 1f - Math.abs(v[k] - thr));
      }
    }

    @Override
    public float at(float x) {
      return Math.max(0f, 1f - Math.abs(x));
    }
  }
}
