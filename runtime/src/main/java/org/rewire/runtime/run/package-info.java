/**
 * One run of an experiment, as {@code rewire run} and every run of a sweep do it ({@link
 * org.rewire.runtime.run.ExperimentRun}): resolve every component and the network, bin the data,
 * and only then create the run folder, train, and mark the run complete. The top of the runtime's
 * layers: it uses {@code assembly}, {@code train}, {@code report} and {@code output}, and only the
 * command line and sweeps use it.
 */
package org.rewire.runtime.run;
