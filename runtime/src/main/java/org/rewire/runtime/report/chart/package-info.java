/**
 * A small chart drawer shared by every picture Rewire draws from numbers: learning curves of a run
 * ({@code curves.png}) and the accuracy-vs-memory report of sweeps. A {@link
 * org.rewire.runtime.report.chart.Chart} is one or more {@link
 * org.rewire.runtime.report.chart.Panel panels}, each with a linear or logarithmic x axis, a linear
 * y axis and {@link org.rewire.runtime.report.chart.Series series} of markers (with optional error
 * bars, filled or hollow) and a line. Drawing is headless and deterministic: the same panels give
 * the same PNG bytes on the same JDK.
 */
package org.rewire.runtime.report.chart;
