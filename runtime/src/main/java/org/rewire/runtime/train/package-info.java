/**
 * The training loop around the engine: mini-batches, the sparsifier's hooks, evaluation and mapping
 * each epoch, metrics files and progress display.
 */
package org.rewire.runtime.train;
