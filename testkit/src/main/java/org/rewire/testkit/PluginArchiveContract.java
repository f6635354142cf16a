package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the packaged plugin, not its classes: the vendor's built PF4J zip, put in a plugins
 * folder, is listed by {@code rewire plugins --plugins DIR} (so Rewire's own loader accepts its
 * descriptor, its {@code Plugin-Requires} range and its {@code META-INF/services}), and a short
 * experiment that uses it runs to the end in Rewire, mapping onto the chip after every epoch.
 *
 * <p>The kit depends on the api, JUnit and AssertJ only, so it runs Rewire as a process: the
 * launcher named by the system property {@value #LAUNCHER_PROPERTY} or, when that is unset or
 * blank, the environment variable {@value #LAUNCHER_ENV} (the {@code rewire} script of a Rewire
 * checkout or distribution). When neither names one the tests are skipped, saying so. The archive
 * exists only after {@code package}: run a subclass as an integration test (maven-failsafe-plugin,
 * a class named {@code *IT}), with the property set by the build, for example {@code
 * -Drewire.launcher=/opt/rewire/rewire}.
 */
public abstract class PluginArchiveContract {
  /** The system property naming the Rewire launcher: {@value}. */
  public static final String LAUNCHER_PROPERTY = "rewire.launcher";

  /** The environment variable naming the Rewire launcher when the property is unset: {@value}. */
  public static final String LAUNCHER_ENV = "REWIRE_LAUNCHER";

  /** A fresh folder per test: the plugins folder and the run's output go under it. */
  @TempDir protected Path work;

  private Path launcher;

  /**
   * The experiment to run with the plugin: short (seconds), using the plugin's type. Relative paths
   * are taken against the project folder (the tests' working directory).
   */
  protected abstract Path experiment();

  /**
   * The plugin archive under test; default the one {@code target/*-plugin.zip} of the project.
   *
   * @throws AssertionError if there is none or more than one
   */
  protected Path archive() {
    List<Path> found = new ArrayList<>();
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      try (DirectoryStream<Path> zips = Files.newDirectoryStream(target, "*-plugin.zip")) {
        zips.forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(found)
        .as(
            "one plugin archive target/*-plugin.zip in %s: run this test after package (as an"
                + " integration test), or override archive()",
            Path.of("").toAbsolutePath())
        .hasSize(1);
    return found.get(0);
  }

  /** How long the experiment may take, in seconds; default 600. */
  protected long timeoutSeconds() {
    return 600;
  }

  /** Whether the experiment must map with no violation after every epoch; default true. */
  protected boolean mappableAfterEveryEpoch() {
    return true;
  }

  /** The launcher from {@value #LAUNCHER_PROPERTY} or {@value #LAUNCHER_ENV}; skips without. */
  @BeforeEach
  void findLauncher() {
    Optional<Path> named = named(System.getProperty(LAUNCHER_PROPERTY));
    if (named.isEmpty()) {
      named = named(System.getenv(LAUNCHER_ENV));
    }
    Assumptions.assumeTrue(
        named.isPresent(),
        "no Rewire to load the plugin into: set the system property "
            + LAUNCHER_PROPERTY
            + " (or the environment variable "
            + LAUNCHER_ENV
            + ") to the rewire launcher of a Rewire checkout or distribution");
    launcher = named.get().toAbsolutePath();
    assertThat(Files.isExecutable(launcher))
        .as("%s names %s, which is no executable file", LAUNCHER_PROPERTY, launcher)
        .isTrue();
  }

  private static Optional<Path> named(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  /** The archive copied alone into a fresh plugins folder, as a user installs it. */
  private Path pluginsFolder() throws IOException {
    Path archive = archive();
    Path plugins = Files.createDirectories(work.resolve("plugins"));
    Files.copy(archive, plugins.resolve(archive.getFileName()));
    return plugins;
  }

  @Test
  void rewireListsThePackagedPlugin() throws Exception {
    Properties descriptor = descriptor(archive());
    String id = descriptor.getProperty("plugin.id");
    String version = descriptor.getProperty("plugin.version");
    assertThat(id).as("plugin.id in the archive's plugin.properties").isNotBlank();
    Run listing = rewire(List.of("plugins", "--plugins", pluginsFolder().toString()));
    assertThat(listing.code()).as(listing.output()).isZero();
    assertThat(listing.output())
        .as("the archive's plugin is refused")
        .doesNotContain("not loaded: plugin '" + id + "'");
    assertThat(listing.output())
        .as("a provider of plugin %s %s in the listing", id, version)
        .containsPattern(
            Pattern.compile(
                "(?m)^\\S+\\s+(target|sparsifier|dataset)\\s+"
                    + Pattern.quote(id)
                    + "\\s+"
                    + Pattern.quote(version)
                    + "\\s"));
  }

  @Test
  void aShortExperimentRunsOnThePackagedPlugin() throws Exception {
    Path plugins = pluginsFolder();
    Path experiment = experiment().toAbsolutePath();
    Run check = rewire(List.of("validate", experiment.toString(), "--plugins", plugins.toString()));
    assertThat(check.code()).as("rewire validate %s:%n%s", experiment, check.output()).isZero();
    Run run =
        rewire(
            List.of(
                "run",
                experiment.toString(),
                "--plugins",
                plugins.toString(),
                "--output",
                work.resolve("runs").toString()));
    assertThat(run.code()).as("rewire run %s:%n%s", experiment, run.output()).isZero();
    List<String> epochs = run.output().lines().filter(l -> l.startsWith("epoch ")).toList();
    assertThat(epochs).as("epoch lines of rewire run").isNotEmpty();
    if (mappableAfterEveryEpoch()) {
      assertThat(epochs)
          .as("every epoch maps onto the chip with no violation")
          .allMatch(l -> l.endsWith(", mappable"));
      assertThat(run.output()).contains("mappable: yes");
    }
  }

  /** The {@code plugin.properties} of a PF4J zip. */
  private static Properties descriptor(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry entry = file.getEntry("plugin.properties");
      assertThat(entry).as("plugin.properties at the top of %s", zip).isNotNull();
      Properties p = new Properties();
      try (InputStream in = file.getInputStream(entry)) {
        p.load(in);
      }
      return p;
    }
  }

  /** What one launch of Rewire did: its exit code and its output and errors, interleaved. */
  private record Run(int code, String output) {}

  private Run rewire(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                in.transferTo(out);
              } catch (IOException ignored) {
                // the process ended; what was read is kept
              }
            });
    reader.start();
    if (!process.waitFor(timeoutSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      reader.join();
      throw new AssertionError(
          String.join(" ", command) + " took more than " + timeoutSeconds() + " s:\n" + out);
    }
    reader.join();
    return new Run(process.exitValue(), out.toString(StandardCharsets.UTF_8));
  }
}
