package org.rewire.runtime.run;

import org.rewire.api.HardwareTarget;
import org.rewire.api.Sparsifier;
import org.rewire.api.SpikeDataset;

/** The components an experiment's providers built. */
public record Components(SpikeDataset dataset, HardwareTarget target, Sparsifier sparsifier) {}
