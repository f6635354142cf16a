/**
 * Reports a person reads: a mapped chip as a PNG picture ({@link
 * org.rewire.runtime.report.ChipPicture}) and as JSON ({@link
 * org.rewire.runtime.report.MappingReportJson}), and a run's learning curves ({@link
 * org.rewire.runtime.report.LearningCurves}, drawn with XChart through the shared {@link
 * org.rewire.runtime.report.chart chart} package). The chip picture stays Java2D drawn by hand: it
 * marks each port on the side of its element it faces, which a chart library's heat map does not.
 * They work from the api's {@code MappingReport} and the run's own files alone, so they draw any
 * hardware target whose elements carry grid positions. Reports over sweeps are in {@link
 * org.rewire.runtime.report.sweep}.
 */
package org.rewire.runtime.report;
