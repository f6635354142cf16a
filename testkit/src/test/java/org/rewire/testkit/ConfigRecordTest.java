package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

class ConfigRecordTest {
  record Port(Integer lines, long delay) {}

  record Chip(
      @JsonProperty(required = true) String name,
      Integer tileSize,
      Double wThr,
      @JsonProperty("max-isi") Integer maxIsi,
      Port port,
      boolean verbose) {
    Chip {
      tileSize = Require.positive("tile_size", Require.orDefault(tileSize, 32));
    }
  }

  private final ConfigRecord<Chip> chip = ConfigRecord.of(Chip.class);

  @Test
  void keysAreJacksonsSnakeCaseNamesOrTheNamesGiven() {
    assertThat(chip.keys())
        .containsExactly("name", "tile_size", "w_thr", "max-isi", "port", "verbose");
    assertThat(chip.requiredKeys()).containsExactly("name");
    assertThat(ConfigRecord.snakeCase("maxISI")).isEqualTo("max_isi");
    assertThat(ConfigRecord.snakeCase("initStd")).isEqualTo("init_std");
    assertThat(ConfigRecord.snakeCase("_hidden")).isEqualTo("hidden");
    assertThat(ConfigRecord.snakeCase("rows")).isEqualTo("rows");
  }

  @Test
  void bindingLeavesOutWhatTheSectionDoesNotGive() {
    Chip bound = chip.bind(Map.of("name", "x", "w_thr", 0.5));
    assertThat(bound).isEqualTo(new Chip("x", 32, 0.5, null, null, false));
    assertThat(chip.values(bound))
        .containsExactly(
            entry("name", "x"),
            entry("tile_size", 32),
            entry("w_thr", 0.5),
            entry("max-isi", null),
            entry("port", null),
            entry("verbose", false));
    assertThat(chip.defaults(bound)).isEqualTo(new Chip("x", 32, null, null, null, false));
  }

  @Test
  void anUnknownKeyIsRefusedAndTheConstructorsErrorComesThroughAsItIs() {
    assertThatThrownBy(() -> chip.bind(Map.of("tileSize", 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown keys [tileSize]");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("tile_size", -1);
    assertThatThrownBy(() -> chip.bind(values))
        .isInstanceOfSatisfying(
            InvalidConfigException.class, e -> assertThat(e.field()).isEqualTo("tile_size"));
  }

  @Test
  void shapeProblemsNameNestedKeysAndPrimitivesThatCannotBeLeftOut() {
    assertThat(chip.shapeProblems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("max-isi: not a snake_case key"))
        .anySatisfy(p -> assertThat(p).startsWith("port.delay: a primitive long binds 0"))
        .anySatisfy(p -> assertThat(p).startsWith("verbose: a primitive boolean binds 0"));
    assertThat(chip.keyType("port")).isEqualTo(Port.class);
  }

  @Test
  void aClassIsNotAConfigRecord() {
    assertThatThrownBy(() -> ConfigRecord.of(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String is not a record");
  }
}
