package org.rewire.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.rewire.runtime.config.Describe;
import org.rewire.runtime.config.ExperimentFileException;
import org.rewire.runtime.config.LocatedTree;

/**
 * Reads a sweep file's {@code slurm:} section strictly into {@link SlurmSettings}: unknown keys,
 * wrong types, a malformed memory size or time limit are errors at their {@code file:line:col}.
 *
 * <pre>
 * slurm:
 *   partition: cpu
 *   cpus_per_task: 4
 *   memory: 8G
 *   time: "02:00:00"
 *   max_parallel: 20
 *   sbatch_args: [--account=lab, --qos=normal]
 * </pre>
 */
final class SlurmSection {
  static final String KEY = "slurm";
  private static final String AT = "/" + KEY;
  private static final List<String> KEYS =
      List.of("partition", "cpus_per_task", "memory", "time", "max_parallel", "sbatch_args");

  private final LocatedTree tree;

  private SlurmSection(LocatedTree tree) {
    this.tree = tree;
  }

  /**
   * The settings of {@code tree}'s {@code slurm:} section, or {@link SlurmSettings#DEFAULTS} when
   * it has none.
   *
   * @throws ExperimentFileException on a mistake, at its location
   */
  static SlurmSettings read(LocatedTree tree) {
    return new SlurmSection(tree).bind();
  }

  private SlurmSettings bind() {
    JsonNode section = tree.root().get(KEY);
    if (section == null) {
      return SlurmSettings.DEFAULTS;
    }
    if (!section.isObject()) {
      throw error(AT, "expected a mapping of " + String.join(", ", KEYS));
    }
    for (Iterator<String> it = section.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new ExperimentFileException(
            tree.keyLocation(AT + "/" + key),
            KEY + "." + key,
            "unknown key '" + key + "'; expected one of: " + String.join(", ", KEYS));
      }
    }
    String memory = text("memory");
    if (memory != null && SlurmSettings.memoryProblem(memory) != null) {
      throw error(AT + "/memory", SlurmSettings.memoryProblem(memory));
    }
    String time = text("time");
    if (time != null && SlurmSettings.timeProblem(time) != null) {
      throw error(AT + "/time", SlurmSettings.timeProblem(time));
    }
    return new SlurmSettings(
        text("partition"),
        positive("cpus_per_task"),
        memory,
        time,
        positive("max_parallel"),
        arguments());
  }

  /** A string, or an integer written as one (a bare {@code time: 90}); null when absent. */
  private String text(String key) {
    JsonNode node = tree.at(AT + "/" + key);
    if (node.isMissingNode()) {
      return null;
    }
    if (!(node.isTextual() || node.canConvertToInt()) || node.asText().isBlank()) {
      throw error(AT + "/" + key, "expected a non-empty string, got " + Describe.node(node));
    }
    return node.asText();
  }

  private int positive(String key) {
    JsonNode node = tree.at(AT + "/" + key);
    if (node.isMissingNode()) {
      return 0;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
      throw error(AT + "/" + key, "expected an integer >= 1, got " + Describe.node(node));
    }
    return node.asInt();
  }

  private List<String> arguments() {
    JsonNode node = tree.at(AT + "/sbatch_args");
    List<String> args = new ArrayList<>();
    if (node.isMissingNode()) {
      return args;
    }
    if (!node.isArray()) {
      throw error(
          AT + "/sbatch_args",
          "expected a list of sbatch arguments such as [--account=lab], got "
              + Describe.node(node));
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode arg = node.get(i);
      if (!arg.isTextual()) {
        throw error(
            AT + "/sbatch_args/" + i,
            "expected an sbatch option such as --account=lab, got " + Describe.node(arg));
      }
      String problem = SlurmSettings.argumentProblem(arg.asText());
      if (problem != null) {
        throw error(AT + "/sbatch_args/" + i, problem);
      }
      args.add(arg.asText());
    }
    return args;
  }

  private ExperimentFileException error(String pointer, String problem) {
    return new ExperimentFileException(
        tree.valueLocation(pointer), pointer.substring(1).replace('/', '.'), problem);
  }
}
