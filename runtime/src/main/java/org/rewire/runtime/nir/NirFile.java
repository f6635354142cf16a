package org.rewire.runtime.nir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.output.AtomicFiles;

/**
 * NIR's HDF5 file layout, as {@code nir/serialization.py} of the reference implementation writes
 * and reads it: a string dataset {@code version} and a group {@code node} holding the top-level
 * graph. A graph's group has a string dataset {@code type} ({@code NIRGraph}), a group {@code
 * nodes} with one group per node, a dataset {@code edges} of {@code (from, to)} name pairs (n x 2
 * strings) and optionally a group {@code metadata}. Every other node's group has its {@code type}
 * and one dataset per field (numpy arrays: {@code weight}, {@code tau}, {@code shape}, ...), and
 * optionally {@code metadata}.
 *
 * <p>Read and written with jHDF (pure Java). Writing is atomic: the file is built in a temporary
 * file and copied into place through {@link AtomicFiles}, so a failed export never leaves a
 * half-written file.
 */
public final class NirFile {
  /** The format version Rewire writes into {@code version}: NIR's release it was checked with. */
  public static final String VERSION = "1.0.7";

  private NirFile() {}

  /**
   * Reads the graph of {@code file}.
   *
   * @throws UserInputException if the file is missing, not HDF5, or not in NIR's layout; one line
   *     naming the file and the node or field
   */
  public static NirGraph read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(file + ": no such file");
    }
    try (HdfFile hdf = new HdfFile(file)) {
      Node root = hdf.getChildren().get("node");
      if (!(root instanceof Group group)) {
        throw new UserInputException(
            file + ": no group 'node'; not a NIR graph (NIR files hold the graph in /node)");
      }
      NirNode node = node(file, "node", group);
      if (!node.isGraph()) {
        throw new UserInputException(
            file + ": /node has type '" + node.type() + "'; expected NIRGraph");
      }
      return node.subgraph();
    } catch (UserInputException e) {
      throw e;
    } catch (HdfException | IllegalArgumentException | UnsupportedOperationException e) {
      throw new UserInputException(file + ": not a readable HDF5 file: " + e.getMessage());
    }
  }

  private static NirNode node(Path file, String path, Group group) {
    Map<String, Node> children = group.getChildren();
    String type = text(file, path, children.get("type"), "type");
    Map<String, String> metadata = new LinkedHashMap<>();
    Map<String, NirArray> graphMetadata = new LinkedHashMap<>();
    if (children.get("metadata") instanceof Group meta) {
      meta.getChildren()
          .forEach(
              (k, v) -> {
                if (v instanceof Dataset d) {
                  Object data = d.getData();
                  if (data instanceof String s) {
                    metadata.put(k, s);
                  } else if (numeric(d)) {
                    NirArray a = array(d);
                    graphMetadata.put(k, a);
                    if (a.size() == 1) {
                      metadata.put(k, Double.toString(a.values()[0]));
                    }
                  }
                }
              });
    }
    if (NirNode.GRAPH.equals(type)) {
      return new NirNode(type, Map.of(), metadata, graph(file, path, children, graphMetadata));
    }
    Map<String, NirArray> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : children.entrySet()) {
      if (e.getKey().equals("type") || !(e.getValue() instanceof Dataset d)) {
        continue;
      }
      if (numeric(d)) {
        fields.put(e.getKey(), array(d));
      }
    }
    return new NirNode(type, fields, metadata, null);
  }

  private static NirGraph graph(
      Path file, String path, Map<String, Node> children, Map<String, NirArray> metadata) {
    if (!(children.get("nodes") instanceof Group nodesGroup)) {
      throw new UserInputException(file + ": graph " + path + ": missing group 'nodes'");
    }
    Map<String, NirNode> nodes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : nodesGroup.getChildren().entrySet()) {
      String child = path.equals("node") ? e.getKey() : path + "/" + e.getKey();
      if (!(e.getValue() instanceof Group g)) {
        throw new UserInputException(
            file + ": node '" + child + "': a dataset where a node group was expected");
      }
      nodes.put(e.getKey(), node(file, child, g));
    }
    if (!(children.get("edges") instanceof Dataset edges)) {
      throw new UserInputException(
          file + ": graph " + (path.equals("node") ? "/node" : path) + ": missing field 'edges'");
    }
    return new NirGraph(nodes, edges(file, path, edges), metadata);
  }

  private static List<NirEdge> edges(Path file, String path, Dataset edges) {
    List<NirEdge> list = new ArrayList<>();
    if (edges.getSize() == 0) {
      return list;
    }
    Object data = edges.getData();
    int[] dims = edges.getDimensions();
    if (dims.length != 2 || dims[1] != 2 || !(data instanceof String[][] pairs)) {
      throw new UserInputException(
          file
              + ": graph "
              + (path.equals("node") ? "/node" : path)
              + ": 'edges' must be n x 2 node names, got "
              + java.util.Arrays.toString(dims)
              + " of "
              + edges.getJavaType().getSimpleName());
    }
    for (String[] pair : pairs) {
      list.add(new NirEdge(pair[0], pair[1]));
    }
    return list;
  }

  private static String text(Path file, String path, Node node, String field) {
    if (node instanceof Dataset d && d.getData() instanceof String s) {
      return s;
    }
    throw new UserInputException(
        file
            + ": node '"
            + path
            + "': "
            + (node == null ? "missing field '" + field + "'" : "'" + field + "' is not a string"));
  }

  private static boolean numeric(Dataset d) {
    Class<?> t = d.getJavaType();
    return t == double.class
        || t == float.class
        || t == long.class
        || t == int.class
        || t == short.class
        || t == byte.class
        || t == Double.class
        || t == Float.class
        || t == Long.class
        || t == Integer.class;
  }

  private static NirArray array(Dataset d) {
    int[] dims = d.getDimensions();
    long[] shape = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      shape[i] = dims[i];
    }
    Object flat = d.isScalar() || dims.length == 0 ? d.getData() : d.getDataFlat();
    double[] values;
    if (flat instanceof Number n) {
      values = new double[] {n.doubleValue()};
      shape = new long[0];
    } else {
      int len = Array.getLength(flat);
      values = new double[len];
      for (int i = 0; i < len; i++) {
        values[i] = ((Number) Array.get(flat, i)).doubleValue();
      }
    }
    Class<?> t = d.getJavaType();
    NirArray.Element element =
        t == float.class || t == Float.class
            ? NirArray.Element.FLOAT32
            : t == double.class || t == Double.class
                ? NirArray.Element.FLOAT64
                : NirArray.Element.INT64;
    return new NirArray(shape, values, element);
  }

  /**
   * Writes {@code graph} to {@code file} in NIR's layout, replacing it atomically.
   *
   * @throws IOException if the file cannot be written (its message names the file)
   */
  public static void write(Path file, NirGraph graph) throws IOException {
    Path temp = Files.createTempFile("rewire-nir-", ".h5");
    try {
      try (WritableHdfFile hdf = HdfFile.write(temp)) {
        hdf.putDataset("version", VERSION);
        writeGraph(hdf.putGroup("node"), graph, Map.of());
      } catch (HdfException | UncheckedIOException e) {
        throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
      }
      AtomicFiles.write(file, out -> Files.copy(temp, out));
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (NoSuchFileException ignored) {
        // already gone
      }
    }
  }

  private static void writeGraph(WritableGroup group, NirGraph graph, Map<String, String> meta) {
    group.putDataset("type", NirNode.GRAPH);
    String[][] edges = new String[graph.edges().size()][];
    for (int i = 0; i < edges.length; i++) {
      NirEdge e = graph.edges().get(i);
      edges[i] = new String[] {e.from(), e.to()};
    }
    group.putDataset("edges", edges);
    if (!graph.metadata().isEmpty() || !meta.isEmpty()) {
      WritableGroup m = group.putGroup("metadata");
      graph.metadata().forEach((k, v) -> m.putDataset(k, data(v)));
      meta.forEach(m::putDataset);
    }
    WritableGroup nodes = group.putGroup("nodes");
    graph
        .nodes()
        .forEach(
            (name, node) -> {
              WritableGroup g = nodes.putGroup(name);
              if (node.isGraph()) {
                writeGraph(g, node.subgraph(), node.metadata());
                return;
              }
              g.putDataset("type", node.type());
              node.fields().forEach((k, v) -> g.putDataset(k, data(v)));
              if (!node.metadata().isEmpty()) {
                WritableGroup m = g.putGroup("metadata");
                node.metadata().forEach(m::putDataset);
              }
            });
  }

  /** The Java array jHDF writes as {@code a}: rank 0, 1 or 2 of its element type. */
  private static Object data(NirArray a) {
    double[] v = a.values();
    return switch (a.rank()) {
      case 0 ->
          switch (a.element()) {
            case FLOAT32 -> (float) v[0];
            case FLOAT64 -> v[0];
            case INT64 -> (long) v[0];
          };
      case 1 -> row(a.element(), v, 0, v.length);
      case 2 -> {
        int rows = (int) a.shape()[0];
        int cols = (int) a.shape()[1];
        Object m =
            switch (a.element()) {
              case FLOAT32 -> new float[rows][];
              case FLOAT64 -> new double[rows][];
              case INT64 -> new long[rows][];
            };
        for (int r = 0; r < rows; r++) {
          Array.set(m, r, row(a.element(), v, r * cols, cols));
        }
        yield m;
      }
      default -> throw new IllegalArgumentException("rank " + a.rank() + " is not written");
    };
  }

  private static Object row(NirArray.Element element, double[] v, int from, int length) {
    return switch (element) {
      case FLOAT32 -> {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
          out[i] = (float) v[from + i];
        }
        yield out;
      }
      case FLOAT64 -> java.util.Arrays.copyOfRange(v, from, from + length);
      case INT64 -> {
        long[] out = new long[length];
        for (int i = 0; i < length; i++) {
          out[i] = (long) v[from + i];
        }
        yield out;
      }
    };
  }
}
