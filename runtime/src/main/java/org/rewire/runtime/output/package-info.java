/**
 * The run folder and what a run writes into it ({@link org.rewire.runtime.output.RunFolder}): the
 * resolved config, provenance ({@link org.rewire.runtime.output.Provenance}), the trained network
 * ({@link org.rewire.runtime.output.NetworkFile}). Every file is written to a temporary file and
 * renamed into place ({@link org.rewire.runtime.output.AtomicFiles}), so a crash never leaves a
 * half-written file under its final name.
 */
package org.rewire.runtime.output;
