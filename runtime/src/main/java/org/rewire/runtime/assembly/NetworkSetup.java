package org.rewire.runtime.assembly;

import org.rewire.api.HardwareTarget;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Layout;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentFileException;
import org.rewire.runtime.config.InputConfig;
import org.rewire.runtime.config.ModelConfig;
import org.rewire.runtime.engine.InputProjection;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.NeuronModels;
import org.rewire.runtime.engine.WeightQuantization;

/**
 * Fits an experiment's {@code model:} section to its target's layout and dataset: the network spec,
 * and the input channels binning must produce. {@link ExperimentAssembly#build} resolves the spec
 * with the components, before a run writes anything; {@code ExperimentCheck} fits it to what the
 * dataset's config declares, without data.
 */
public final class NetworkSetup {
  private NetworkSetup() {}

  /**
   * The binning settings with {@code channels: 0} resolved: with the core projection the network
   * takes exactly one channel per input neuron of the target, so that is the default.
   */
  public static InputConfig input(ModelConfig model, Layout layout) {
    InputConfig in = model.input();
    if (in.channels() != 0 || model.projection() != InputProjection.CORE) {
      return in;
    }
    return new InputConfig(
        in.steps(),
        in.duration(),
        null,
        layout.inputNeurons().length,
        in.reduce(),
        in.counts(),
        in.augment());
  }

  /**
   * The network spec of {@code e} on {@code target}: its layout, and the weight precisions the chip
   * states ({@link org.rewire.api.ChipConstraints#weights()}) as the spec's quantization, unless
   * {@code model.quantize} is false.
   *
   * @param channels the input channels the network takes (after binning's channel reduction)
   * @param classes the dataset's classes: the target must read exactly one output neuron each
   * @throws ExperimentFileException at {@code target.outputs} when the target reads another number
   *     of outputs than the dataset has classes, or at the {@code model} key the spec refuses
   */
  public static NetworkSpec spec(Experiment e, HardwareTarget target, int channels, int classes) {
    ModelConfig m = e.model();
    Layout layout = target.layout();
    WeightQuantization quantization =
        m.quantize()
            ? new WeightQuantization(target.constraints().weights())
            : WeightQuantization.NONE;
    if (layout.outputNeurons().length != classes) {
      throw new ExperimentFileException(
          e.locate("target", "outputs"),
          "target.outputs",
          "the target reads "
              + layout.outputNeurons().length
              + " output neurons but the dataset has "
              + classes
              + " classes; they must match");
    }
    try {
      return new NetworkSpec(
          layout,
          channels,
          m.projection(),
          NeuronModels.create(m.neuron(), m.neuronSettings()),
          m.rateLambda(),
          m.targetRate(),
          m.inputStd(),
          0.0,
          quantization);
    } catch (InvalidConfigException ex) {
      String field = ex.field().equals("channels") ? "input.channels" : ex.field();
      throw new ExperimentFileException(
          e.locate("model", field), "model." + field, ex.getMessage());
    }
  }
}
