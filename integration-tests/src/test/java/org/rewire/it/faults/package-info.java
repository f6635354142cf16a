/**
 * Plugins that fail on purpose ({@code type: it-faulty} dataset, target and sparsifier, each told
 * by {@code fail:} at which stage to throw) and the tests that a fault fails only its own run, with
 * one line naming the plugin.
 */
package org.rewire.it.faults;
