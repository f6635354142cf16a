package org.rewire.runtime.engine;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.rewire.api.Connectivity;
import org.rewire.api.Layout;
import org.rewire.api.SparseNetwork;

/**
 * The trainable state of the recurrent spiking network: its {@link NetworkSpec}, the sparse input
 * weights (channel x neuron) and the sparse recurrent weights (neuron x neuron, row = presynaptic),
 * each with gradients and Adam moments per active synapse, and the neuron model's per-neuron
 * parameters ({@link NeuronParameters}).
 *
 * <p>Only the training thread touches it, between engine passes. Sparsifiers see the recurrent
 * weights through {@link #sparseView()}, and the input projection through its {@code
 * inputWeights()}: fixed in structure, trained by the optimizer like the recurrent weights.
 */
public final class SpikingNetwork {
  private final NetworkSpec spec;
  private final StructuralRules rules;
  private final SynapseStore input;
  private final SynapseStore recurrent;
  private final NeuronParameters neuronParameters;
  private final SparseWeights view;
  private final ForwardWeights forward;

  private SpikingNetwork(
      NetworkSpec spec,
      SynapseStore input,
      SynapseStore recurrent,
      NeuronParameters neuronParameters) {
    this.spec = spec;
    this.rules = new StructuralRules(spec.layout());
    this.input = input;
    this.recurrent = recurrent;
    this.neuronParameters = neuronParameters;
    this.view =
        new SparseWeights(
            spec.layout(), rules, recurrent, new ProjectionWeights(input, rowsInW(spec)));
    this.forward =
        new ForwardWeights(
            spec.quantization(), spec.layout().neurons(), spec.layout().outputNeurons());
  }

  /**
   * A network with the recurrent synapses of {@code initial} and the input projection of the spec;
   * every weight drawn from {@code random}: input weights {@code N(0, inputWeightStd^2)} in channel
   * order, then recurrent weights {@code N(0, recurrentWeightStd^2)} row by row, then the neuron
   * model's per-neuron parameters ({@link NeuronModel#initialParameters}; no draw unless it learns
   * its time constants).
   *
   * @throws IllegalArgumentException if {@code initial} has another size or holds a synapse that
   *     {@link StructuralRules} excludes
   */
  public static SpikingNetwork create(
      NetworkSpec spec, Connectivity initial, RandomGenerator random) {
    Layout layout = spec.layout();
    int n = layout.neurons();
    if (initial.neurons() != n) {
      throw new IllegalArgumentException(
          "connectivity has " + initial.neurons() + " neurons, layout " + n);
    }
    StructuralRules rules = new StructuralRules(layout);
    for (int i = 0; i < n; i++) {
      for (int k = initial.rowStart(i); k < initial.rowEnd(i); k++) {
        if (!rules.allowed(i, initial.target(k))) {
          throw new IllegalArgumentException(
              "synapse " + i + " -> " + initial.target(k) + " is excluded by the model");
        }
      }
    }
    SynapseStore input = inputProjection(spec);
    SynapseStore recurrent = SynapseStore.of(initial);
    draw(input, spec.inputWeightStd(), random);
    draw(recurrent, spec.recurrentWeightStd(), random);
    NeuronParameters neurons = spec.neuron().initialParameters(n, random);
    return new SpikingNetwork(spec, input, recurrent, neurons);
  }

  /**
   * A network with the given weights and neuron parameters, for a network trained elsewhere (read
   * from a NIR file) that runs on {@code spec.layout()} as it is: its synapses need not follow
   * {@link StructuralRules}, which shape only the networks Rewire trains.
   *
   * @param input input weights, {@code spec.channels()} x neurons
   * @param recurrent recurrent weights, neurons x neurons, row = presynaptic
   * @param neurons the neuron model's per-neuron parameters ({@link NeuronModel#initialParameters}
   *     of {@code spec.neuron()}, values set)
   * @throws IllegalArgumentException if a shape does not match the spec's layout and channels
   */
  public static SpikingNetwork of(
      NetworkSpec spec, SynapseStore input, SynapseStore recurrent, NeuronParameters neurons) {
    int n = spec.layout().neurons();
    if (input.rows() != spec.channels()
        || input.columns() != n
        || recurrent.rows() != n
        || recurrent.columns() != n
        || neurons.neurons() != n) {
      throw new IllegalArgumentException(
          "weights or neuron parameters do not match "
              + spec.channels()
              + " channels and "
              + n
              + " neurons");
    }
    return new SpikingNetwork(spec, input, recurrent, neurons);
  }

  /** The row of the paper's W that holds each channel: its input neuron; -1 for a dense one. */
  private static int[] rowsInW(NetworkSpec spec) {
    int[] rows = new int[spec.channels()];
    Arrays.fill(rows, -1);
    if (spec.projection() == InputProjection.CORE) {
      System.arraycopy(spec.layout().inputNeurons(), 0, rows, 0, rows.length);
    }
    return rows;
  }

  private static SynapseStore inputProjection(NetworkSpec spec) {
    Layout layout = spec.layout();
    int n = layout.neurons();
    int channels = spec.channels();
    int[][] rows = new int[channels][];
    int[] inputNeurons = layout.inputNeurons();
    for (int c = 0; c < channels; c++) {
      rows[c] =
          spec.projection() == InputProjection.CORE
              ? layout.neuronsOn(layout.coreOf(inputNeurons[c]))
              : Layout.range(0, n);
    }
    int[] rowStart = new int[channels + 1];
    for (int c = 0; c < channels; c++) {
      rowStart[c + 1] = rowStart[c] + rows[c].length;
    }
    int[] targets = new int[rowStart[channels]];
    for (int c = 0; c < channels; c++) {
      System.arraycopy(rows[c], 0, targets, rowStart[c], rows[c].length);
    }
    return SynapseStore.ofRows(channels, n, rowStart, targets);
  }

  private static void draw(SynapseStore store, double std, RandomGenerator random) {
    float[] w = store.weightArray();
    for (int r = 0; r < store.rows(); r++) {
      int s = store.rowStart(r);
      for (int k = s; k < s + store.rowLength(r); k++) {
        w[k] = (float) (random.nextGaussian() * std);
      }
    }
  }

  /** The model's constants and shape. */
  public NetworkSpec spec() {
    return spec;
  }

  /** The layout the network is placed on. */
  public Layout layout() {
    return spec.layout();
  }

  /** The structural exclusions. */
  public StructuralRules rules() {
    return rules;
  }

  /** Input weights, channel x neuron. */
  public SynapseStore inputWeights() {
    return input;
  }

  /** Recurrent weights, neuron x neuron, row = presynaptic. */
  public SynapseStore recurrentWeights() {
    return recurrent;
  }

  /** The neuron model's per-neuron parameters, such as learned time constants. */
  public NeuronParameters neuronParameters() {
    return neuronParameters;
  }

  /**
   * Brings the weights passes run with up to date with the float weights: with {@link
   * NetworkSpec#quantization()} active, quantizes them ({@link WeightQuantization}); otherwise does
   * nothing. The engine calls it before every pass; call it before reading {@link
   * #forwardInputWeights()} or {@link #forwardRecurrentWeights()} after the weights or the
   * structure changed.
   */
  public void refreshForwardWeights() {
    forward.refresh(input, recurrent);
  }

  /**
   * The input weights the network runs with, by slot of {@link #inputWeights()}: the float weights
   * themselves when nothing is quantized, else their quantized values as of the last {@link
   * #refreshForwardWeights()}.
   */
  public float[] forwardInputWeights() {
    return forward.input(input);
  }

  /** The recurrent weights the network runs with, by slot of {@link #recurrentWeights()}. */
  public float[] forwardRecurrentWeights() {
    return forward.recurrent(recurrent);
  }

  /**
   * The scale of {@code kind}'s weight matrix at the last refresh (stored integer times scale is
   * the weight); NaN when that kind is not quantized.
   */
  public double weightScale(org.rewire.api.WeightKind kind) {
    return forward.scale(kind);
  }

  /**
   * The input weights as the chip holds them, read only: the float weights, or their quantized
   * values as of the last {@link #refreshForwardWeights()}.
   */
  public org.rewire.api.InputWeights mappedInputWeights() {
    ProjectionWeights view = (ProjectionWeights) this.view.inputWeights();
    return view.readOnly(forwardInputWeights());
  }

  /** The recurrent weights as sparsifiers see them; shares state with this network. */
  public SparseNetwork sparseView() {
    return view;
  }
}
