package org.rewire.runtime.nir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link NirPopulation} as a NIR graph:
 *
 * <pre>
 *   input (Input [C]) -> w_in (Linear N x C) -> lif (LIF | CubaLIF [N]) -> readout (Linear K x N) -> output (Output [K])
 *                                   lif -> w_rec (Linear N x N) -> lif      (the loop edge)
 * </pre>
 *
 * Linear weights are NIR's {@code out x in}: {@code w_rec[post][pre]}. The readout's rows are
 * one-hot: class {@code k} reads the spikes of neuron {@code readout[k]}. The graph's metadata
 * holds {@code dt} (seconds), the step the parameters were trained at; the population node's
 * metadata says {@code reset: subtract}, the reset Rewire's neurons use.
 */
public final class GraphExport {
  /** Node names of an exported graph. */
  public static final String INPUT = "input";

  /** The input weights' node. */
  public static final String INPUT_WEIGHTS = "w_in";

  /** The population's node. */
  public static final String POPULATION = "lif";

  /** The recurrent weights' node. */
  public static final String RECURRENT_WEIGHTS = "w_rec";

  /** The readout's node. */
  public static final String READOUT = "readout";

  /** The output node. */
  public static final String OUTPUT = "output";

  /** The population node's metadata key naming its reset, and Rewire's value. */
  public static final String RESET_KEY = "reset";

  /** The reset by subtraction Rewire's neurons use. */
  public static final String RESET_SUBTRACT = "subtract";

  private GraphExport() {}

  /**
   * The graph of {@code p}, whose readout must be set.
   *
   * @param dt the time step the parameters were trained at, seconds, recorded as metadata
   */
  public static NirGraph graph(NirPopulation p, double dt) {
    if (p.readout() == null) {
      throw new IllegalArgumentException("the population has no readout");
    }
    int n = p.neurons();
    int k = p.readout().length;
    float[] readout = new float[k * n];
    for (int c = 0; c < k; c++) {
      readout[c * n + p.readout()[c]] = 1f;
    }
    Map<String, NirNode> nodes = new LinkedHashMap<>();
    nodes.put(INPUT, NirNode.of("Input", Map.of("shape", NirArray.shape(p.channels()))));
    nodes.put(
        INPUT_WEIGHTS,
        NirNode.of("Linear", Map.of("weight", NirArray.matrix(n, p.channels(), p.inputWeights()))));
    nodes.put(
        POPULATION,
        new NirNode(p.model().nirType(), neuronFields(p), Map.of(RESET_KEY, RESET_SUBTRACT), null));
    nodes.put(
        RECURRENT_WEIGHTS,
        NirNode.of("Linear", Map.of("weight", NirArray.matrix(n, n, p.recurrentWeights()))));
    nodes.put(READOUT, NirNode.of("Linear", Map.of("weight", NirArray.matrix(k, n, readout))));
    nodes.put(OUTPUT, NirNode.of("Output", Map.of("shape", NirArray.shape(k))));
    List<NirEdge> edges =
        List.of(
            new NirEdge(INPUT, INPUT_WEIGHTS),
            new NirEdge(INPUT_WEIGHTS, POPULATION),
            new NirEdge(POPULATION, RECURRENT_WEIGHTS),
            new NirEdge(RECURRENT_WEIGHTS, POPULATION),
            new NirEdge(POPULATION, READOUT),
            new NirEdge(READOUT, OUTPUT));
    return new NirGraph(nodes, edges, Map.of("dt", NirArray.scalar(dt)));
  }

  private static Map<String, NirArray> neuronFields(NirPopulation p) {
    Map<String, NirArray> f = new LinkedHashMap<>();
    if (p.model() == NirPopulation.NeuronKind.LIF) {
      f.put("tau", NirArray.vector(p.tauMem()));
    } else {
      f.put("tau_syn", NirArray.vector(p.tauSyn()));
      f.put("tau_mem", NirArray.vector(p.tauMem()));
      f.put("w_in", NirArray.vector(p.wIn()));
    }
    f.put("r", NirArray.vector(p.r()));
    f.put("v_leak", NirArray.vector(p.vLeak()));
    f.put("v_threshold", NirArray.vector(p.vThreshold()));
    f.put("v_reset", NirArray.vector(p.vReset()));
    return f;
  }
}
