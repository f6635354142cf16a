/**
 * The Rewire runtime: discovers plugins, reads experiments, builds their components and runs them.
 * Sub-packages, lowest layer first, each using only those before it (no package cycles, as {@code
 * PackageCyclesTest} in the integration tests checks): {@code engine} (the spiking network and its
 * training), {@code plugin} (discovery), {@code config} (YAML experiments), {@code data} (binning
 * spike events into the engine's samples), {@code assembly} (building the components and resolving
 * the network), {@code output} (the run folder), {@code nir} (NIR graphs: export and import),
 * {@code checkpoint}, {@code report}, {@code train} (the epoch loop), {@code run} (one run of an
 * experiment), {@code sweep} (many runs and the executors that run them), {@code cli} (the command
 * line).
 */
package org.rewire.runtime;
