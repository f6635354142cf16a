package org.rewire.shd;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;

/** A build context for one test: paths resolve against {@code base}, the cache is {@code cache}. */
record TestContext(Path base, Path cache) implements BuildContext {
  @Override
  public long seed() {
    return 1;
  }

  @Override
  public Path resolve(String path) {
    return base.resolve(path).normalize();
  }

  @Override
  public Path cacheDirectory() {
    return cache;
  }

  @Override
  public OptionalInt classes() {
    return OptionalInt.empty();
  }

  @Override
  public OptionalInt inputs() {
    return OptionalInt.empty();
  }

  @Override
  public Optional<HardwareTarget> target() {
    return Optional.empty();
  }
}
