package org.rewire.runtime.train;

import java.nio.file.Path;
import org.rewire.api.MappingReport;

/**
 * How a run ended.
 *
 * @param folder the run folder
 * @param epochs epochs trained
 * @param selection the epoch whose figures the run reports (the best validation epoch, or the last)
 * @param mapping the last epoch's mapping of the trained network onto the chip
 * @param seconds wall time of training
 */
public record TrainingSummary(
    Path folder, int epochs, EpochSelection selection, MappingReport mapping, double seconds) {}
