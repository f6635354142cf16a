package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.Connectivity;
import org.rewire.runtime.output.NetworkFile;

/**
 * The structure of an exported file, read with jHDF directly (not through Rewire's reader), as
 * NIR's reference reader expects it (nir/serialization.py): this runs in CI, where NIR's Python
 * reader is not installed ({@link NirReferenceReaderTest} runs that where it is).
 */
class NirExportStructureTest {
  @TempDir Path dir;

  @Test
  void anExportHoldsNirsLayoutWithTheLoopEdgeAndPrunedSynapsesAsZeros() throws Exception {
    Path run = TinyTrainedRun.train(dir, "neuron: lif, learn_tau: true");
    Path file = TinyTrainedRun.export(dir, run, dir.resolve("net.nir"));
    Connectivity trained = NetworkFile.read(run.resolve(NetworkFile.NAME));
    try (HdfFile hdf = new HdfFile(file)) {
      assertThat(hdf.getDatasetByPath("/version").getData()).isEqualTo("1.0.7");
      Group node = (Group) hdf.getByPath("/node");
      assertThat(text(node, "type")).isEqualTo("NIRGraph");
      Group nodes = (Group) node.getChild("nodes");
      assertThat(nodes.getChildren().keySet())
          .containsExactlyInAnyOrder("input", "w_in", "lif", "w_rec", "readout", "output");
      assertThat(text(nodes, "input/type")).isEqualTo("Input");
      assertThat((long[]) data(nodes, "input/shape")).containsExactly(2);
      assertThat(text(nodes, "output/type")).isEqualTo("Output");
      assertThat((long[]) data(nodes, "output/shape")).containsExactly(2);
      assertThat(text(nodes, "lif/type")).isEqualTo("LIF");
      assertThat(text(nodes, "lif/metadata/reset")).isEqualTo("subtract");
      assertThat(hdf.getDatasetByPath("/node/metadata/dt").getData()).isEqualTo(0.001);
      String[][] edges = (String[][]) ((Dataset) node.getChild("edges")).getData();
      List<String> pairs = new ArrayList<>();
      for (String[] e : edges) {
        pairs.add(e[0] + " -> " + e[1]);
      }
      assertThat(pairs)
          .containsExactlyInAnyOrder(
              "input -> w_in",
              "w_in -> lif",
              "lif -> w_rec",
              "w_rec -> lif",
              "lif -> readout",
              "readout -> output");

      double[] tau = (double[]) data(nodes, "lif/tau");
      double[] r = (double[]) data(nodes, "lif/r");
      assertThat(tau).hasSize(16);
      assertThat(java.util.Arrays.stream(tau).distinct().count())
          .as("learned time constants, one per neuron")
          .isGreaterThan(8);
      for (int j = 0; j < 16; j++) {
        double a = Math.exp(-0.001 / tau[j]);
        assertThat(r[j])
            .isCloseTo(1 / (1 - a), org.assertj.core.data.Percentage.withPercentage(1e-7));
      }
      assertThat((double[]) data(nodes, "lif/v_threshold")).containsOnly(0.3);
      assertThat((double[]) data(nodes, "lif/v_leak")).containsOnly(0.0);
      assertThat((double[]) data(nodes, "lif/v_reset")).containsOnly(0.0);

      float[][] wRec = (float[][]) data(nodes, "w_rec/weight");
      assertThat(wRec).hasDimensions(16, 16);
      int nonZero = 0;
      for (int post = 0; post < 16; post++) {
        for (int pre = 0; pre < 16; pre++) {
          boolean active = false;
          for (int k = trained.rowStart(pre); k < trained.rowEnd(pre); k++) {
            active |= trained.target(k) == post;
          }
          assertThat(wRec[post][pre] != 0).as("w_rec[%d][%d]", post, pre).isEqualTo(active);
          nonZero += wRec[post][pre] != 0 ? 1 : 0;
        }
      }
      assertThat(nonZero).isEqualTo(trained.synapses()).isPositive();

      float[][] wIn = (float[][]) data(nodes, "w_in/weight");
      assertThat(wIn).hasDimensions(16, 2);
      for (int post = 0; post < 16; post++) {
        // Core input projection: both channels drive the 4 neurons of core 0, nothing else.
        assertThat(wIn[post][0] != 0 && wIn[post][1] != 0).isEqualTo(post < 4);
      }
      float[][] readout = (float[][]) data(nodes, "readout/weight");
      float[][] expected = new float[2][16];
      expected[0][14] = 1;
      expected[1][15] = 1;
      assertThat(readout).isDeepEqualTo(expected);
    }
  }

  private static Object data(Group group, String path) {
    return ((Dataset) group.getByPath(path)).getData();
  }

  private static String text(Group group, String path) {
    return (String) data(group, path);
  }

  @Test
  void aTargetWithAWeightPrecisionExportsTheQuantizedWeightsTheNetworkRanWith() throws Exception {
    Path run = TinyTrainedRun.train(dir, "neuron: cuba-lif", ", weight_bits: 4");
    Path file = TinyTrainedRun.export(dir, run, dir.resolve("q.nir"));
    try (HdfFile hdf = new HdfFile(file)) {
      Group nodes = (Group) hdf.getByPath("/node/nodes");
      float[][] in = (float[][]) data(nodes, "w_in/weight");
      float[][] rec = (float[][]) data(nodes, "w_rec/weight");
      // One scale per weight kind: the input projection, the synapses onto hidden neurons
      // (recurrent) and those onto the output neurons 14 and 15 (readout), rows being targets.
      assertQuantized("input", java.util.Arrays.asList(in));
      assertQuantized("recurrent", java.util.Arrays.asList(rec).subList(0, 14));
      assertQuantized("output", java.util.Arrays.asList(rec).subList(14, 16));
    }
  }

  /** Every weight of {@code rows} is an integer of signed 4 bits times one scale, max|w| / 7. */
  private static void assertQuantized(String kind, List<float[]> rows) {
    double max = 0;
    for (float[] row : rows) {
      for (float v : row) {
        max = Math.max(max, Math.abs(v));
      }
    }
    assertThat(max).as(kind).isPositive();
    double scale = max / 7;
    for (float[] row : rows) {
      for (float v : row) {
        double q = v / scale;
        assertThat(q).as(kind).isCloseTo(Math.rint(q), within(1e-4)).isBetween(-8.0, 7.0);
      }
    }
  }
}
