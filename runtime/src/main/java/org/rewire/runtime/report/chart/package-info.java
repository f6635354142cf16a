/**
 * Charts drawn with XChart, shared by every picture Rewire draws from numbers: learning curves of a
 * run ({@code curves.png}) and the accuracy-vs-memory and accuracy-vs-synapses charts of sweep
 * reports. Callers describe what to show as plain records: a {@link
 * org.rewire.runtime.report.chart.Chart} is one or more {@link
 * org.rewire.runtime.report.chart.Panel panels}, each with a linear or logarithmic x axis, a y axis
 * and {@link org.rewire.runtime.report.chart.Series series} of {@link
 * org.rewire.runtime.report.chart.Mark marks} (with optional error bars, filled or hollow, and an
 * optional label) and a line. {@code PanelChart} turns a panel into an XChart {@code XYChart};
 * XChart places the ticks and draws the axes, grid, lines, markers, error bars and legend.
 *
 * <p>Ours on top of XChart, because XChart lacks it: hollow markers ({@code OutlinedMarker}), short
 * tick labels with k/M/G and the choice of labelled log ticks ({@code TickLabels}), axis spans kept
 * within bounds with room around a single value ({@code AxisSpan}), mark labels placed where they
 * cover nothing ({@code LabelPlacement}, {@code MarkLabels}) and handed to XChart as annotations
 * ({@code SeriesLabel}), and panels composed with their notes under a title ({@code Chart}).
 * Drawing is headless and deterministic: the same panels give the same PNG bytes on the same JDK.
 *
 * <p>Limits: XChart's error bars are 1 pixel wide with 6-pixel caps; with two or three evenly
 * spaced x values XChart puts its ticks at those values rather than at round numbers.
 */
package org.rewire.runtime.report.chart;
