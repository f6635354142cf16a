package org.rewire.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rewire.runtime.config.ExperimentReaderTest.VALID;
import static org.rewire.runtime.config.ExperimentReaderTest.error;
import static org.rewire.runtime.config.ExperimentReaderTest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Experiment files, {@code --set} values and resolved configs follow the YAML 1.2 core schema, not
 * YAML 1.1: {@code no}, {@code on}, {@code y} are strings; numbers are what YAML 1.2 calls numbers;
 * a string where a number is expected is the usual located type error.
 */
class Yaml12Test {

  private static JsonNode value(String yaml) {
    LocatedTree tree =
        YamlTreeReader.read("v.yaml", ("v: " + yaml + "\n").getBytes(StandardCharsets.UTF_8));
    return tree.root().get("v");
  }

  @ParameterizedTest(name = "{0} is the string ''{0}''")
  @ValueSource(
      strings = {
        "no",
        "No",
        "NO",
        "yes",
        "Yes",
        "on",
        "On",
        "off",
        "OFF",
        "y",
        "Y",
        "n",
        "N",
        "tRuE",
        "1_000",
        "0b101",
        "1:20",
        "190:20:30",
        "0x",
        "0o8",
        "+",
        ".",
        "1.2.3",
        "nULL",
        "2024-01-02",
        "=",
        "<<"
      })
  void yaml11BooleansNumbersAndOthersAreStrings(String text) {
    JsonNode node = value(text);
    assertThat(node.isTextual()).as("%s read as %s", text, node.getNodeType()).isTrue();
    assertThat(node.asText()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "true, true",
    "True, true",
    "TRUE, true",
    "false, false",
    "False, false",
    "FALSE, false"
  })
  void onlyTrueAndFalseAreBooleans(String text, boolean expected) {
    JsonNode node = value(text);
    assertThat(node.isBoolean()).isTrue();
    assertThat(node.booleanValue()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is null")
  @ValueSource(strings = {"null", "Null", "NULL", "~", ""})
  void nullForms(String text) {
    assertThat(value(text).isNull()).isTrue();
  }

  @ParameterizedTest(name = "{0} is the integer {1}")
  @CsvSource({
    "12, 12",
    "012, 12",
    "+12, 12",
    "-007, -7",
    "0o17, 15",
    "0x1F, 31",
    "0xff, 255",
    "2147483648, 2147483648",
    "-9223372036854775809, -9223372036854775809"
  })
  void integersFollowTheCoreSchema(String text, String expected) {
    JsonNode node = value(text);
    assertThat(node.isIntegralNumber()).as(text).isTrue();
    assertThat(node.bigIntegerValue()).hasToString(expected);
  }

  @Test
  void smallIntegersBindAsInts() {
    assertThat(value("7").isInt()).isTrue();
    assertThat(value("3000000000").isLong()).isTrue();
  }

  @ParameterizedTest(name = "{0} is the float {1}")
  @CsvSource({"1.5, 1.5", "1., 1.0", ".5, 0.5", "+.5, 0.5", "-2.5e-3, -0.0025", "1e3, 1000.0"})
  void floatsFollowTheCoreSchema(String text, double expected) {
    JsonNode node = value(text);
    assertThat(node.isFloatingPointNumber()).as(text).isTrue();
    assertThat(node.doubleValue()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {".inf", "-.Inf", "+.INF", ".nan", ".NaN"})
  void nonFiniteFloatsAreRefusedAtTheirPlace(String text) {
    assertThat(error(VALID.replace("epochs: 2", "epochs: 2\n  learning_rate: " + text)))
        .isEqualTo("exp.yaml:14:18 training.learning_rate: expected a finite number, got " + text);
  }

  @Test
  void quotedAndTaggedScalarsKeepTheirType() {
    assertThat(value("'true'").isTextual()).isTrue();
    assertThat(value("\"12\"").isTextual()).isTrue();
    assertThat(value("!!str 12").asText()).isEqualTo("12");
    assertThat(value("!!int 0o17").intValue()).isEqualTo(15);
    assertThat(value("!!float 2").doubleValue()).isEqualTo(2.0);
    assertThat(value("!!bool true").booleanValue()).isTrue();
    assertThat(value("!!bool yes").isTextual()).as("!!bool yes is not YAML 1.2").isTrue();
    assertThat(value("! yes").asText()).isEqualTo("yes");
  }

  @Test
  void nameNoStaysTheStringNo() {
    assertThat(read(VALID.replace("name: demo", "name: no")).name()).isEqualTo("no");
    assertThat(read(VALID.replace("name: demo", "name: on")).name()).isEqualTo("on");
    assertThat(read(VALID.replace("name: demo", "name: 1_000")).name()).isEqualTo("1_000");
  }

  @Test
  void yaml11NumbersWhereNumbersAreExpectedAreLocatedTypeErrors() {
    assertThat(error(VALID.replace("epochs: 2", "epochs: 1_000")))
        .isEqualTo("exp.yaml:13:11 training.epochs: expected an integer, got '1_000'");
    assertThat(error(VALID.replace("rows: 3", "rows: 0b11")))
        .isEqualTo("exp.yaml:8:9 target.rows: expected an integer, got '0b11'");
    assertThat(error(VALID.replace("epochs: 2", "epochs: 1:20")))
        .isEqualTo("exp.yaml:13:11 training.epochs: expected an integer, got '1:20'");
    assertThat(error(VALID.replace("seed: 7", "seed: yes")))
        .isEqualTo("exp.yaml:2:7 seed: expected an integer, got 'yes'");
  }

  @Test
  void yaml12NumbersBind() {
    Experiment e = read(VALID.replace("seed: 7", "seed: 0x10").replace("rows: 3", "rows: 0o3"));
    assertThat(e.seed()).isEqualTo(16);
    assertThat(
            ((org.rewire.runtime.testplugins.GridTargetProvider.Config) e.target().config()).rows())
        .isEqualTo(3);
    assertThat(read(VALID.replace("epochs: 2", "epochs: 012")).training().epochs()).isEqualTo(12);
  }

  @Test
  void setOverridesFollowTheSameRules() {
    assertThat(read(VALID, "name=no").name()).isEqualTo("no");
    assertThat(read(VALID, "name=y").name()).isEqualTo("y");
    assertThat(read(VALID, "training.epochs=012").training().epochs()).isEqualTo(12);
    assertThat(error(VALID, "training.epochs=1_000"))
        .isEqualTo("--set training.epochs=1_000 training.epochs: expected an integer, got '1_000'");
  }

  @ParameterizedTest(name = "name {0} reads back from the resolved config")
  @ValueSource(strings = {"no", "012", "0x1F", "true", "null", "~", "1e3", ".inf", "1:20", "-"})
  void resolvedConfigsQuoteWhatWouldNotReadBackAsAString(String name) throws Exception {
    Experiment e = read(VALID.replace("name: demo", "name: '" + name + "'"));
    String resolved = StrictMapper.yaml().writeValueAsString(e.resolved());
    Experiment again =
        new ExperimentReader(ExperimentReaderTest.REGISTRY)
            .read(
                Path.of("config.yaml"),
                resolved.getBytes(StandardCharsets.UTF_8),
                java.util.List.of());
    assertThat(again.name()).isEqualTo(name);
    assertThat(StrictMapper.yaml().readTree(resolved).get("name").asText()).isEqualTo(name);
  }
}
