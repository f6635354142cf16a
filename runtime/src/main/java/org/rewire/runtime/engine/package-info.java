/**
 * The spiking network engine: a recurrent spiking network (PAPER.md section 5) trained by exact
 * backpropagation through time with a surrogate derivative, on sparse weights, with its neurons'
 * dynamics behind one seam ({@link org.rewire.runtime.engine.NeuronModel}).
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
 * The synaptic input current {@code I_t = x_t Win + z_{t-1} W}, with the input weights a sparse
 * channel-to-neuron matrix ({@link org.rewire.runtime.engine.InputProjection}: the paper's
 * block-diagonal input tiles, or dense) and {@code W} the sparse recurrent weights, drives the
 * neurons, which fire {@code z_t}; logits are the output neurons' spike counts; loss is the mean
 * cross-entropy plus {@code lambda (targetRate - mean z)^2}. {@link
 * org.rewire.runtime.engine.StructuralRules} holds the synapses the model never has.
 *
 * <h2>Neuron models</h2>
 *
 * A {@link org.rewire.runtime.engine.NeuronModel} owns the neurons' dynamics: its parameters
 * record, its state variables over the engine's lane-minor arrays ({@link
 * org.rewire.runtime.engine.NeuronState}), a forward step (from {@code I_t} to {@code z_t}, keeping
 * what the backward pass needs) and an explicit backward step (from {@code dL/dz_t} and the
 * adjoints carried from {@code t + 1} to {@code dL/dI_t}). The engine owns the synapses, the events
 * and the loss, and never looks inside a neuron: adding a model does not touch its loop. Models are
 * chosen by name in {@code model.neuron} ({@link org.rewire.runtime.engine.NeuronModels}):
 *
 * <ul>
 *   <li>{@code lif} (default, {@link org.rewire.runtime.engine.Lif}): {@code v_t = a v_{t-1} + I_t
 *       - thr z_{t-1}}, {@code z_t = H(v_t - thr)}, {@code a = exp(-dt / tau)}. The gradient flows
 *       through the reset term, as in the PyTorch reference ({@code
 *       /work/shared/bench/torch_reference.py}), whose equations, masks and defaults it matches.
 *   <li>{@code alif} ({@link org.rewire.runtime.engine.Alif}, Bellec et al. 2018): an adaptive
 *       threshold {@code A_t = thr + beta b_t}, {@code b_t = rho b_{t-1} + z_{t-1}}, {@code v_t = a
 *       v_{t-1} + I_t - A_{t-1} z_{t-1}}, {@code z_t = H(v_t - A_t)}, for a configurable share of
 *       the neurons.
 *   <li>{@code cuba-lif} ({@link org.rewire.runtime.engine.CubaLif}): a synaptic current {@code i_t
 *       = a_syn i_{t-1} + I_t} drives {@code v_t = a v_{t-1} + i_t - thr z_{t-1}}.
 * </ul>
 *
 * <p>A model's time constants are per-neuron {@link org.rewire.runtime.engine.NeuronParameter}s
 * (decays {@code exp(-dt / tau)}) in the network's {@link
 * org.rewire.runtime.engine.NeuronParameters}; with {@code learn_tau} they start heterogeneous
 * (Gamma of shape 3, Perez-Nieves et al. 2021) and are trained by exact BPTT and Adam within {@code
 * tau} in {@code [dt, 10 s]}. Each block's state sums their gradients over lanes; the engine sums
 * blocks in block order, so they too are the same for any thread count.
 *
 * <p>Adding one: a file beside {@code Lif.java} with its parameters record, its per-neuron
 * parameters, its {@code NeuronState} (forward step, spike feedback, backward step, the gradients
 * of its learned decays) and its float order fixed; one line in {@code NeuronModels} with the
 * {@code model:} keys only it reads; and a scalar reference beside the tests' {@code ReferenceLif}.
 * The engine tests (scalar reference, finite differences including the decays, thread and kernel
 * independence, the state contract) run for every installed model, with fixed and with learned time
 * constants, and fail for a model without a reference.
 *
 * <h2>Performance and determinism</h2>
 *
 * Weights live in {@link org.rewire.runtime.engine.SynapseStore}s: only active synapses, rows
 * contiguous. A batch is cut into blocks of 32 samples (lanes); state is lane-minor flat float
 * arrays. Forward: input events and spikes add their fan-out lane by lane into a lane-major buffer
 * (one lane's neurons stay in the L1 cache; {@link org.rewire.runtime.engine.simd.EventKernels}),
 * or, once one neuron and lane in five fired, every neuron gathers its fan-in over all lanes
 * ({@link org.rewire.runtime.engine.simd.LaneKernels#addSpikingColumns}); both add an element's
 * terms in the same order, so they give the same currents. Backward: the recurrent product {@code W
 * delta} runs over active synapses with one broadcast weight times four vectors of lanes ({@link
 * org.rewire.runtime.engine.simd}); weight gradients gather one delta per synapse and spike, or,
 * for rows with a fan-out of a quarter of the neurons or more, add whole delta rows (the same sums
 * in the same order). Networks of up to 4,096 neurons with at least 55 % of all {@code n^2}
 * recurrent synapses active run the gather and the product over dense matrices instead ({@code
 * DenseWeights}, {@link org.rewire.runtime.engine.simd.LaneKernels#denseRowDots}: six rows times
 * two vectors of lanes per pass; the same currents, the product summed in one chain per row). Each
 * block runs on one worker and owns its gradient buffers, summed in block order: results are
 * bit-identical for any thread count and for either kernel backend; they depend on the lane count.
 * {@link org.rewire.runtime.engine.EngineOptions#approximateBackward()} turns on the approximate
 * sparse backward pass (off by default): surrogate derivatives below a threshold count as 0 for
 * every neuron but the outputs, and neurons left with none skip their rows of the product. {@link
 * org.rewire.runtime.engine.Engine#lastWork()} counts what a step computed.
 *
 * <p>Limits: all samples of a batch must have the same number of steps; the forward pass stores
 * what the neurons' backward step needs for every neuron, step and sample (LIF and CuBa LIF: the
 * surrogate derivative, about 80 MB for 800 neurons, 100 steps, batch 256; ALIF three times that;
 * one more array per learned decay).
 */
package org.rewire.runtime.engine;
