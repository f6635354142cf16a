package org.rewire.mosaic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.InvalidConfigException;

class MosaicConfigTest {

  @Test
  void defaultsAreTheCaseStudy() {
    MosaicConfig c = MosaicConfig.defaults();
    assertThat(c.rows()).isEqualTo(5);
    assertThat(c.cols()).isEqualTo(5);
    assertThat(c.tileSize()).isEqualTo(32);
    assertThat(c.capacity()).isEqualTo(new MosaicConfig.Capacity(32, 8, 32));
    assertThat(c.inputs()).isEqualTo(128);
    assertThat(c.outputs()).isNull();
    assertThat(c.memorySizing()).isEqualTo(MemorySizing.HOMOGENEOUS);
  }

  @Test
  void tileAndR1CapacitiesFollowTheTileSizeUnlessSet() {
    MosaicConfig big = new MosaicConfig(16, 16, 64, null, null, null, null);
    assertThat(big.capacity()).isEqualTo(new MosaicConfig.Capacity(64, 8, 64));
    MosaicConfig set =
        new MosaicConfig(16, 16, 64, new MosaicConfig.Capacity(40, 12, null), null, null, null);
    assertThat(set.capacity()).isEqualTo(new MosaicConfig.Capacity(40, 12, 64));
  }

  @Test
  void impossibleValuesNameTheirField() {
    assertField(() -> new MosaicConfig(0, null, null, null, null, null, null), "rows");
    assertField(() -> new MosaicConfig(null, -2, null, null, null, null, null), "cols");
    assertField(() -> new MosaicConfig(null, null, 0, null, null, null, null), "tile_size");
    assertField(() -> new MosaicConfig(null, null, null, null, 0, null, null), "inputs");
    assertField(() -> new MosaicConfig(null, null, null, null, 801, null, null), "inputs");
    assertField(() -> new MosaicConfig(null, null, null, null, null, 0, null), "outputs");
    assertField(() -> new MosaicConfig(null, null, null, null, 128, 673, null), "outputs");
    assertField(() -> new MosaicConfig(2048, 2048, 8, null, null, null, null), "tile_size");
    assertField(() -> new MosaicConfig.Capacity(0, null, null), "nt");
    assertField(() -> new MosaicConfig.Capacity(null, -1, null), "r0");
    assertField(() -> new MosaicConfig.Capacity(null, null, 0), "r1");
  }

  @Test
  void providerIsRegisteredAndTakesOutputsFromTheDataset() {
    HardwareTargetProvider<?> found =
        ServiceLoader.load(HardwareTargetProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.type().equals("mosaic"))
            .findFirst()
            .orElseThrow();
    assertThat(found.configType()).isEqualTo(MosaicConfig.class);
    MosaicTargetProvider provider = new MosaicTargetProvider();
    HardwareTarget withClasses =
        provider.create(MosaicConfig.defaults(), context(OptionalInt.of(35)));
    assertThat(withClasses.layout().outputNeurons()).hasSize(35).endsWith(799);
    HardwareTarget without = provider.create(MosaicConfig.defaults(), context(OptionalInt.empty()));
    assertThat(without.layout().outputNeurons()).hasSize(20);
    assertField(
        () -> provider.create(MosaicConfig.defaults(), context(OptionalInt.of(700))), "outputs");
  }

  private static void assertField(Runnable r, String field) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            InvalidConfigException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static BuildContext context(OptionalInt classes) {
    return new BuildContext() {
      @Override
      public long seed() {
        return 0;
      }

      @Override
      public Path resolve(String path) {
        return Path.of(path);
      }

      @Override
      public Path cacheDirectory() {
        return Path.of("cache");
      }

      @Override
      public OptionalInt classes() {
        return classes;
      }

      @Override
      public OptionalInt inputs() {
        return OptionalInt.empty();
      }

      @Override
      public Optional<HardwareTarget> target() {
        return Optional.empty();
      }
    };
  }
}
