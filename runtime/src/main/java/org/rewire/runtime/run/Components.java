package org.rewire.runtime.run;

import org.rewire.api.HardwareTarget;
import org.rewire.api.Sparsifier;
import org.rewire.api.SpikeDataset;
import org.rewire.runtime.config.Experiment;

/**
 * The components an experiment's providers built.
 *
 * @param dataset the dataset
 * @param target the hardware target
 * @param sparsifier the sparsifier
 * @param resolved the experiment with every setting the build derived written out (the dataset's
 *     classes and absolute data paths, the target's outputs, the network's input channels, ...):
 *     what the run folder's {@code config.yaml} holds, which builds the same components anywhere
 */
public record Components(
    SpikeDataset dataset, HardwareTarget target, Sparsifier sparsifier, Experiment resolved) {}
