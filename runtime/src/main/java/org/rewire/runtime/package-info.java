/**
 * The Rewire runtime: discovers plugins, reads experiments, builds their components and runs them.
 * Sub-packages: {@code plugin} (discovery), {@code config} (YAML experiments), {@code run}
 * (building and the run folder), {@code cli} (the command line).
 */
package org.rewire.runtime;
