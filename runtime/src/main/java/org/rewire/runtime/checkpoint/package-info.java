/**
 * Checkpoints of a training run: what it takes to continue after the last complete epoch exactly as
 * if the run had never stopped ({@link org.rewire.runtime.checkpoint.Checkpoint}: weights, the
 * neuron model's name and per-neuron state such as learned time constants, optimizer and random
 * streams), its compact versioned binary file written atomically ({@link
 * org.rewire.runtime.checkpoint.CheckpointFile}), the config digest that pins a checkpoint to its
 * config ({@link org.rewire.runtime.checkpoint.ConfigDigest}) and the random generator whose state
 * can be saved ({@link org.rewire.runtime.checkpoint.SavableRandom}).
 *
 * <p>Limits: a checkpoint is written between epochs only, so a resumed run repeats the epoch it was
 * stopped in; it is bound to one config and format version, not portable across Rewire versions
 * that change the format.
 */
package org.rewire.runtime.checkpoint;
