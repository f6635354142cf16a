package org.rewire.runtime.assembly;

import org.rewire.api.HardwareTarget;
import org.rewire.api.Sparsifier;
import org.rewire.api.SpikeDataset;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.engine.NetworkSpec;

/**
 * The components an experiment's providers built, and everything resolved from them: all a run
 * needs before it writes its first file.
 *
 * @param dataset the dataset
 * @param target the hardware target
 * @param sparsifier the sparsifier
 * @param network the network the run trains on the target: its input channels and readout fitted to
 *     the dataset, the model's constants ({@link NetworkSetup#spec})
 * @param resolved the experiment with every setting the build derived written out (the dataset's
 *     classes and absolute data paths, the target's outputs, the network's input channels, ...):
 *     what the run folder's {@code config.yaml} holds, which builds the same components anywhere
 */
public record Components(
    SpikeDataset dataset,
    HardwareTarget target,
    Sparsifier sparsifier,
    NetworkSpec network,
    Experiment resolved) {}
