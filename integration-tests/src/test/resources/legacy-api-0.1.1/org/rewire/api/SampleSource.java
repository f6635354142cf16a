package org.rewire.api;

/**
 * The samples of one split, random access. Implementations are safe for concurrent {@link #get}
 * calls and return equal samples for equal indices every time.
 */
public interface SampleSource {

  /** Number of samples. */
  int size();

  /**
   * Sample {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
   */
  SpikeSample get(int index);
}
