package org.rewire.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.api.HopProfile;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.plugin.ClasspathProviders;
import org.rewire.runtime.plugin.ProviderRegistry;
import org.rewire.runtime.testplugins.GridTargetProvider;
import org.rewire.runtime.testplugins.KeepSparsifierProvider;

class ExperimentReaderTest {
  static final ProviderRegistry REGISTRY =
      new ProviderRegistry(ClasspathProviders.discover(new ArrayList<>()), List.of());
  static final String VALID =
      """
      name: demo
      seed: 7
      dataset:
        type: test-list
        samples: 6
      target:
        type: test-grid
        rows: 3
      sparsifier:
        type: test-keep
        profile: {1: 0.8, 3: 0.1}
      training:
        epochs: 2
      """;

  static Experiment read(String yaml, String... overrides) {
    return new ExperimentReader(REGISTRY)
        .read(Path.of("exp.yaml"), yaml.getBytes(StandardCharsets.UTF_8), List.of(overrides));
  }

  static String error(String yaml, String... overrides) {
    try {
      read(yaml, overrides);
    } catch (UserInputException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    }
    throw new AssertionError("expected an error for:\n" + yaml);
  }

  @Test
  void bindsEverySectionAndFillsDefaults() {
    Experiment e = read(VALID);
    assertThat(e.name()).isEqualTo("demo");
    assertThat(e.seed()).isEqualTo(7);
    assertThat(e.target().type()).isEqualTo("test-grid");
    GridTargetProvider.Config target = (GridTargetProvider.Config) e.target().config();
    assertThat(target.rows()).isEqualTo(3);
    assertThat(target.cols()).isEqualTo(2);
    assertThat(target.capacity().lines()).isEqualTo(8);
    KeepSparsifierProvider.Config sparsifier =
        (KeepSparsifierProvider.Config) e.sparsifier().config();
    assertThat(sparsifier.profile()).isEqualTo(HopProfile.parse("1:0.8,3:0.1"));
    assertThat(e.training().epochs()).isEqualTo(2);
    assertThat(e.training().batchSize()).isEqualTo(256);
    assertThat(e.model().tau()).isEqualTo(0.045);
    assertThat(e.model().input().steps()).isEqualTo(100);
    assertThat(e.output().dir()).isEqualTo("runs");
  }

  @Test
  void resolvedConfigReadsBackToTheSameExperiment() throws Exception {
    Experiment e = read(VALID);
    String resolved = StrictMapper.yaml().writeValueAsString(e.resolved());
    Experiment again = read(resolved);
    assertThat(again.target().config()).isEqualTo(e.target().config());
    assertThat(again.sparsifier().config()).isEqualTo(e.sparsifier().config());
    assertThat(again.dataset().config()).isEqualTo(e.dataset().config());
    assertThat(again.model()).isEqualTo(e.model());
    assertThat(again.training()).isEqualTo(e.training());
    assertThat(again.output()).isEqualTo(e.output());
    assertThat(again.seed()).isEqualTo(e.seed());
    assertThat(resolved).contains("core_size: 4").contains("batch_size: 256");
  }

  @Test
  void unknownKeyIsReportedAtItsLineAndColumnWithTheKnownKeys() {
    String yaml = VALID.replace("  rows: 3", "  rows: 3\n  rwos: 4");
    assertThat(error(yaml))
        .isEqualTo(
            "exp.yaml:9:3 target.rwos: unknown key 'rwos'; expected one of: capacity, cols, core_size, outputs, rows, weight_bits");
  }

  @Test
  void wrongTypeNamesTheExpectedTypeAndTheValue() {
    assertThat(error(VALID.replace("rows: 3", "rows: three")))
        .isEqualTo("exp.yaml:8:9 target.rows: expected an integer, got 'three'");
    assertThat(error(VALID.replace("rows: 3", "rows: 2.5")))
        .isEqualTo("exp.yaml:8:9 target.rows: expected an integer, got 2.5");
    assertThat(error(VALID.replace("epochs: 2", "epochs: \"2\"")))
        .isEqualTo("exp.yaml:13:11 training.epochs: expected an integer, got '2'");
  }

  @Test
  void outOfRangeValueIsReportedAtTheValue() {
    assertThat(error(VALID.replace("rows: 3", "rows: 0")))
        .isEqualTo("exp.yaml:8:9 target.rows: must be > 0, got 0");
    assertThat(error(VALID.replace("epochs: 2", "epochs: -1")))
        .isEqualTo("exp.yaml:13:11 training.epochs: must be between 0 and 1000000, got -1");
  }

  @Test
  void nestedRecordErrorsCarryTheFullPath() {
    String yaml = VALID.replace("  rows: 3", "  rows: 3\n  capacity:\n    lines: -2");
    assertThat(error(yaml)).isEqualTo("exp.yaml:10:12 target.capacity.lines: must be > 0, got -2");
  }

  @Test
  void hopProfileFractionOutOfRangeIsReported() {
    assertThat(error(VALID.replace("3: 0.1", "3: 1.5")))
        .startsWith("exp.yaml:")
        .contains("sparsifier.profile")
        .contains("fraction must be between 0 and 1, got 1.5");
  }

  @Test
  void missingRequiredKeyIsNamed() {
    assertThat(error(VALID.replace("  rows: 3\n", "")))
        .isEqualTo("exp.yaml:7:3 target: missing required key 'rows'");
  }

  @Test
  void duplicateKeyPointsAtTheSecondOccurrence() {
    assertThat(error(VALID.replace("  rows: 3", "  rows: 3\n  rows: 4")))
        .isEqualTo("exp.yaml:9:3 target.rows: duplicate key 'rows' (first at line 8)");
  }

  @Test
  void unknownTypeListsInstalledTypesAndSuggestsTheClosest() {
    assertThat(error(VALID.replace("type: test-grid", "type: test-gird")))
        .isEqualTo(
            "exp.yaml:7:9 target.type: unknown target type 'test-gird' (did you mean 'test-grid'?);"
                + " installed: test-grid, test-line");
    assertThat(error(VALID.replace("type: test-grid", "type: loihi")))
        .isEqualTo(
            "exp.yaml:7:9 target.type: unknown target type 'loihi'; installed: test-grid, test-line");
  }

  @Test
  void missingTypeAndMissingSectionAreReported() {
    assertThat(error(VALID.replace("  type: test-grid\n", "")))
        .isEqualTo(
            "exp.yaml:7:3 target: missing required key 'type'; installed target types: test-grid, test-line");
    assertThat(
            error(
                VALID.replace("sparsifier:\n  type: test-keep\n  profile: {1: 0.8, 3: 0.1}\n", "")))
        .isEqualTo("exp.yaml:1:1: missing required section 'sparsifier:'");
  }

  @Test
  void unknownSectionListsTheSections() {
    assertThat(error(VALID + "trainning:\n  epochs: 3\n"))
        .isEqualTo(
            "exp.yaml:14:1 trainning: unknown section 'trainning'; expected one of: name, seed,"
                + " dataset, model, target, sparsifier, training, output");
  }

  @Test
  void malformedDocumentsFailWithALocation() {
    assertThat(error(""))
        .isEqualTo(
            "exp.yaml:1:1: file is empty; expected a mapping with dataset, target, sparsifier, ...");
    assertThat(error("- a\n- b\n")).startsWith("exp.yaml:1:1: expected a mapping of sections");
    assertThat(error("dataset: [unclosed\n")).startsWith("exp.yaml:2:1: YAML syntax:");
    assertThat(error("a: b\n  c: d\n")).startsWith("exp.yaml:2:4: YAML syntax:");
    assertThat(error("seed: 1\n---\nseed: 2\n"))
        .isEqualTo("exp.yaml:3:1: expected one YAML document, found more");
  }

  @Test
  void binaryGarbageIsRejectedAsNotText() {
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80};
    assertThatThrownBy(
            () -> new ExperimentReader(REGISTRY).read(Path.of("x.yaml"), garbage, List.of()))
        .hasMessage(
            "x.yaml:1:1: not a text file: expected UTF-8 YAML, found bytes that are not UTF-8");
  }

  @Test
  void aliasBombAndDeepNestingAreRefused() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    assertThat(error(bomb.toString())).startsWith("exp.yaml:");
    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThat(error(deep)).startsWith("exp.yaml:");
  }

  @Test
  void overridesReplaceAddAndReportTheirOrigin() {
    Experiment e = read(VALID, "training.epochs=5", "target.cols=4", "model.input.steps=20");
    assertThat(e.training().epochs()).isEqualTo(5);
    assertThat(((GridTargetProvider.Config) e.target().config()).cols()).isEqualTo(4);
    assertThat(e.model().input().steps()).isEqualTo(20);
    assertThat(read(VALID, "sparsifier.profile={1: 1.0}").sparsifier().config())
        .isEqualTo(new KeepSparsifierProvider.Config(HopProfile.parse("1:1.0"), null));

    assertThat(error(VALID, "training.epochs=many"))
        .isEqualTo("--set training.epochs=many training.epochs: expected an integer, got 'many'");
    assertThat(error(VALID, "training.epochs.x=1"))
        .contains("training.epochs")
        .contains("expected a mapping");
    assertThat(error(VALID, "epochs")).contains("expected key=value");
    assertThat(error(VALID, "target.type=nope")).contains("unknown target type 'nope'");
  }

  @Test
  void outputNameCannotEscapeTheOutputFolder() {
    assertThat(error(VALID + "output:\n  name: ../elsewhere\n"))
        .startsWith("exp.yaml:15:9 output.name: must be a plain folder name");
    assertThat(error(VALID + "output:\n  name: /abs\n"))
        .contains("output.name: must be a plain folder name");
  }

  @Test
  void neuronModelDefaultsToLifAndAnUnknownOneListsTheInstalledModels() {
    assertThat(read(VALID).model().neuron()).isEqualTo("lif");
    assertThat(read(VALID + "model:\n  neuron: lif\n").model().neuron()).isEqualTo("lif");
    assertThat(error(VALID + "model:\n  neuron: izhikevich\n"))
        .isEqualTo(
            "exp.yaml:15:11 model.neuron: unknown neuron model 'izhikevich'; installed: lif, alif,"
                + " cuba-lif");
    assertThat(error(VALID, "model.neuron=hh"))
        .isEqualTo(
            "--set model.neuron=hh model.neuron: unknown neuron model 'hh'; installed: lif, alif,"
                + " cuba-lif");
    assertThat(error(VALID + "model:\n  neuron: 3\n"))
        .isEqualTo("exp.yaml:15:11 model.neuron: expected a string, got 3");
  }

  @Test
  void eachNeuronModelTakesItsOwnKeysWithTheirDefaults() {
    ModelConfig lif = read(VALID).model();
    assertThat(lif.tauSyn()).isNull();
    assertThat(lif.beta()).isNull();
    assertThat(lif.learnTau()).isFalse();
    ModelConfig alif = read(VALID + "model:\n  neuron: alif\n  beta: 0.5\n").model();
    assertThat(alif.beta()).isEqualTo(0.5);
    assertThat(alif.tauAdapt()).isEqualTo(0.7);
    assertThat(alif.adaptiveShare()).isEqualTo(1.0);
    assertThat(alif.tauSyn()).isNull();
    ModelConfig cuba = read(VALID + "model:\n  neuron: cuba-lif\n  learn_tau: true\n").model();
    assertThat(cuba.tauSyn()).isEqualTo(0.005);
    assertThat(cuba.learnTau()).isTrue();
    assertThat(cuba.tauAdapt()).isNull();
    // The resolved config reads back to the same section: other models' keys are not written.
    assertThat(StrictMapper.binder().valueToTree(alif).has("tau_syn")).isFalse();
  }

  @Test
  void badNeuronValuesAndKeysOfAnotherModelStopAtTheirLocation() {
    assertThat(error(VALID + "model:\n  neuron: cuba-lif\n  tau_syn: 0\n"))
        .startsWith("exp.yaml:16:12 model.tau_syn: must be");
    assertThat(error(VALID + "model:\n  neuron: cuba-lif\n  tau_syn: -0.005\n"))
        .startsWith("exp.yaml:16:12 model.tau_syn: must be");
    assertThat(error(VALID + "model:\n  neuron: alif\n  tau_adapt: 0\n"))
        .startsWith("exp.yaml:16:14 model.tau_adapt: must be");
    assertThat(error(VALID + "model:\n  neuron: alif\n  adaptive_share: 1.5\n"))
        .startsWith("exp.yaml:16:19 model.adaptive_share: must be");
    assertThat(error(VALID + "model:\n  neuron: alif\n  adaptive_share: -0.1\n"))
        .startsWith("exp.yaml:16:19 model.adaptive_share: must be");
    assertThat(error(VALID + "model:\n  beta: 1.8\n"))
        .isEqualTo(
            "exp.yaml:15:9 model.beta: 'beta' is a parameter of neuron model alif, not of 'lif'"
                + " (model.neuron); lif takes only the common keys besides tau, thr, dt,"
                + " learn_tau");
    assertThat(error(VALID + "model:\n  neuron: alif\n  tau_syn: 0.005\n"))
        .startsWith(
            "exp.yaml:16:12 model.tau_syn: 'tau_syn' is a parameter of neuron model cuba-lif,"
                + " not of 'alif'");
    assertThat(error(VALID + "model:\n  neuron: alif\n", "model.tau_syn=0.005"))
        .startsWith("--set model.tau_syn=0.005 model.tau_syn: 'tau_syn' is a parameter");
    assertThat(error(VALID + "model:\n  neuron: cuba-lif\n  learn_tau: true\n  tau_syn: 20\n"))
        .startsWith("exp.yaml:17:12 model.tau_syn: with learn_tau a time constant must be in [dt,");
    assertThat(error(VALID + "model:\n  learn_tau: yes\n"))
        .startsWith("exp.yaml:15:14 model.learn_tau: expected");
  }

  @Test
  void nullForARequiredPrimitiveStyleValueFails() {
    assertThat(error(VALID.replace("rows: 3", "rows: null")))
        .startsWith("exp.yaml:8:9 target.rows:");
  }
}
