package org.rewire.runtime.assembly;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;

/** The build context of one run; each later component sees what earlier ones produced. */
public record DefaultBuildContext(
    long seed,
    Path baseDirectory,
    Path cacheDirectory,
    OptionalInt classes,
    OptionalInt inputs,
    Optional<HardwareTarget> target)
    implements BuildContext {

  @Override
  public Path resolve(String path) {
    return baseDirectory.resolve(path).normalize();
  }

  public DefaultBuildContext withDataset(int classes, int inputs) {
    return new DefaultBuildContext(
        seed,
        baseDirectory,
        cacheDirectory,
        OptionalInt.of(classes),
        OptionalInt.of(inputs),
        target);
  }

  /**
   * This context knowing what a dataset's config declares, before any data is loaded; empty values
   * stay unknown.
   */
  public DefaultBuildContext withDeclared(OptionalInt classes, OptionalInt inputs) {
    return new DefaultBuildContext(seed, baseDirectory, cacheDirectory, classes, inputs, target);
  }

  public DefaultBuildContext withTarget(HardwareTarget target) {
    return new DefaultBuildContext(
        seed, baseDirectory, cacheDirectory, classes, inputs, Optional.of(target));
  }
}
