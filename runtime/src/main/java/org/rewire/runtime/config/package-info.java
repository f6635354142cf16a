/**
 * Experiments in YAML. An experiment file has the sections {@code name}, {@code seed}, {@code
 * dataset}, {@code model}, {@code target}, {@code sparsifier}, {@code training} and {@code output};
 * the plugin-owned ones ({@code dataset}, {@code target}, {@code sparsifier}) carry a {@code type:}
 * that picks the provider, and the rest of the section binds to that provider's config record.
 *
 * <p>Reading is two-phase: the file is parsed once into a tree that remembers the line and column
 * of every key and value ({@link org.rewire.runtime.config.LocatedTree}); {@code --set} overrides
 * are applied to that tree; then each section is bound with one strict Jackson mapper ({@link
 * org.rewire.runtime.config.StrictMapper}). Every error, whatever the layer that finds it, is
 * reported as {@code file:line:col path: message} ({@link
 * org.rewire.runtime.config.ExperimentFileException}). Commands that need one component alone
 * ({@code rewire estimate}) read just its section ({@link
 * org.rewire.runtime.config.ExperimentReader#readSection}), with the same error locations.
 */
package org.rewire.runtime.config;
