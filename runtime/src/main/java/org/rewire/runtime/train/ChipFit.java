package org.rewire.runtime.train;

import java.util.List;
import org.rewire.api.ChipConstraints;
import org.rewire.api.HardwareTarget;
import org.rewire.api.NeuronCounts;
import org.rewire.api.NeuronLimits;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentFileException;

/**
 * The rules that tell, without data, that a target's constraints make an experiment impossible
 * ({@link HardwareTarget#constraints()}), each reported at the setting that causes it: more outputs
 * than the chip has (at {@code dataset.classes}, or {@code target.outputs} when set), a per-neuron
 * cap of 0 (at the target's key named after the cap, such as {@code target.fan_out}), a neuron
 * model the chip does not run (at {@code model.neuron}), a time constant the chip stores as a bit
 * shift that is not one ({@link BitShiftDecays}). A budget the caps cannot admit is the
 * sparsifier's to refuse, at its own key, when {@link ExperimentCheck} initialises it.
 */
final class ChipFit {
  private ChipFit() {}

  /**
   * Checks {@code experiment} against {@code target}, built as the run will build it.
   *
   * @param classes the classes the dataset declares (the outputs the network needs), or the
   *     target's own outputs when only the data can tell
   * @throws ExperimentFileException at the setting that cannot be met
   */
  static void check(Experiment experiment, HardwareTarget target, int classes) {
    ChipConstraints c = target.constraints();
    outputs(experiment, c, classes);
    NeuronLimits caps = c.perNeuron();
    zeroCap(experiment, "fan_out", caps.fanOut(), "no neuron could drive any other");
    zeroCap(experiment, "fan_out_cores", caps.fanOutCores(), "no neuron could reach any core");
    zeroCap(experiment, "fan_in", caps.fanIn(), "no neuron could receive a synapse");
    zeroCap(experiment, "fan_in_cores", caps.fanInCores(), "no neuron could hear any core");
    neuronModel(experiment, c);
  }

  private static void outputs(Experiment e, ChipConstraints c, int classes) {
    NeuronCounts most = c.neurons();
    if (classes > most.outputs()) {
      boolean declared = ExperimentAssembly.declaredClasses(e.dataset()).isPresent();
      String section = declared ? "dataset" : "target";
      String field = declared ? "classes" : "outputs";
      throw new ExperimentFileException(
          e.locate(section, field),
          section + "." + field,
          classes
              + " classes need "
              + classes
              + " output neurons; target '"
              + e.target().type()
              + "' has at most "
              + most.outputs());
    }
  }

  private static void zeroCap(Experiment e, String key, int cap, String consequence) {
    if (cap == 0) {
      throw new ExperimentFileException(
          e.locate("target", key),
          "target." + key,
          "a cap of 0 leaves no recurrent synapse to train (" + consequence + "); at least 1");
    }
  }

  private static void neuronModel(Experiment e, ChipConstraints c) {
    String model = e.model().neuron();
    List<String> runs = c.neuronModelNames();
    if (c.neuronModel(model).isEmpty()) {
      throw new ExperimentFileException(
          e.locate("model", "neuron"),
          "model.neuron",
          "target '"
              + e.target().type()
              + "' does not run neuron model '"
              + model
              + "'; it runs: "
              + String.join(", ", runs));
    }
    BitShiftDecays.check(e, e.target().type(), c.neuronModel(model).orElseThrow());
  }
}
