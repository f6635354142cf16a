package org.rewire.api;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A {@link Sparsifier} whose own state can be saved in a run's checkpoint and restored when the run
 * resumes ({@code rewire run --resume}), so a resumed run makes the same decisions as one that was
 * never interrupted. A sparsifier that does not implement it cannot resume: the runtime refuses to
 * continue such a run and starts it again instead where it may (a sweep).
 *
 * <p>The runtime saves and restores only between epochs: after {@link #afterEpoch} and the epoch's
 * metrics row, never during a step. State that lives only within a step or an epoch's reports
 * (per-step scratch buffers, counts reported and cleared every epoch) need not be saved. What the
 * network holds (active synapses, weights, optimizer moments) and the {@link
 * RewiringContext#random() random stream} are saved by the runtime, not by the sparsifier.
 *
 * <p>Contract: {@code restoreState} is called on a freshly created sparsifier of the same config,
 * <em>instead of</em> {@link #initialize}, with the network already as it was when {@code
 * saveState} ran; it reads exactly what {@code saveState} wrote and must not change the network or
 * draw from the random stream. The bytes are the sparsifier's own format; the runtime stores them
 * opaquely next to the config digest, so a checkpoint is only restored into the same config.
 */
public interface ResumableSparsifier extends Sparsifier {

  /** Writes the state that {@link #restoreState} needs to continue. */
  void saveState(DataOutput out) throws IOException;

  /**
   * Rebuilds the state written by {@link #saveState} on {@code network} (as it was then), in place
   * of {@link #initialize}.
   *
   * @throws IOException if the bytes do not read back (the runtime reports the checkpoint damaged)
   */
  void restoreState(SparseNetwork network, RewiringContext context, DataInput in)
      throws IOException;
}
