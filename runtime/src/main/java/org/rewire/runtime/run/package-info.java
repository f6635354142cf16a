/**
 * Running an experiment: building its components from their providers ({@link
 * org.rewire.runtime.run.ExperimentAssembly}) and the run folder that records what ran ({@link
 * org.rewire.runtime.run.RunFolder}): resolved config, provenance, metrics, reports. Every file in
 * a run folder is written to a temporary file and renamed into place, so a crash never leaves a
 * half-written file under its final name.
 */
package org.rewire.runtime.run;
