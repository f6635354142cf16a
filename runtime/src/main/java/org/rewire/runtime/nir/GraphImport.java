package org.rewire.runtime.nir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rewire.runtime.UserInputException;

/**
 * Reads a NIR graph as one recurrent LIF or CubaLIF population ({@link NirPopulation}): the shape
 * Rewire exports ({@link GraphExport}) and the shapes snnTorch's RLeaky and RSynaptic, Norse's
 * LIFRecurrent and Rockpool export, where the population and its recurrent weights sit in a nested
 * {@code NIRGraph} (its Input and Output nodes are identities and are inlined).
 *
 * <p>Accepted: one {@code Input} (a vector of C channels), one {@code Output}, one {@code LIF} or
 * {@code CubaLIF} population of N neurons, and {@code Linear} or {@code Affine} (zero bias) nodes
 * from the input into the population (input weights), from the population back into it (recurrent
 * weights, the loop edge) and from it to the output (a readout whose rows each select one neuron);
 * a direct edge from the input (C = N) or from the population into the population is an identity
 * matrix, and a direct edge to the output reads the whole population. Everything else stops with
 * {@link UserInputException}, one line naming the file and the node: a node Rewire cannot represent
 * (convolution, pooling, delay, ...; named with its type), a missing field, a field that is not
 * finite, shapes that disagree along an edge, a second population, a weighted readout.
 */
public final class GraphImport {
  private static final Set<String> NIR_TYPES =
      Set.of(
          "Input",
          "Output",
          "Affine",
          "Linear",
          "Scale",
          "Conv1d",
          "Conv2d",
          "SumPool2d",
          "AvgPool2d",
          "Delay",
          "Flatten",
          "Threshold",
          "I",
          "IF",
          "LI",
          "LIF",
          "CubaLI",
          "CubaLIF",
          "NIRGraph",
          "Identity");
  private static final Set<String> SUPPORTED =
      Set.of("Input", "Output", "Affine", "Linear", "LIF", "CubaLIF");

  private final Path file;
  private final Map<String, NirNode> nodes = new LinkedHashMap<>();
  private final List<NirEdge> edges = new ArrayList<>();

  private GraphImport(Path file) {
    this.file = file;
  }

  /**
   * The population of {@code graph}, read from {@code file} (named in messages).
   *
   * @throws UserInputException for anything but one recurrent LIF or CubaLIF population
   */
  public static NirPopulation population(Path file, NirGraph graph) {
    GraphImport g = new GraphImport(file);
    g.inline("", graph);
    return g.recognise();
  }

  private UserInputException problem(String node, String message) {
    NirNode n = nodes.get(node);
    String type = n == null ? "" : " (" + n.type() + ")";
    return new UserInputException(file + ": node '" + node + "'" + type + ": " + message);
  }

  /** Adds the nodes and edges of {@code graph}, nested graphs inlined, names prefixed. */
  private void inline(String prefix, NirGraph graph) {
    for (NirEdge e : graph.edges()) {
      for (String end : List.of(e.from(), e.to())) {
        if (!graph.nodes().containsKey(end)) {
          throw new UserInputException(
              file
                  + ": edge '"
                  + prefix
                  + e.from()
                  + "' -> '"
                  + prefix
                  + e.to()
                  + "': no node '"
                  + prefix
                  + end
                  + "'");
        }
      }
    }
    Map<String, String[]> entries = new LinkedHashMap<>(); // nested graph -> {input, output}
    graph
        .nodes()
        .forEach(
            (name, node) -> {
              String full = prefix + name;
              if (node.isGraph()) {
                entries.put(name, inlineGraph(full, node.subgraph()));
              } else {
                nodes.put(full, node);
              }
            });
    for (NirEdge e : graph.edges()) {
      String from = e.from();
      String to = e.to();
      String fromFull = entries.containsKey(from) ? entries.get(from)[1] : prefix + from;
      String toFull = entries.containsKey(to) ? entries.get(to)[0] : prefix + to;
      edges.add(new NirEdge(fromFull, toFull));
    }
  }

  /**
   * Inlines a nested graph; returns the names of its Input and Output nodes, kept as identities.
   */
  private String[] inlineGraph(String name, NirGraph sub) {
    String input = null;
    String output = null;
    for (Map.Entry<String, NirNode> e : sub.nodes().entrySet()) {
      String type = e.getValue().type();
      if (type.equals("Input") || type.equals("Output")) {
        if ((type.equals("Input") ? input : output) != null) {
          throw new UserInputException(
              file + ": node '" + name + "' (NIRGraph): more than one " + type + " node");
        }
        if (type.equals("Input")) {
          input = name + "/" + e.getKey();
        } else {
          output = name + "/" + e.getKey();
        }
      }
    }
    if (input == null || output == null) {
      throw new UserInputException(
          file + ": node '" + name + "' (NIRGraph): a nested graph needs one Input and one Output");
    }
    inline(name + "/", sub);
    nodes.put(input, identity(nodes.remove(input)));
    nodes.put(output, identity(nodes.remove(output)));
    return new String[] {input, output};
  }

  private static NirNode identity(NirNode node) {
    return new NirNode(IDENTITY, node.fields(), node.metadata(), null);
  }

  /** The type of a nested graph's Input and Output once inlined: they pass values through. */
  private static final String IDENTITY = "identity";

  private NirPopulation recognise() {
    for (Map.Entry<String, NirNode> e : nodes.entrySet()) {
      String type = e.getValue().type();
      if (type.equals(IDENTITY) || SUPPORTED.contains(type)) {
        continue;
      }
      if (NIR_TYPES.contains(type)) {
        throw problem(
            e.getKey(),
            "Rewire cannot represent this node; it runs one recurrent LIF or CubaLIF population fed"
                + " through Linear or Affine weights (NIR types Input, Linear, Affine, LIF,"
                + " CubaLIF, Output)");
      }
      throw problem(e.getKey(), "'" + type + "' is not a NIR node type");
    }
    bypassIdentities();
    String input = single("Input");
    String output = single("Output");
    String population = population();
    NodeFields pop = new NodeFields(this, population);
    int n = pop.length();
    int channels = inputChannels(input);
    for (NirEdge e : edges) {
      int out = outputSize(e.from(), channels, n);
      int in = inputSize(e.to(), channels, n);
      if (out != in) {
        throw new UserInputException(
            file
                + ": edge '"
                + e.from()
                + "' -> '"
                + e.to()
                + "': '"
                + e.from()
                + "' ("
                + nodes.get(e.from()).type()
                + ") outputs "
                + out
                + " values, '"
                + e.to()
                + "' ("
                + nodes.get(e.to()).type()
                + ") takes "
                + in);
      }
    }
    float[] wIn = new float[n * channels];
    float[] wRec = new float[n * n];
    int[] readout = null;
    for (NirEdge e : edges) {
      String from = e.from();
      String to = e.to();
      if (to.equals(population)) {
        if (from.equals(input)) {
          addIdentity(wIn, n, channels);
        } else if (from.equals(population)) {
          addIdentity(wRec, n, n);
        } else {
          String source = weightSource(from, input, population);
          add(source.equals(input) ? wIn : wRec, weight(from));
        }
      } else if (to.equals(output)) {
        if (!from.equals(population)) {
          String source = weightSource(from, input, population);
          if (!source.equals(population)) {
            throw problem(from, "connects the input to the output, past the population");
          }
          readout = readout(from);
        }
      } else if (from.equals(population) || from.equals(input)) {
        String next = successor(to, from);
        if (!next.equals(population) && !next.equals(output)) {
          throw problem(to, shapeMessage());
        }
      } else {
        throw problem(to, shapeMessage());
      }
    }
    if (edges.stream().noneMatch(e -> e.to().equals(output))) {
      throw problem(output, "nothing is connected to the output");
    }
    return new NirPopulation(
        pop.kind(),
        channels,
        n,
        wIn,
        wRec,
        pop.tauMem(),
        pop.tauSyn(),
        pop.vector("r"),
        pop.vector("v_leak"),
        pop.vector("v_threshold"),
        pop.optional("v_reset", 0),
        pop.kind() == NirPopulation.NeuronKind.CUBA_LIF ? pop.optional("w_in", 1) : null,
        readout,
        GraphExport.RESET_SUBTRACT.equals(
            nodes.get(population).metadata().get(GraphExport.RESET_KEY)),
        population);
  }

  private static String shapeMessage() {
    return "Rewire reads Linear or Affine nodes only between the input and the population, from"
        + " the population back into it, or from the population to the output";
  }

  /** Replaces each inlined Input or Output of a nested graph by edges around it. */
  private void bypassIdentities() {
    List<String> ids =
        nodes.entrySet().stream()
            .filter(e -> e.getValue().type().equals(IDENTITY))
            .map(Map.Entry::getKey)
            .toList();
    for (String id : ids) {
      List<String> in = edges.stream().filter(e -> e.to().equals(id)).map(NirEdge::from).toList();
      List<String> out = edges.stream().filter(e -> e.from().equals(id)).map(NirEdge::to).toList();
      edges.removeIf(e -> e.from().equals(id) || e.to().equals(id));
      for (String a : in) {
        for (String b : out) {
          edges.add(new NirEdge(a, b));
        }
      }
      nodes.remove(id);
    }
  }

  private String single(String type) {
    List<String> found =
        nodes.entrySet().stream()
            .filter(e -> e.getValue().type().equals(type))
            .map(Map.Entry::getKey)
            .toList();
    if (found.size() != 1) {
      throw new UserInputException(
          file
              + ": the graph has "
              + found.size()
              + " "
              + type
              + " nodes"
              + (found.isEmpty() ? "" : " (" + String.join(", ", found) + ")")
              + "; Rewire reads graphs with exactly one");
    }
    return found.get(0);
  }

  private String population() {
    String first = null;
    for (Map.Entry<String, NirNode> e : nodes.entrySet()) {
      String type = e.getValue().type();
      if (type.equals("LIF") || type.equals("CubaLIF")) {
        if (first != null) {
          throw problem(
              e.getKey(),
              "a second neuron population (the first is '"
                  + first
                  + "'); Rewire runs one"
                  + " recurrent population and reads out spike counts of its neurons");
        }
        first = e.getKey();
      }
    }
    if (first == null) {
      throw new UserInputException(
          file + ": the graph has no LIF or CubaLIF node; Rewire runs one such population");
    }
    return first;
  }

  private int inputChannels(String input) {
    NirArray shape = new NodeFields(this, input).array("shape");
    if (shape.size() != 1) {
      throw problem(
          input,
          "shape "
              + java.util.Arrays.toString(shape.values())
              + ": Rewire reads a vector of"
              + " channels (one dimension)");
    }
    return positive(input, "shape", shape.values()[0]);
  }

  private int positive(String node, String field, double value) {
    if (value < 1 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
      throw problem(node, field + " " + value + " must be a positive integer");
    }
    return (int) value;
  }

  private int outputSize(String node, int channels, int n) {
    return switch (nodes.get(node).type()) {
      case "Input" -> channels;
      case "Linear", "Affine" -> (int) weight(node).shape()[0];
      case "LIF", "CubaLIF" -> n;
      default -> throw problem(node, "an output node has no successors");
    };
  }

  private int inputSize(String node, int channels, int n) {
    return switch (nodes.get(node).type()) {
      case "Output" -> {
        NirArray shape = new NodeFields(this, node).array("shape");
        if (shape.size() != 1) {
          throw problem(node, "shape " + shape.shapeText() + ": Rewire reads a vector of outputs");
        }
        yield positive(node, "shape", shape.values()[0]);
      }
      case "Linear", "Affine" -> (int) weight(node).shape()[1];
      case "LIF", "CubaLIF" -> n;
      default -> throw problem(node, "an input node has no predecessors");
    };
  }

  /** The weight of a Linear or Affine node, checked: 2-D, finite, no bias. */
  private NirArray weight(String node) {
    NodeFields f = new NodeFields(this, node);
    NirArray w = f.array("weight");
    if (w.rank() != 2) {
      throw problem(node, "weight has shape " + w.shapeText() + "; expected a matrix (out x in)");
    }
    f.finite("weight", w);
    if (nodes.get(node).type().equals("Affine")) {
      NirArray bias = f.array("bias");
      f.finite("bias", bias);
      if (bias.size() != w.shape()[0]) {
        throw problem(node, "bias has " + bias.size() + " values for " + w.shape()[0] + " outputs");
      }
      for (int i = 0; i < bias.size(); i++) {
        if (bias.values()[i] != 0) {
          throw problem(
              node,
              "bias["
                  + i
                  + "] = "
                  + bias.values()[i]
                  + "; Rewire's neurons have no bias current"
                  + " (only a zero bias can be read)");
        }
      }
    }
    return w;
  }

  /** The one node feeding weight node {@code node}: the input or the population. */
  private String weightSource(String node, String input, String population) {
    List<String> from = edges.stream().filter(e -> e.to().equals(node)).map(NirEdge::from).toList();
    if (from.size() != 1 || !(from.get(0).equals(input) || from.get(0).equals(population))) {
      throw problem(node, shapeMessage());
    }
    return from.get(0);
  }

  private String successor(String node, String from) {
    List<String> to = edges.stream().filter(e -> e.from().equals(node)).map(NirEdge::to).toList();
    if (to.size() != 1) {
      throw problem(
          node, "fed by '" + from + "', it feeds " + to.size() + " nodes; " + shapeMessage());
    }
    return to.get(0);
  }

  private static void addIdentity(float[] w, int rows, int cols) {
    for (int i = 0; i < rows; i++) {
      w[i * cols + i] += 1f;
    }
  }

  private static void add(float[] target, NirArray w) {
    double[] v = w.values();
    for (int i = 0; i < v.length; i++) {
      target[i] = target[i] + (float) v[i];
    }
  }

  private int[] readout(String node) {
    NirArray w = weight(node);
    int rows = (int) w.shape()[0];
    int cols = (int) w.shape()[1];
    int[] neuron = new int[rows];
    for (int k = 0; k < rows; k++) {
      neuron[k] = -1;
      for (int j = 0; j < cols; j++) {
        double v = w.values()[k * cols + j];
        if (v == 1 && neuron[k] < 0) {
          neuron[k] = j;
        } else if (v != 0) {
          neuron[k] = -2;
          break;
        }
      }
      if (neuron[k] < 0) {
        throw problem(
            node,
            "row "
                + k
                + " of the readout is not one 1 among zeros; Rewire reads out the spike"
                + " count of one neuron per output, not a weighted sum");
      }
    }
    return neuron;
  }

  /** A node's fields, checked as they are read. */
  private record NodeFields(GraphImport g, String name) {
    NirNode node() {
      return g.nodes.get(name);
    }

    NirArray array(String field) {
      NirArray a = node().fields().get(field);
      if (a == null) {
        throw g.problem(name, "missing field '" + field + "'");
      }
      return a;
    }

    void finite(String field, NirArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (!Double.isFinite(a.values()[i])) {
          throw g.problem(
              name,
              field
                  + (a.rank() == 0 ? "" : "[" + i + "]")
                  + " is "
                  + a.values()[i]
                  + "; expected a finite number");
        }
      }
    }

    NirPopulation.NeuronKind kind() {
      return node().type().equals("LIF")
          ? NirPopulation.NeuronKind.LIF
          : NirPopulation.NeuronKind.CUBA_LIF;
    }

    /** Neurons: the length of the threshold vector, which every parameter must share. */
    int length() {
      NirArray thr = array("v_threshold");
      if (thr.rank() != 1 || thr.size() < 1) {
        throw g.problem(name, "v_threshold has shape " + thr.shapeText() + "; expected a vector");
      }
      return thr.size();
    }

    double[] vector(String field) {
      NirArray a = array(field);
      finite(field, a);
      int n = length();
      if (a.rank() == 0) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, a.values()[0]);
        return v;
      }
      if (a.rank() != 1 || a.size() != n) {
        throw g.problem(
            name, field + " has shape " + a.shapeText() + " but v_threshold has " + n + " neurons");
      }
      return a.values().clone();
    }

    double[] optional(String field, double otherwise) {
      if (!node().fields().containsKey(field)) {
        double[] v = new double[length()];
        java.util.Arrays.fill(v, otherwise);
        return v;
      }
      return vector(field);
    }

    double[] tauMem() {
      return vector(kind() == NirPopulation.NeuronKind.LIF ? "tau" : "tau_mem");
    }

    double[] tauSyn() {
      return kind() == NirPopulation.NeuronKind.LIF ? null : vector("tau_syn");
    }
  }
}
