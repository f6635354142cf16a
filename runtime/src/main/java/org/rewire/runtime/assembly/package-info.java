/**
 * Building an experiment's components from their providers, in order (dataset, target, sparsifier),
 * and resolving everything a run needs from them before anything is written ({@link
 * org.rewire.runtime.assembly.ExperimentAssembly}): the settings each provider derived, the
 * network's input channels and the network spec ({@link org.rewire.runtime.assembly.NetworkSetup}),
 * all held in {@link org.rewire.runtime.assembly.Components}. A provider's {@link
 * org.rewire.api.InvalidConfigException} is the user's mistake, located at its key; anything else
 * it throws is the plugin's fault ({@link org.rewire.runtime.assembly.ComponentFailureException}).
 */
package org.rewire.runtime.assembly;
