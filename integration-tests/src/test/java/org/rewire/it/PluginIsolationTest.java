package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.ApiVersion;

/**
 * Plugins load only from the configured plugins folder, and one that cannot even be instantiated is
 * reported by {@code rewire plugins} while the others are listed and usable.
 */
class PluginIsolationTest {
  @TempDir static Path work;
  static Path plugins;
  static Path cache;
  static Path ringJar;

  @BeforeAll
  static void buildArchives() throws Exception {
    plugins = work.resolve("plugins");
    cache = work.resolve("cache");
    String compatible = ">=" + ApiVersion.CURRENT + " & <1.0.0";
    ringJar =
        PluginArchives.jar(
            "ring", "ring-target", compatible, "org.example.ring.RingTargetProvider", plugins);
    PluginArchives.jar(
        "explosive",
        "explosive-target",
        compatible,
        "org.example.explosive.ExplosiveTargetProvider",
        plugins);
  }

  private static Path ringExperiment(Path folder) throws Exception {
    Files.createDirectories(folder);
    Path file = folder.resolve("ring.yaml");
    Files.writeString(
        file,
        """
        dataset: {type: it-fixed}
        target: {type: ring}
        sparsifier: {type: none}
        """);
    return file;
  }

  /**
   * A ring experiment in {@code folder}, with the ring plugin jar beside it and in a {@code
   * plugins/} folder beside it: the places a user might wrongly expect plugins to be found.
   */
  private static Path ringExperimentBesideItsJar(Path folder) throws Exception {
    Path experiment = ringExperiment(folder);
    Files.copy(ringJar, folder.resolve("ring.jar"));
    Files.createDirectories(folder.resolve("plugins"));
    Files.copy(ringJar, folder.resolve("plugins/ring.jar"));
    return experiment;
  }

  @Test
  void aProviderThatThrowsWhenInstantiatedIsReportedAndTheOthersAreListed() throws Exception {
    Cli.Result r = Cli.rewire(cache, "--plugins", plugins.toString(), "plugins");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("ring\\s+target\\s+ring-target")
        .containsPattern("mosaic\\s+target\\s+built-in")
        .containsPattern("deepr\\s+sparsifier\\s+built-in")
        .contains("plugin 'explosive-target' (")
        .contains("the explosive chip's license server is unreachable");
    assertThat(r.out()).doesNotContainPattern("explosive\\s+target");
    Cli.Result ring =
        Cli.rewire(
            cache,
            "--plugins",
            plugins.toString(),
            "validate",
            ringExperiment(work.resolve("ok")).toString());
    assertThat(ring.code()).as(ring.err()).isZero();
  }

  @Test
  void aPluginJarBesideTheExperimentIsNotLoaded() throws Exception {
    Path experiment = ringExperimentBesideItsJar(work.resolve("beside"));
    Path empty = Files.createDirectories(work.resolve("empty-plugins"));
    Cli.Result r =
        Cli.rewire(cache, "--plugins", empty.toString(), "validate", experiment.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("target.type: unknown target type 'ring'");
  }

  @Test
  void aPluginJarInTheWorkingDirectoryIsNotLoadedWithoutAPluginsFolder() throws Exception {
    Path folder = work.resolve("cwd");
    Path experiment = ringExperimentBesideItsJar(folder);
    Duration limit = Duration.ofSeconds(60);
    Cli.Result r =
        ChildJvm.rewire(cache, "256m", limit, List.of("validate", experiment.toString()), folder);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("target.type: unknown target type 'ring'");
    // The same jar loads when the user names the folder: the refusal above is about where it is.
    Cli.Result named =
        ChildJvm.rewire(
            cache,
            "256m",
            limit,
            List.of("--plugins", "plugins", "validate", experiment.toString()),
            folder);
    assertThat(named.code()).as(named.err()).isZero();
  }

  @Test
  void theEnvironmentCannotPointAtAFolderThatDoesNotExist() {
    Path missing = work.resolve("no-such-plugins");
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        org.rewire.runtime.cli.Main.execute(
            new String[] {"plugins"},
            new java.io.PrintWriter(new java.io.StringWriter(), true),
            new java.io.PrintWriter(err, true),
            Map.of("REWIRE_PLUGINS", missing.toString(), "REWIRE_CACHE", cache.toString()));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains(missing.toString());
  }
}
