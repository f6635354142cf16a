package org.rewire.runtime.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * A bound, validated experiment.
 *
 * @param file the experiment file
 * @param name the experiment's name (default: the file name without extension)
 * @param seed the seed every random stream of the run derives from
 * @param dataset the {@code dataset:} section
 * @param model the {@code model:} section
 * @param target the {@code target:} section
 * @param sparsifier the {@code sparsifier:} section
 * @param training the {@code training:} section
 * @param output the {@code output:} section
 * @param source the parsed file, for locating later errors
 */
public record Experiment(
    Path file,
    String name,
    long seed,
    ComponentSpec dataset,
    ModelConfig model,
    ComponentSpec target,
    ComponentSpec sparsifier,
    TrainingConfig training,
    OutputConfig output,
    LocatedTree source) {

  /**
   * Where {@code section.field} (dotted) is written, for errors found after binding; the section
   * itself when the key is not written out.
   */
  public SourceLocation locate(String section, String field) {
    String pointer = "/" + section + (field.isEmpty() ? "" : "/" + field.replace('.', '/'));
    return source.keyLocation(pointer);
  }

  /**
   * This experiment with other sections, as a run resolves them (settings derived from the data and
   * the chip written out); file, name, seed, training, output and source stay.
   */
  public Experiment withSections(
      ComponentSpec dataset, ModelConfig model, ComponentSpec target, ComponentSpec sparsifier) {
    return new Experiment(
        file, name, seed, dataset, model, target, sparsifier, training, output, source);
  }

  /** This experiment with another {@code training:} section; everything else stays. */
  public Experiment withTraining(TrainingConfig training) {
    return new Experiment(
        file, name, seed, dataset, model, target, sparsifier, training, output, source);
  }

  /** This experiment as if read from {@code file}: relative paths resolve against its folder. */
  public Experiment withFile(Path file) {
    return new Experiment(
        file, name, seed, dataset, model, target, sparsifier, training, output, source);
  }

  /**
   * The experiment with every default filled in, as a tree that reads back to an equal experiment:
   * what the run folder's {@code config.yaml} holds.
   */
  public ObjectNode resolved() {
    ObjectNode root = StrictMapper.binder().createObjectNode();
    root.put("name", name);
    root.put("seed", seed);
    root.set("dataset", component(dataset));
    root.set("model", StrictMapper.binder().valueToTree(model));
    root.set("target", component(target));
    root.set("sparsifier", component(sparsifier));
    root.set("training", StrictMapper.binder().valueToTree(training));
    root.set("output", StrictMapper.binder().valueToTree(output));
    return root;
  }

  private static ObjectNode component(ComponentSpec spec) {
    ObjectNode node = StrictMapper.binder().createObjectNode();
    node.put("type", spec.type());
    node.setAll((ObjectNode) StrictMapper.binder().valueToTree(spec.config()));
    return node;
  }
}
