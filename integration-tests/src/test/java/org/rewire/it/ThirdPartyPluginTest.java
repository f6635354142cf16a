package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.ApiVersion;

/**
 * A vendor ships a plugin without rebuilding Rewire: real archives, built here from source against
 * the api alone, loaded from a plugins folder by PF4J in deployment mode.
 */
class ThirdPartyPluginTest {
  @TempDir static Path work;
  static Path plugins;
  static Path cache;

  @BeforeAll
  static void buildArchives() throws Exception {
    plugins = work.resolve("plugins");
    cache = work.resolve("cache");
    String compatible = ">=" + ApiVersion.CURRENT + " & <1.0.0";
    PluginArchives.zip(
        "ring", "ring-target", compatible, "org.example.ring.RingTargetProvider", plugins);
    PluginArchives.jar(
        "broken", "broken-target", compatible, "org.example.broken.BrokenTargetProvider", plugins);
    PluginArchives.jar(
        "future", "future-target", ">=9.0.0", "org.example.future.FutureTargetProvider", plugins);
    // A download cut short: not a zip at all.
    Files.write(plugins.resolve("truncated.zip"), new byte[] {'P', 'K', 3, 4, 20, 0});
  }

  private Path experiment(String target) throws Exception {
    Path file = work.resolve(target + ".yaml");
    Files.writeString(
        file,
        """
        name: third-party-%s
        seed: 1
        dataset: {type: it-fixed}
        target: {type: %s}
        sparsifier: {type: none}
        """
            .formatted(target, target));
    return file;
  }

  @Test
  void pluginsListsTheVendorPluginAndReportsTheIncompatibleOne() {
    Cli.Result r = Cli.rewire(cache, "--plugins", plugins.toString(), "plugins");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("ring\\s+target\\s+ring-target\\s+1\\.2\\.0\\s+.*ring")
        .containsPattern("broken\\s+target\\s+broken-target")
        .containsPattern("none\\s+sparsifier\\s+built-in")
        .contains("plugin 'future-target' (")
        .contains("requires Rewire API >=9.0.0, but this Rewire has API " + ApiVersion.CURRENT);
    assertThat(r.out()).doesNotContainPattern("future\\s+target");
    // Failures name the user's archive, not the folder it was extracted to in the cache.
    assertThat(r.out())
        .contains(
            "plugin 'truncated.zip' ("
                + plugins.resolve("truncated.zip")
                + ") not loaded: not a plugin archive")
        .doesNotContain(cache.toString())
        .doesNotContain("not loaded: plugin");
  }

  @Test
  void theEnvironmentVariableNamesThePluginsFolderToo() {
    java.io.StringWriter out = new java.io.StringWriter();
    int code =
        org.rewire.runtime.cli.Main.execute(
            new String[] {"plugins"},
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(new java.io.StringWriter(), true),
            java.util.Map.of(
                "REWIRE_PLUGINS", plugins.toString(), "REWIRE_CACHE", cache.toString()));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("ring-target");
  }

  @Test
  void aYamlUsingTheVendorTypeValidatesAndRuns() throws Exception {
    Path file = experiment("ring");
    Cli.Result v = Cli.rewire(cache, "--plugins", plugins.toString(), "validate", file.toString());
    assertThat(v.code()).as(v.err()).isZero();
    assertThat(v.out()).contains("target ring");
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
    assertThat(work.resolve("runs/third-party-ring/provenance.json"))
        .content()
        .contains("\"plugin\" : \"ring-target\"")
        .contains("\"version\" : \"1.2.0\"");
  }

  @Test
  void theExamplesExperimentValidatesWithThePlugin() {
    Cli.Result v =
        Cli.rewire(
            cache,
            "--plugins",
            plugins.toString(),
            "validate",
            "../examples/ring-target/experiment.yaml");
    assertThat(v.code()).as(v.err()).isZero();
    assertThat(v.out()).contains("target ring, sparsifier routing-aware-deepr");
  }

  @Test
  void withoutThePluginsFolderTheVendorTypeIsUnknown() throws Exception {
    Cli.Result r = Cli.rewire(cache, "validate", experiment("ring").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("target.type: unknown target type 'ring'");
  }

  @Test
  void aFactoryThatThrowsFailsItsRunNamingThePluginWhileOthersWork() throws Exception {
    Cli.Result broken =
        Cli.rewire(
            cache,
            "--plugins",
            plugins.toString(),
            "run",
            experiment("broken").toString(),
            "--output",
            work.resolve("runs").toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err())
        .contains("target 'broken' from plugin 'broken-target' 1.2.0")
        .contains("the broken chip's driver is missing")
        .doesNotContain("\tat ");
    Cli.Result ring =
        Cli.rewire(
            cache, "--plugins", plugins.toString(), "validate", experiment("ring").toString());
    assertThat(ring.code()).isZero();
  }

  @Test
  void aVersionedTypeCannotBeUsedWhenItsPluginWasRefused() throws Exception {
    Cli.Result r =
        Cli.rewire(
            cache, "--plugins", plugins.toString(), "validate", experiment("future").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("unknown target type 'future'")
        .contains("(not loaded: ")
        .contains("future-target")
        .contains("; `rewire plugins` says why)");
    // Every plugin that did not load is a warning line before the error, naming its file.
    assertThat(r.err().lines().filter(l -> l.startsWith("rewire: warning: plugin ")))
        .anyMatch(l -> l.contains("'future-target'") && l.contains("requires Rewire API >=9.0.0"))
        .anyMatch(l -> l.contains("'truncated.zip' (" + plugins.resolve("truncated.zip") + ")"));
    assertThat(r.err().lines().filter(l -> !l.startsWith("rewire: warning: "))).hasSize(1);
  }
}
