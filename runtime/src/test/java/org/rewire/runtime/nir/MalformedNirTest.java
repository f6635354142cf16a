package org.rewire.runtime.nir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.UserInputException;

/**
 * Every kind of malformed or unsupported NIR file stops with one line naming the file and the node:
 * each case is a valid exported graph with one thing broken, written and read back through HDF5.
 */
class MalformedNirTest {
  @TempDir Path dir;

  static NirPopulation valid() {
    int n = 4;
    float[] wIn = new float[n * 2];
    float[] wRec = new float[n * n];
    for (int i = 0; i < wIn.length; i++) {
      wIn[i] = 0.5f + i;
    }
    wRec[1 * n + 0] = 0.25f;
    double[] tau = {0.02, 0.02, 0.03, 0.04};
    double[] r = new double[n];
    for (int j = 0; j < n; j++) {
      r[j] = 1 / (1 - Math.exp(-0.001 / tau[j]));
    }
    return new NirPopulation(
        NirPopulation.NeuronKind.LIF,
        2,
        n,
        wIn,
        wRec,
        tau,
        null,
        r,
        new double[n],
        new double[] {1, 1, 1, 1},
        new double[n],
        null,
        new int[] {2, 3},
        true,
        GraphExport.POPULATION);
  }

  /** Writes the exported graph of {@link #valid()} changed by {@code change}, reads it back. */
  void read(UnaryOperator<NirGraph> change) throws IOException {
    Path file = dir.resolve("g.nir");
    NirFile.write(file, change.apply(GraphExport.graph(valid(), 0.001)));
    GraphImport.population(file, NirFile.read(file));
  }

  static NirGraph withNode(NirGraph g, String name, NirNode node) {
    Map<String, NirNode> nodes = new LinkedHashMap<>(g.nodes());
    nodes.put(name, node);
    return new NirGraph(nodes, g.edges(), g.metadata());
  }

  static NirGraph withField(NirGraph g, String node, String field, NirArray value) {
    NirNode old = g.nodes().get(node);
    Map<String, NirArray> fields = new LinkedHashMap<>(old.fields());
    if (value == null) {
      fields.remove(field);
    } else {
      fields.put(field, value);
    }
    return withNode(g, node, new NirNode(old.type(), fields, old.metadata(), null));
  }

  void fails(UnaryOperator<NirGraph> change, String message) {
    assertThatThrownBy(() -> read(change))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith(dir.resolve("g.nir") + ": ")
        .hasMessageContaining(message)
        .hasMessageNotContaining("\n");
  }

  @Test
  void theExportedGraphItselfReads() throws IOException {
    read(g -> g);
  }

  @Test
  void aMissingFieldIsNamedWithItsNode() {
    fails(g -> withField(g, "lif", "tau", null), "node 'lif' (LIF): missing field 'tau'");
    fails(
        g -> withField(g, "w_rec", "weight", null),
        "node 'w_rec' (Linear): missing field 'weight'");
    fails(g -> withField(g, "input", "shape", null), "node 'input' (Input): missing field 'shape'");
  }

  @Test
  void aNanParameterIsNamedWithItsIndex() {
    fails(
        g ->
            withField(
                g, "lif", "tau", NirArray.vector(new double[] {0.02, Double.NaN, 0.02, 0.02})),
        "node 'lif' (LIF): tau[1] is NaN; expected a finite number");
    fails(
        g ->
            withField(
                g,
                "w_in",
                "weight",
                new NirArray(
                    new long[] {4, 2},
                    new double[] {0, 0, 0, Double.POSITIVE_INFINITY, 0, 0, 0, 0},
                    NirArray.Element.FLOAT32)),
        "node 'w_in' (Linear): weight[3] is Infinity");
  }

  @Test
  void shapesThatDisagreeAlongAnEdgeNameTheEdge() {
    fails(
        g -> withField(g, "w_in", "weight", NirArray.matrix(3, 2, new float[6])),
        "edge 'w_in' -> 'lif': 'w_in' (Linear) outputs 3 values, 'lif' (LIF) takes 4");
    fails(
        g -> withField(g, "input", "shape", NirArray.shape(5)),
        "edge 'input' -> 'w_in': 'input' (Input) outputs 5 values, 'w_in' (Linear) takes 2");
    fails(
        g -> withField(g, "lif", "r", NirArray.vector(new double[] {1, 1, 1})),
        "node 'lif' (LIF): r has shape [3] but v_threshold has 4 neurons");
  }

  @Test
  void unsupportedStructuresNameTheNode() {
    fails(
        g ->
            withNode(
                g, "delay", NirNode.of("Delay", Map.of("delay", NirArray.vector(new double[4])))),
        "node 'delay' (Delay): Rewire cannot represent this node");
    fails(
        g -> withNode(g, "x", NirNode.of("Spline", Map.of())),
        "node 'x' (Spline): 'Spline' is not a NIR node type");
    fails(
        g -> {
          NirGraph h = withNode(g, "lif2", g.nodes().get("lif"));
          List<NirEdge> edges = new ArrayList<>(h.edges());
          edges.add(new NirEdge("lif", "lif2"));
          return new NirGraph(h.nodes(), edges, h.metadata());
        },
        "node 'lif2' (LIF): a second neuron population (the first is 'lif')");
    float[] weighted = new float[2 * 4];
    weighted[2] = 0.5f;
    weighted[4 + 3] = 1f;
    fails(
        g -> withField(g, "readout", "weight", NirArray.matrix(2, 4, weighted)),
        "node 'readout' (Linear): row 0 of the readout is not one 1 among zeros");
    fails(
        g ->
            withNode(
                g,
                "w_in",
                NirNode.of(
                    "Affine",
                    Map.of(
                        "weight", NirArray.matrix(4, 2, new float[8]),
                        "bias", NirArray.vector(new double[] {0, 0.5, 0, 0})))),
        "node 'w_in' (Affine): bias[1] = 0.5; Rewire's neurons have no bias current");
    fails(
        g -> {
          List<NirEdge> edges = new ArrayList<>(g.edges());
          edges.add(new NirEdge("lif", "ghost"));
          return new NirGraph(g.nodes(), edges, g.metadata());
        },
        "edge 'lif' -> 'ghost': no node 'ghost'");
  }

  @Test
  void aFileThatIsNotNirOrNotHdf5SaysSo() throws IOException {
    Path text = dir.resolve("notes.nir");
    Files.writeString(text, "not hdf5\n");
    assertThatThrownBy(() -> NirFile.read(text))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith(text + ": not a readable HDF5 file");
    assertThatThrownBy(() -> NirFile.read(dir.resolve("missing.nir")))
        .isInstanceOf(UserInputException.class)
        .hasMessage(dir.resolve("missing.nir") + ": no such file");
  }
}
