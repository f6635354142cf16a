/**
 * {@code rewire report}: sweep folders read back ({@link
 * org.rewire.runtime.report.sweep.SweepFolder}), finished runs grouped into points over seeds
 * ({@link org.rewire.runtime.report.sweep.PointSet}) with 95 % Student-t intervals ({@link
 * org.rewire.runtime.report.sweep.MeanInterval}, quantiles from Apache Commons Statistics), each
 * series' {@link org.rewire.runtime.report.sweep.ParetoFront}, and series compared at equal memory
 * and equal accuracy ({@link org.rewire.runtime.report.sweep.FrontComparison}); {@link
 * org.rewire.runtime.report.sweep.SweepReport} writes the Markdown table, a CSV and two charts.
 *
 * <p>Limits: points are compared on their mean accuracy; the intervals are shown, not used in the
 * comparison. Fronts are never extrapolated, so series whose memory ranges do not overlap are
 * reported as such rather than compared.
 */
package org.rewire.runtime.report.sweep;
