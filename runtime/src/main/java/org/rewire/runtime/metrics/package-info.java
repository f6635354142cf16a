/**
 * The metrics schema: every figure Rewire writes about training, declared once with its name,
 * {@link org.rewire.runtime.metrics.MetricType type}, unit and meaning. {@link
 * org.rewire.runtime.metrics.EpochMetrics} are the columns of an epoch's row ({@code metrics.csv},
 * {@code metrics.json}, checkpoints); {@link org.rewire.runtime.metrics.RunMetrics} the fields of a
 * run's {@code summary.json} and a sweep's {@code results.csv}. Metrics named at run time (memory
 * per element kind, a sparsifier's reports) are typed through a {@link
 * org.rewire.runtime.metrics.MetricFamily}. Code puts and reads values through a {@link
 * org.rewire.runtime.metrics.MetricsRow}, never by a bare string key, and the README's table of
 * metrics is {@link org.rewire.runtime.metrics.MetricsSchema#markdownTable()}, checked by a test.
 *
 * <p>This package depends on nothing else in the runtime, so training, reports and sweeps all use
 * it.
 */
package org.rewire.runtime.metrics;
