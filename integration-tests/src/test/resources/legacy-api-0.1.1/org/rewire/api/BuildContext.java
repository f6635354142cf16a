package org.rewire.api;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the runtime knows when it builds a component. Components are built in the order dataset,
 * hardware target, sparsifier; each sees what was built before it.
 */
public interface BuildContext {

  /** The experiment's seed. Components derive their own random streams from it. */
  long seed();

  /**
   * Resolves a path written in the experiment file: relative paths are taken against the folder of
   * that file, not the working directory.
   */
  Path resolve(String path);

  /** A folder for downloads and decompressed data, shared between runs ({@code REWIRE_CACHE}). */
  Path cacheDirectory();

  /** The number of classes of the dataset, once the dataset is built. */
  OptionalInt classes();

  /** The number of input channels of the dataset after the runtime's channel reduction. */
  OptionalInt inputs();

  /** The hardware target, once it is built (sparsifiers see it). */
  Optional<HardwareTarget> target();
}
