/**
 * Plugin discovery: built-in providers from the class path (ServiceLoader) and external plugins
 * from a plugins folder (PF4J, each in its own class loader, API version checked). The result is a
 * {@link org.rewire.runtime.plugin.ProviderRegistry}, the one place the rest of the runtime asks
 * for a provider by kind and type.
 *
 * <p>Limits: plugins cannot depend on each other's classes (each sees the api and its own jars),
 * and a plugin zip is extracted once per content hash into the cache folder, never next to the zip.
 */
package org.rewire.runtime.plugin;
