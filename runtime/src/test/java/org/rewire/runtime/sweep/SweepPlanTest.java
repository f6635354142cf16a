package org.rewire.runtime.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.config.ExperimentFileException;

class SweepPlanTest {
  @TempDir Path dir;

  SweepFile sweep(String text) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, text);
    for (String base : new String[] {"base.yaml", "b.yaml"}) {
      Files.writeString(dir.resolve(base), "");
    }
    return SweepReader.read(file);
  }

  @Test
  void theGridExpandsWithTheFirstKeySlowestThenExplicitRunsWithStableReadableIds()
      throws Exception {
    SweepFile s =
        sweep(
            """
            experiment: base.yaml
            grid:
              seed: [1, 2]
              sparsifier.profile: [{1: 0.5}, {1: 1.0, 3: 0.1}]
            runs:
              - {seed: 1, sparsifier.profile: {1: 0.5}}
              - {training.epochs: 7}
            """);
    assertThat(s.name()).isEqualTo("s");
    assertThat(s.experiment()).isEqualTo(dir.resolve("base.yaml").toAbsolutePath());
    assertThat(s.folder()).isEqualTo(Path.of("sweeps", "s"));
    SweepPlan plan = SweepPlan.of(s);
    assertThat(plan.runs())
        .extracting(PlannedRun::id)
        .containsExactly(
            "seed=1,sparsifier.profile=1-0.5",
            "seed=1,sparsifier.profile=1-1.0_3-0.1",
            "seed=2,sparsifier.profile=1-0.5",
            "seed=2,sparsifier.profile=1-1.0_3-0.1",
            "training.epochs=7");
    assertThat(plan.parameters()).containsExactly("seed", "sparsifier.profile", "training.epochs");
    assertThat(plan.runs().get(1).texts())
        .containsExactly("seed=1", "sparsifier.profile={\"1\":1.0,\"3\":0.1}");
    assertThat(SweepPlan.of(s)).as("stable").isEqualTo(plan);
  }

  @Test
  void sweepValuesFollowYaml12LikeExperimentFiles() throws Exception {
    SweepPlan plan =
        SweepPlan.of(sweep("experiment: b.yaml\ngrid: {name: [no, on, y], seed: [012, 0x10]}\n"));
    assertThat(plan.runs())
        .extracting(PlannedRun::id)
        .containsExactly(
            "name=no,seed=12",
            "name=no,seed=16",
            "name=on,seed=12",
            "name=on,seed=16",
            "name=y,seed=12",
            "name=y,seed=16");
    assertThatThrownBy(() -> sweep("experiment: b.yaml\nruns: [{seed: 1}]\nworkers: 1_000\n"))
        .isInstanceOf(ExperimentFileException.class)
        .hasMessage(
            dir.resolve("s.yaml")
                + ":3:10 workers: expected an integer >= 0 (0: as many as fit the cores), got"
                + " '1_000'");
  }

  @Test
  void idsThatCollideOnceSanitisedOrAreLongGetAHash() throws Exception {
    SweepPlan plan =
        SweepPlan.of(
            sweep("experiment: b.yaml\ngrid: {name: ['a b', 'a/b', '" + "x".repeat(150) + "']}\n"));
    assertThat(plan.runs().get(0).id()).isEqualTo("name=a-b");
    assertThat(plan.runs().get(1).id()).matches("name=a-b~[0-9a-f]{8}");
    assertThat(plan.runs().get(2).id()).hasSize(100).matches("name=x+~[0-9a-f]{8}");
  }

  @Test
  void mistakesAreReportedAtTheirLine() throws Exception {
    assertThatThrownBy(() -> sweep("experiment: b.yaml\ngrid: {seed: []}\n"))
        .isInstanceOf(ExperimentFileException.class)
        .hasMessageEndingWith(
            ":2:14 grid.seed: expected a non-empty list of values, e.g. [1, 2, 3], got a list");
    assertThatThrownBy(() -> sweep("experiment: b.yaml\ngrid: {'a b': [1]}\n"))
        .hasMessageContaining(":2:8 grid.a b: expected a dotted key like training.epochs");
    assertThatThrownBy(() -> sweep("experiment: b.yaml\nworker: 2\ngrid: {seed: [1]}\n"))
        .hasMessageContaining(":2:1 worker: unknown key 'worker'; expected one of: experiment,");
    assertThatThrownBy(() -> sweep("grid: {seed: [1]}\n"))
        .hasMessageContaining(" experiment: missing required key");
    assertThatThrownBy(() -> sweep("experiment: b.yaml\n"))
        .hasMessageContaining("expected 'grid:' or 'runs:'");
  }
}
