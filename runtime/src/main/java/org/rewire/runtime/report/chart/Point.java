package org.rewire.runtime.report.chart;

/** A vertex of a series' line. */
public record Point(double x, double y) {}
