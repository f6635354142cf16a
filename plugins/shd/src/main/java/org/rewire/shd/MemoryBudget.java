package org.rewire.shd;

import java.nio.file.Path;

/**
 * Refuses to read a dataset whose declared size cannot fit in the heap. HDF5 headers declare sizes
 * before any data is read, so a damaged or hostile file (2^40 labels in a 6 KB file) is caught with
 * a message instead of an {@link OutOfMemoryError} half-way through.
 */
final class MemoryBudget {
  private MemoryBudget() {}

  /**
   * @param count declared number of elements
   * @param bytes estimated heap bytes to hold them
   */
  static void require(Path name, String field, long count, long bytes) {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (count > Integer.MAX_VALUE - 8 || bytes > free) {
      throw new DataFileException(
          name,
          field,
          "declares "
              + count
              + " values (about "
              + ByteSizes.human(bytes)
              + "), more than this JVM can hold ("
              + ByteSizes.human(free)
              + " free); check the file, or raise -Xmx if it is right");
    }
  }
}
