package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.ApiVersion;

/**
 * The compatibility promise (docs/compatibility.md), tested on real archives: a plugin built
 * against rewire-api 0.1.1 (its sources kept in {@code src/test/resources/legacy-api-0.1.1}, the
 * api as it was before chip constraints and hop targets) loads and trains in this runtime; a plugin
 * that requires a newer api is refused in one line naming it and both versions.
 */
class LegacyPluginTest {
  @TempDir static Path work;
  static Path plugins;
  static Path cache;

  @BeforeAll
  static void buildArchives() throws Exception {
    plugins = work.resolve("plugins");
    cache = work.resolve("cache");
    Path oldApi =
        PluginArchives.compileTree(
            Path.of("src/test/resources/legacy-api-0.1.1"),
            work.resolve("api-0.1.1"),
            PluginArchives.locationOf(com.fasterxml.jackson.annotation.JsonCreator.class)
                .toString(),
            "rewire-api 0.1.1");
    String againstOldApi =
        oldApi
            + File.pathSeparator
            + PluginArchives.locationOf(com.fasterxml.jackson.annotation.JsonCreator.class);
    // What a vendor's pom said in the 0.1.1 days: this api's minor, nothing later.
    PluginArchives.zip(
        "legacy",
        "legacy-target",
        ">=0.1.1 & <0.2.0",
        "org.example.legacy.LegacyTargetProvider",
        plugins,
        againstOldApi);
    PluginArchives.jar(
        "future",
        "newer-target",
        ">=0.3.0 & <0.4.0",
        "org.example.future.FutureTargetProvider",
        plugins);
  }

  private static Path experiment(String name, String sparsifier) throws Exception {
    Path file = work.resolve(name + ".yaml");
    Files.writeString(
        file,
        """
        name: %s
        seed: 1
        dataset: {type: randman, channels: 8, classes: 2, samples: 20, test_samples: 5,
                  dim_manifold: 1, duration: 0.5}
        model:
          input: {steps: 20, duration: 0.5}
        target: {type: legacy-chain, cores: 4, core_size: 8, capacity: 6}
        sparsifier: %s
        training: {epochs: 2, batch_size: 10, learning_rate: 0.005}
        """
            .formatted(name, sparsifier));
    return file;
  }

  @Test
  void thePluginBuiltForApi011IsListedAndTheNewerOneRefusedInOneLine() {
    Cli.Result r = Cli.rewire(cache, "--plugins", plugins.toString(), "plugins");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("legacy-chain\\s+target\\s+legacy-target\\s+1\\.2\\.0");
    String refusal =
        r.out()
            .lines()
            .filter(l -> l.contains("newer-target"))
            .reduce((a, b) -> a + "\n" + b)
            .orElseThrow();
    assertThat(refusal)
        .doesNotContain("\n")
        .contains("plugin 'newer-target'")
        .contains("requires Rewire API >=0.3.0 & <0.4.0")
        .contains("this Rewire has API " + ApiVersion.CURRENT);
  }

  @Test
  void thePluginBuiltForApi011TrainsAndMapsInThisRuntime() throws Exception {
    Path file = experiment("legacy-deepr", "{type: deepr, connectivity: 0.2}");
    Cli.Result r =
        Cli.rewire(
            cache,
            "--plugins",
            plugins.toString(),
            "run",
            file.toString(),
            "--output",
            work.resolve("runs").toString());
    assertThat(r.code()).as(r.err()).isZero();
    // Its ports over capacity reach the report through api 0.1's Violation constructor.
    assertThat(r.out())
        .contains("trained 2 epochs")
        .contains("mappable: no, 4 capacities exceeded");
    assertThat(work.resolve("runs/legacy-deepr/provenance.json"))
        .content()
        .contains("\"plugin\" : \"legacy-target\"");
  }

  @Test
  void itsTargetHasNoHopsForThisRuntimeSoHopUsersRefuseItInOneLine() throws Exception {
    Path file = experiment("legacy-hops", "{type: routing-aware-deepr, profile: {1: 0.5}}");
    Cli.Result r = Cli.rewire(cache, "--plugins", plugins.toString(), "validate", file.toString());
    assertThat(r.code()).isEqualTo(2);
    // The folder's plugin for a newer api is a warning line of its own; the error is one line.
    assertThat(r.err().lines().filter(l -> !l.startsWith("rewire: warning: plugin ")))
        .singleElement()
        .asString()
        .contains("needs a target with hop distances between its cores");
  }
}
