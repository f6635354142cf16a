package org.rewire.runtime.train;

import java.nio.file.Path;
import java.util.Map;
import org.rewire.api.MappingReport;

/**
 * How a run ended.
 *
 * @param folder the run folder
 * @param epochs epochs trained
 * @param testAccuracy test accuracy after the last epoch (NaN when the dataset has no test split)
 * @param mapping the last epoch's mapping of the trained network onto the chip
 * @param seconds wall time of training
 * @param lastRow the last metrics row
 */
public record TrainingSummary(
    Path folder,
    int epochs,
    double testAccuracy,
    MappingReport mapping,
    double seconds,
    Map<String, Object> lastRow) {}
