package org.rewire.runtime.engine.simd;

import java.util.Locale;

/**
 * Chooses the kernels once per process: the Vector API when the {@code jdk.incubator.vector} module
 * is in the boot layer (the JVM was started with {@code --add-modules jdk.incubator.vector}) and
 * its preferred vectors hold at least 8 floats (256 bits: the kernels use 256-bit vectors), else
 * scalar. The system property {@code rewire.simd=scalar|vector} overrides the choice; asking for
 * {@code vector} when the module is missing fails with a message saying how to enable it.
 */
public final class KernelSelection {
  /** The system property that overrides the choice. */
  public static final String PROPERTY = "rewire.simd";

  private static final String VECTOR_CLASS = "org.rewire.runtime.engine.simd.VectorLaneKernels";

  private KernelSelection() {}

  /** The kernels {@code rewire.simd} asks for, or the best available. */
  public static LaneKernels select() {
    return select(System.getProperty(PROPERTY, "auto"));
  }

  /**
   * The kernels for {@code choice}: {@code auto}, {@code scalar} or {@code vector}.
   *
   * @throws IllegalArgumentException for another value, or {@code vector} without the module
   */
  public static LaneKernels select(String choice) {
    switch (choice.toLowerCase(Locale.ROOT)) {
      case "scalar":
        return new ScalarLaneKernels();
      case "vector":
        if (!vectorModulePresent()) {
          throw new IllegalArgumentException(
              PROPERTY + "=vector needs the JVM option --add-modules jdk.incubator.vector");
        }
        return loadVector();
      case "auto":
        if (vectorModulePresent()) {
          LaneKernels v = loadVector();
          if (vectorLength() >= 8) {
            return v;
          }
        }
        return new ScalarLaneKernels();
      default:
        throw new IllegalArgumentException(
            PROPERTY + " must be auto, scalar or vector, got '" + choice + "'");
    }
  }

  /** Whether the Vector API module is available to this JVM. */
  public static boolean vectorModulePresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  private static int vectorLength() {
    return VectorLaneKernels.preferredVectorLength();
  }

  // Reflection keeps the incubator classes unlinked until the module is known to be there.
  private static LaneKernels loadVector() {
    try {
      return (LaneKernels) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("cannot load the Vector API kernels", e);
    }
  }
}
