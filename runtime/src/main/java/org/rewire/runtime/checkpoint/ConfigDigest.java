package org.rewire.runtime.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.StrictMapper;
import org.rewire.runtime.engine.NeuronModels;

/**
 * What makes two runs the same run: the resolved config without the sections that do not change
 * results (the output folder, and {@code training.threads}, as the engine's results do not depend
 * on the thread count). A checkpoint carries the SHA-256 of this form, so it is only resumed into
 * the config that wrote it; a sweep compares it to decide whether a finished run is still current.
 *
 * <p>Keys added to the resolved config after run folders were first written compare equal to their
 * absence when they hold the value that reproduces the older runs ({@code model.neuron: lif},
 * {@code model.learn_tau: false}), so a finished run or a checkpoint of an older version is still
 * recognised.
 */
public final class ConfigDigest {
  private static final JsonMapper CANONICAL =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private ConfigDigest() {}

  /** The digest of {@code experiment}'s resolved config, as lowercase hex. */
  public static String of(Experiment experiment) {
    try {
      return of(StrictMapper.yaml().writeValueAsString(experiment.resolved()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The digest of a resolved config written as YAML (a run folder's {@code config.yaml}). */
  public static String of(String resolvedYaml) throws IOException {
    // A map-sorted tree written compactly: the same config always gives the same bytes.
    Object sorted = CANONICAL.treeToValue(comparable(resolvedYaml), Object.class);
    byte[] canonical = CANONICAL.writeValueAsString(sorted).getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A resolved config read back from YAML without the output section, the thread count, the default
   * neuron model and fixed time constants, so configs read from files and made in memory, by this
   * version or an older one, compare equal when they would give the same results.
   */
  public static JsonNode comparable(String resolvedYaml) throws IOException {
    ObjectNode root = (ObjectNode) StrictMapper.yaml().readTree(resolvedYaml);
    root.remove("output");
    if (root.get("training") instanceof ObjectNode training) {
      training.remove("threads");
    }
    if (root.get("model") instanceof ObjectNode model) {
      // Older versions knew no other model and no learned time constants, and wrote no key.
      if (NeuronModels.DEFAULT.equals(model.path("neuron").textValue())) {
        model.remove("neuron");
      }
      if (model.path("learn_tau").isBoolean() && !model.path("learn_tau").booleanValue()) {
        model.remove("learn_tau");
      }
    }
    return root;
  }
}
