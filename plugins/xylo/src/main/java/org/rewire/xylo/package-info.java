/**
 * The {@code xylo-class} hardware target: a chip with the published limits of SynSense XyloAudio 2
 * (Rockpool's documentation and configuration checks): 16 input channels, up to 1000 hidden
 * neurons, 8 output neurons, at most 64 recurrent targets per hidden neuron, 8-bit signed input,
 * recurrent and output weights, output neurons that drive nothing, and current-based LIF neurons
 * whose membrane and synaptic decays are bit shifts ({@code tau = dt * 2^dash}, dash 0-15).
 *
 * <p>{@link org.rewire.xylo.XyloTargetProvider} builds {@link org.rewire.xylo.XyloTarget} from the
 * {@code target:} section ({@link org.rewire.xylo.XyloConfig}); mapping ({@code XyloMapping})
 * checks the design rules, naming each violation and the synapses to blame, and counts the weight
 * memory in bits. The plugin depends on {@code rewire-api} only.
 */
package org.rewire.xylo;
