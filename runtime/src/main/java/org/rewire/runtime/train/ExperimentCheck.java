package org.rewire.runtime.train;

import java.nio.file.Path;
import org.rewire.api.HardwareTarget;
import org.rewire.api.Layout;
import org.rewire.api.Sparsifier;
import org.rewire.runtime.assembly.DefaultBuildContext;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.assembly.NetworkSetup;
import org.rewire.runtime.checkpoint.SavableRandom;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.SpikingNetwork;

/**
 * Every rule of an experiment that needs no data, checked by the code a run uses, in the order a
 * run meets them: the target built from its section with the classes and channels the dataset's
 * config declares (outputs that do not fit, ...); the sparsifier built on that target (a hop
 * profile at distances the chip does not have, a hop-based sparsifier on a chip without hops, ...);
 * the target's constraints against the experiment ({@link ChipFit}: more classes than the chip has
 * outputs, a per-neuron cap of 0, a neuron model the chip does not run); the model fitted to the
 * chip (input channels against the target's input neurons, outputs against the declared classes);
 * the sparsifier initialising the network it would train (budgets the chip or its caps cannot hold,
 * ...). {@code rewire validate}, {@code rewire run} (before it loads data) and {@code rewire sweep}
 * (for every run, before any runs) apply it, so a mistake is reported the same way, at its key,
 * whichever command meets it first.
 *
 * <p>What depends on the data is left to the run: the classes and channels of a dataset whose
 * config does not declare them (the target is built as for one class), and the data files
 * themselves.
 */
public final class ExperimentCheck {
  private ExperimentCheck() {}

  /**
   * Checks {@code experiment}.
   *
   * @return the target as the run will build it, when the dataset declares its classes (else with
   *     the target's own default outputs)
   * @throws org.rewire.runtime.config.ExperimentFileException on a mistake, at its key
   * @throws org.rewire.runtime.assembly.ComponentFailureException when a plugin fails
   */
  public static HardwareTarget check(Experiment experiment, Path cacheDirectory) {
    DefaultBuildContext context = ExperimentAssembly.dataFreeContext(experiment, cacheDirectory);
    HardwareTarget target = ExperimentAssembly.target(experiment, context);
    Sparsifier sparsifier = ExperimentAssembly.sparsifier(experiment, context.withTarget(target));
    Layout layout = target.layout();
    // Unknown until the data is read: these rules then take counts that pass them (the chip's
    // outputs; one channel, which only the dense projection uses and any count satisfies).
    int classes =
        ExperimentAssembly.declaredClasses(experiment.dataset()).isPresent()
            ? context.classes().getAsInt()
            : layout.outputNeurons().length;
    int channels = experiment.model().networkChannels(layout, context.inputs().orElse(1));
    NetworkSpec spec = NetworkSetup.spec(experiment, target, channels, classes);
    ChipFit.check(experiment, target, classes);
    SavableRandom seeds = new SavableRandom(experiment.seed());
    SpikingNetwork network = TrainingSession.unconnected(spec, seeds.split());
    new SparsifierHooks(
            experiment, sparsifier, network, new RunRewiringContext(target, seeds.split()))
        .initialize();
    return target;
  }
}
