package org.rewire.testkit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;

/**
 * A build context for tests: a seed, a folder for relative paths and caches, and optionally a
 * dataset shape and a target.
 */
public record KitBuildContext(
    long seed,
    Path folder,
    OptionalInt classes,
    OptionalInt inputs,
    Optional<HardwareTarget> target)
    implements BuildContext {

  /** A context with seed {@code seed}, paths under {@code folder}, 10 classes and 128 inputs. */
  public static KitBuildContext of(long seed, Path folder) {
    return of(seed, folder, 10);
  }

  /**
   * A context with seed {@code seed}, paths under {@code folder}, {@code classes} classes and 128
   * inputs.
   */
  public static KitBuildContext of(long seed, Path folder, int classes) {
    return new KitBuildContext(
        seed, folder, OptionalInt.of(classes), OptionalInt.of(128), Optional.empty());
  }

  /** The same context with a target (what sparsifiers see). */
  public KitBuildContext withTarget(HardwareTarget target) {
    return new KitBuildContext(seed, folder, classes, inputs, Optional.of(target));
  }

  @Override
  public Path resolve(String path) {
    return folder.resolve(path);
  }

  @Override
  public Path cacheDirectory() {
    return folder.resolve("cache");
  }
}
