package org.rewire.runtime.nir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.UserInputException;

/**
 * Files written by NIR's own writer ({@code src/test/resources/nir/make_fixtures.py}: nir.write of
 * the reference implementation, h5py underneath) read as the population they hold, in the shapes
 * other libraries export.
 */
class NirFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/nir");

  static NirPopulation read(String name) {
    Path file = FIXTURES.resolve(name);
    return GraphImport.population(file, NirFile.read(file));
  }

  @Test
  void aFlatRecurrentLifGraphIsOnePopulationWithItsLoopEdge() {
    NirPopulation p = read("recurrent-lif.nir");
    assertThat(p.model()).isEqualTo(NirPopulation.NeuronKind.LIF);
    assertThat(p.neurons()).isEqualTo(16);
    assertThat(p.channels()).isEqualTo(2);
    assertThat(p.readout()).containsExactly(14, 15);
    assertThat(p.tauMem()).containsOnly(0.02);
    assertThat(p.r()[0]).isEqualTo(1 / (1 - Math.exp(-0.001 / 0.02)));
    assertThat(p.subtractiveReset()).isFalse();
    long recurrent = nonZero(p.recurrentWeights());
    assertThat(recurrent).isBetween(40L, 120L); // density 0.3 of 256
    assertThat(nonZero(p.inputWeights())).isEqualTo(32);
  }

  @Test
  void snnTorchsNestedRsynapticSubgraphIsInlined() {
    NirPopulation p = read("recurrent-cubalif.nir");
    assertThat(p.model()).isEqualTo(NirPopulation.NeuronKind.CUBA_LIF);
    assertThat(p.node()).isEqualTo("rsynaptic/lif");
    assertThat(p.neurons()).isEqualTo(16);
    assertThat(p.tauSyn()[0]).isCloseTo(5e-4, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(p.wIn()[0]).isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p.readout()).containsExactly(14, 15);
    assertThat(nonZero(p.recurrentWeights())).isPositive();
    assertThat(nonZero(p.inputWeights())).isEqualTo(32);
  }

  @Test
  void aFeedForwardGraphIsAPopulationWithoutRecurrenceReadInFull() {
    NirPopulation p = read("feed-forward.nir");
    assertThat(p.neurons()).isEqualTo(16);
    assertThat(nonZero(p.recurrentWeights())).isZero();
    assertThat(p.readout()).isNull();
  }

  @Test
  void aConvolutionIsRefusedNamingTheNodeAndItsType() {
    assertThatThrownBy(() -> read("unsupported-conv.nir"))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith(
            FIXTURES.resolve("unsupported-conv.nir") + ": node 'conv' (Conv1d):")
        .hasMessageContaining("Rewire cannot represent this node")
        .hasMessageNotContaining("\n");
  }

  static long nonZero(float[] w) {
    long n = 0;
    for (float v : w) {
      n += v != 0 ? 1 : 0;
    }
    return n;
  }
}
