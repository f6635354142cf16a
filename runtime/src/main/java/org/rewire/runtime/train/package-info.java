/**
 * The training loop around the engine: mini-batches, the sparsifier's hooks, evaluation and mapping
 * each epoch, metrics files and progress display, and the run's summary at the epoch that model
 * selection on the validation split picks ({@link org.rewire.runtime.train.EpochSelection}).
 */
package org.rewire.runtime.train;
