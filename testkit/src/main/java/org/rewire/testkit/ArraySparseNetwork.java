package org.rewire.testkit;

import java.util.function.BiPredicate;
import org.rewire.api.Connectivity;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.api.SparseNetwork;
import org.rewire.api.StructuralRules;

/**
 * A plain dense-array {@link SparseNetwork} for testing sparsifiers without the engine. It enforces
 * the contract strictly (activating an active or forbidden synapse throws) and counts the optimizer
 * resets a real engine would do.
 */
public final class ArraySparseNetwork implements SparseNetwork {
  private final Layout layout;
  private final BiPredicate<Integer, Integer> allowed;
  private final int n;
  private final boolean[] active;
  private final float[] weight;
  private final float[] gradient;
  private long count;
  private long resets;
  private InputWeights inputs = InputWeights.none();

  /**
   * @param layout the layout
   * @param allowed which synapses may exist
   */
  public ArraySparseNetwork(Layout layout, BiPredicate<Integer, Integer> allowed) {
    this.layout = layout;
    this.allowed = allowed;
    this.n = layout.neurons();
    this.active = new boolean[n * n];
    this.weight = new float[n * n];
    this.gradient = new float[n * n];
  }

  /** The model's usual exclusions: no synapse onto itself is forbidden, outputs do not recur. */
  public static ArraySparseNetwork withoutOutputRecurrence(Layout layout) {
    boolean[] output = new boolean[layout.neurons()];
    for (int o : layout.outputNeurons()) {
      output[o] = true;
    }
    return new ArraySparseNetwork(layout, (pre, post) -> !(output[pre] && output[post]));
  }

  /**
   * The paper's model on {@code layout} (PAPER.md section 5): channel {@code c} drives every neuron
   * on the core of {@code layout.inputNeurons()[c]} (input weights 0 until set); the synapses
   * {@link StructuralRules} excludes (no recurrence inside a core that holds input neurons, none
   * from an output neuron to an output neuron) never exist.
   */
  public static ArraySparseNetwork paperModel(Layout layout) {
    int[] inputNeurons = layout.inputNeurons();
    int[][] targets = new int[inputNeurons.length][];
    for (int c = 0; c < inputNeurons.length; c++) {
      targets[c] = layout.neuronsOn(layout.coreOf(inputNeurons[c]));
    }
    StructuralRules rules = StructuralRules.of(layout);
    ArraySparseNetwork network = new ArraySparseNetwork(layout, rules::allowed);
    network.inputs = new ArrayInputWeights(inputNeurons, targets);
    return network;
  }

  @Override
  public InputWeights inputWeights() {
    return inputs;
  }

  @Override
  public Layout layout() {
    return layout;
  }

  @Override
  public boolean allowed(int pre, int post) {
    return allowed.test(pre, post);
  }

  @Override
  public boolean active(int pre, int post) {
    return active[pre * n + post];
  }

  @Override
  public long activeCount() {
    return count;
  }

  @Override
  public float weight(int pre, int post) {
    return weight[pre * n + post];
  }

  @Override
  public void setWeight(int pre, int post, float w) {
    if (!active(pre, post)) {
      throw new IllegalStateException("synapse " + pre + " -> " + post + " is not active");
    }
    weight[pre * n + post] = w;
  }

  @Override
  public float gradient(int pre, int post) {
    return gradient[pre * n + post];
  }

  @Override
  public void addGradient(int pre, int post, float g) {
    if (active(pre, post)) {
      gradient[pre * n + post] += g;
    }
  }

  /** Sets the gradient a backward pass would have produced. */
  public void setGradient(int pre, int post, float g) {
    gradient[pre * n + post] = active(pre, post) ? g : 0;
  }

  @Override
  public void activate(int pre, int post, float w) {
    if (!allowed(pre, post)) {
      throw new IllegalStateException("synapse " + pre + " -> " + post + " is not allowed");
    }
    if (active(pre, post)) {
      throw new IllegalStateException("synapse " + pre + " -> " + post + " is already active");
    }
    active[pre * n + post] = true;
    weight[pre * n + post] = w;
    gradient[pre * n + post] = 0;
    count++;
    resets++;
  }

  @Override
  public void deactivate(int pre, int post) {
    if (!active(pre, post)) {
      throw new IllegalStateException("synapse " + pre + " -> " + post + " is not active");
    }
    active[pre * n + post] = false;
    weight[pre * n + post] = 0;
    gradient[pre * n + post] = 0;
    count--;
    resets++;
  }

  /** Optimizer-state resets so far (one per activation or deactivation). */
  public long resets() {
    return resets;
  }

  @Override
  public Connectivity connectivity() {
    Connectivity.Builder b = new Connectivity.Builder(n);
    forEachActive((pre, post, w) -> b.add(pre, post));
    return b.build();
  }

  @Override
  public void forEachActive(SynapseVisitor visitor) {
    for (int pre = 0; pre < n; pre++) {
      for (int post = 0; post < n; post++) {
        if (active[pre * n + post]) {
          visitor.visit(pre, post, weight[pre * n + post]);
        }
      }
    }
  }
}
