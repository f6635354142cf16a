package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./rewire} launcher's JVM options: a default heap cap (so a run of a shipped experiment
 * stays within a laptop's memory) that gives way to any heap size the user sets, and the Parallel
 * collector unless the user chooses one. The launcher is copied into a folder that looks built (so
 * it does not start Maven) and run with a {@code java} that prints its arguments.
 */
class LauncherTest {
  static final Path LAUNCHER = Path.of("..", "rewire");
  static final String DEFAULT_HEAP = "-Xmx1536m";
  static final String DEFAULT_GC = "-XX:+UseParallelGC";

  @TempDir Path root;

  @BeforeEach
  void aBuiltCopyWithAJavaThatPrintsItsArguments() throws IOException {
    Files.copy(LAUNCHER, root.resolve("rewire"), StandardCopyOption.COPY_ATTRIBUTES);
    Path dist = Files.createDirectories(root.resolve("integration-tests/target/rewire"));
    Files.writeString(dist.resolve(".built"), "");
    Path java = Files.createDirectories(root.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    java.toFile().setExecutable(true);
  }

  @Test
  void capsTheHeapByDefault() throws Exception {
    List<String> args = javaArguments(Map.of());
    assertThat(args).containsOnlyOnce(DEFAULT_HEAP);
    assertThat(args.indexOf(DEFAULT_HEAP)).isLessThan(args.indexOf("org.rewire.runtime.cli.Main"));
    assertThat(args.subList(args.indexOf("org.rewire.runtime.cli.Main") + 1, args.size()))
        .containsExactly("run", "x.yaml");
  }

  @Test
  void otherJvmOptionsKeepTheDefaultHeap() throws Exception {
    assertThat(javaArguments(Map.of("REWIRE_JAVA_OPTS", "-Xlog:gc -Dx=y")))
        .contains(DEFAULT_HEAP, "-Xlog:gc", "-Dx=y");
  }

  @Test
  void aHeapSetInRewireJavaOptsReplacesTheDefault() throws Exception {
    List<String> args = javaArguments(Map.of("REWIRE_JAVA_OPTS", "-Dx=y -Xmx4g"));
    assertThat(args).contains("-Xmx4g").doesNotContain(DEFAULT_HEAP);
  }

  @Test
  void aHeapSizedAsAShareOfMemoryReplacesTheDefault() throws Exception {
    assertThat(javaArguments(Map.of("REWIRE_JAVA_OPTS", "-XX:MaxRAMPercentage=50")))
        .noneMatch(a -> a.startsWith("-Xmx"));
    assertThat(javaArguments(Map.of("REWIRE_JAVA_OPTS", "-XX:MaxHeapSize=3g")))
        .noneMatch(a -> a.startsWith("-Xmx"));
  }

  @Test
  void aHeapSetForEveryJvmReplacesTheDefault() throws Exception {
    // The java launcher reads these itself, before the command line that would override them.
    assertThat(javaArguments(Map.of("JDK_JAVA_OPTIONS", "-Xmx3g")))
        .noneMatch(a -> a.startsWith("-Xmx"));
    assertThat(javaArguments(Map.of("JAVA_TOOL_OPTIONS", "-Xmx3g")))
        .noneMatch(a -> a.startsWith("-Xmx"));
  }

  @Test
  void usesTheParallelCollectorUnlessTheOptionsChooseOne() throws Exception {
    List<String> args = javaArguments(Map.of());
    assertThat(args).containsOnlyOnce(DEFAULT_GC);
    assertThat(args.indexOf(DEFAULT_GC)).isLessThan(args.indexOf("org.rewire.runtime.cli.Main"));
    assertThat(javaArguments(Map.of("REWIRE_JAVA_OPTS", "-Xlog:gc"))).contains(DEFAULT_GC);
    assertThat(javaArguments(Map.of("REWIRE_JAVA_OPTS", "-XX:+UseG1GC")))
        .contains("-XX:+UseG1GC")
        .doesNotContain(DEFAULT_GC);
    assertThat(javaArguments(Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC")))
        .doesNotContain(DEFAULT_GC);
    // options that name GC settings but no collector keep the default
    assertThat(javaArguments(Map.of("REWIRE_JAVA_OPTS", "-XX:+UseNUMA -XX:MaxGCPauseMillis=50")))
        .contains(DEFAULT_GC);
    assertThat(javaArguments(Map.of("REWIRE_JAVA_OPTS", "-XX:+UseGCOverheadLimit")))
        .contains(DEFAULT_GC);
  }

  /** The arguments {@code ./rewire run x.yaml} passes to java, under {@code env}. */
  private List<String> javaArguments(Map<String, String> env) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", root.resolve("rewire").toString(), "run", "x.yaml")
            .redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeAll(List.of("REWIRE_JAVA_OPTS", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS"));
    environment.put("JAVA_HOME", root.resolve("jdk").toString());
    environment.putAll(env);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text.lines().toList();
  }
}
