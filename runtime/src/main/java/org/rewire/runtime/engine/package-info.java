/**
 * The spiking network engine: a recurrent LIF network (PAPER.md section 5) trained by exact
 * backpropagation through time with a surrogate derivative, on sparse weights.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * NetworkSpec spec = NetworkSpec.paperDefaults(target.layout());        // or new NetworkSpec(...)
 * SpikingNetwork net = SpikingNetwork.create(spec, emptyConnectivity, random);
 * sparsifier.initialize(net.sparseView(), ctx);   // the sparsifier chooses the recurrent synapses
 * Adam adam = Adam.defaults().withClipValue(...);
 * LearningRateSchedule lr = LearningRateSchedule.polynomial(2e-3, 2e-4, totalSteps, 1);
 * try (Engine engine = new Engine(net, EngineOptions.withThreads(training.threads()))) {
 *   for each batch (List<BinnedSample>):
 *     BatchResult r = engine.computeGradients(batch);  // gradients now in the stores
 *     double penalty = sparsifier.penalty(net.sparseView(), ctx);       // may addGradient
 *     adam.step(net, ++step, lr.rate(step - 1));
 *     sparsifier.afterStep(net.sparseView(), ctx);
 *   Evaluation e = engine.evaluate(testSamples);        // predictions, logits, loss, accuracy
 * }
 * }</pre>
 *
 * <h2>Model</h2>
 *
 * {@code v_t = a v_{t-1} + I_t + z_{t-1} W - thr z_{t-1}}, {@code z_t = H(v_t - thr)}, {@code a =
 * exp(-dt / tau)}; {@code I_t = x_t Win} with the input weights a sparse channel-to-neuron matrix
 * ({@link org.rewire.runtime.engine.InputProjection}: the paper's block-diagonal input tiles, or
 * dense); logits are the output neurons' spike counts; loss is the mean cross-entropy plus {@code
 * lambda (targetRate - mean z)^2}. The gradient flows through the reset term, as in the PyTorch
 * reference ({@code /work/shared/bench/torch_reference.py}), whose equations, masks and defaults
 * this package matches. {@link org.rewire.runtime.engine.StructuralRules} holds the synapses the
 * model never has.
 *
 * <h2>Performance and determinism</h2>
 *
 * Weights live in {@link org.rewire.runtime.engine.SynapseStore}s: only active synapses, rows
 * contiguous. A batch is cut into blocks of 16 samples (lanes); state is lane-minor flat float
 * arrays. The forward pass is event-driven (input events and spikes times fan-out); the backward
 * pass's recurrent product {@code W delta} runs over active synapses with one broadcast weight
 * times a vector of lanes ({@link org.rewire.runtime.engine.simd}). Each block runs on one worker
 * and owns its gradient buffers, summed in block order: results are bit-identical for any thread
 * count and for either kernel backend; they depend on the lane count.
 *
 * <p>Limits: all samples of a batch must have the same number of steps; the forward pass stores the
 * surrogate derivative of every neuron, step and sample (about 80 MB for 800 neurons, 100 steps,
 * batch 256).
 */
package org.rewire.runtime.engine;
