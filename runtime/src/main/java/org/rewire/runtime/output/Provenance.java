package org.rewire.runtime.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.rewire.api.ApiVersion;
import org.rewire.runtime.BuildInfo;
import org.rewire.runtime.config.ComponentSpec;
import org.rewire.runtime.config.Experiment;

/**
 * What a result was made with, so it can be reproduced from its own metadata: Rewire's version and
 * commit, the plugins (type, plugin, version, location), the seed and overrides, the JDK and
 * machine, and the git commit of the folder holding the experiment file, if it is in a repository.
 *
 * <p>{@code requestedConfigDigest} is the digest of the experiment as it was asked for (file and
 * overrides, defaults filled in), before the run derived settings from its data and chip into
 * {@code config.yaml}: a sweep compares it to decide whether a run folder holds the run it would
 * start now.
 */
public record Provenance(
    String rewireVersion,
    String rewireCommit,
    String apiVersion,
    String experimentFile,
    String experimentCommit,
    String requestedConfigDigest,
    long seed,
    List<String> overrides,
    List<Map<String, String>> plugins,
    Map<String, String> dataset,
    Map<String, String> jvm,
    String startedAt) {

  /** The file name in a run folder. */
  public static final String NAME = "provenance.json";

  /**
   * The provenance of running {@code experiment} now.
   *
   * @param requestedConfigDigest the digest of {@code experiment} as requested
   */
  public static Provenance of(
      Experiment experiment,
      String requestedConfigDigest,
      List<String> overrides,
      Map<String, String> datasetProvenance) {
    List<Map<String, String>> plugins = new ArrayList<>();
    for (ComponentSpec spec :
        List.of(experiment.dataset(), experiment.target(), experiment.sparsifier())) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("section", spec.provider().kind().section());
      p.put("type", spec.type());
      p.put("plugin", spec.provider().origin().plugin());
      p.put("version", spec.provider().origin().version());
      p.put("location", spec.provider().origin().location());
      plugins.add(p);
    }
    Map<String, String> jvm = new LinkedHashMap<>();
    for (String key :
        List.of("java.version", "java.vendor", "java.vm.name", "os.name", "os.arch")) {
      jvm.put(key, System.getProperty(key));
    }
    jvm.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    BuildInfo build = BuildInfo.CURRENT;
    return new Provenance(
        build.version(),
        build.commit() + (build.dirty() ? " (dirty)" : ""),
        ApiVersion.CURRENT,
        experiment.file().toAbsolutePath().toString(),
        gitCommit(experiment.file().toAbsolutePath().getParent()),
        requestedConfigDigest,
        experiment.seed(),
        List.copyOf(overrides),
        plugins,
        Map.copyOf(datasetProvenance),
        jvm,
        Instant.now().toString());
  }

  /**
   * The string field {@code name} of the {@code provenance.json} in {@code folder}; empty if the
   * file, the field or a string there is missing, or the file does not read.
   */
  public static Optional<String> field(Path folder, String name) {
    try {
      JsonNode value = RunFolder.JSON.readTree(folder.resolve(NAME).toFile()).get(name);
      return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code HEAD} of the repository holding {@code dir}, with "(dirty)" if it has changes; or
   * "none".
   */
  static String gitCommit(Path dir) {
    String head = git(dir, "rev-parse", "HEAD");
    if (head == null || head.isEmpty()) {
      return "none";
    }
    String status = git(dir, "status", "--porcelain", "--untracked-files=no");
    return status != null && !status.isEmpty() ? head + " (dirty)" : head;
  }

  private static String git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return null;
      }
      return new String(out, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
