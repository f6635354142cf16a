/**
 * Throughput benchmark of the engine on the paper's network (5 x 5 tiles of 32 neurons, 128 inputs,
 * p1 = 1.0, p3 = 0.1, batch 256, 100 steps), for comparison with the PyTorch reference: {@link
 * org.rewire.runtime.engine.bench.EngineBench#run} takes any binned samples (real data from the
 * loader), {@link org.rewire.runtime.engine.bench.BenchCommand} runs it on synthetic input of a
 * chosen density. {@code bench/compare.sh} at the repository root runs both engines.
 */
package org.rewire.runtime.engine.bench;
