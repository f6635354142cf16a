/**
 * The training loop around the engine. {@link org.rewire.runtime.train.Trainer} runs the epochs:
 * mini-batches through a {@link org.rewire.runtime.train.TrainingSession} (engine, Adam under the
 * learning-rate schedule, the sparsifier's {@link org.rewire.runtime.train.SparsifierHooks}, random
 * streams split from the seed), then the {@link org.rewire.runtime.train.TrainingListener}s in a
 * fixed order: evaluation, mapping, the metrics row ({@link org.rewire.runtime.train.MetricsLog}),
 * the checkpoint, pictures, progress. The run's summary reports the epoch that model selection on
 * the validation split picks ({@link org.rewire.runtime.train.EpochSelection}). Metrics are typed
 * by the schema in {@link org.rewire.runtime.metrics}.
 */
package org.rewire.runtime.train;
