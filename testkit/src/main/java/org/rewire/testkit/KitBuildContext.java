package org.rewire.testkit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;

/**
 * A build context for tests: a seed, a folder for relative paths and caches, and optionally a
 * dataset shape (classes, input channels) and a target.
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
    return of(seed, folder, 10, 128);
  }

  /**
   * A context whose dataset has {@code classes} classes and {@code inputs} input channels.
   *
   * @throws IllegalArgumentException if {@code classes < 1} or {@code inputs < 1}
   * @since testkit for api 0.2.0
   */
  public static KitBuildContext of(long seed, Path folder, int classes, int inputs) {
    if (classes < 1 || inputs < 1) {
      throw new IllegalArgumentException(
          "a dataset has >= 1 class and >= 1 input, got " + classes + " and " + inputs);
    }
    return new KitBuildContext(
        seed, folder, OptionalInt.of(classes), OptionalInt.of(inputs), Optional.empty());
  }

  /**
   * A context with no dataset shape (classes and inputs empty), as when a target is built before
   * any dataset: a target then picks its own default shape.
   */
  public static KitBuildContext withoutDataset(long seed, Path folder) {
    return new KitBuildContext(
        seed, folder, OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
  }

  /** The shape of a dataset that fits {@code target}: a class per output, a channel per input. */
  public static KitBuildContext fitting(HardwareTarget target, long seed, Path folder) {
    return of(
            seed,
            folder,
            Math.max(1, target.layout().outputNeurons().length),
            Math.max(1, target.layout().inputNeurons().length))
        .withTarget(target);
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
