/**
 * The Rewire service-provider interface: the extension points a plugin implements and the small
 * immutable value types they exchange.
 *
 * <p>Three kinds of plugin exist, each found through a provider interface:
 *
 * <ul>
 *   <li>{@link org.rewire.api.HardwareTargetProvider} builds a {@link
 *       org.rewire.api.HardwareTarget}: where neurons sit, how far apart their cores are, how a
 *       network maps onto the chip and what it costs in memory.
 *   <li>{@link org.rewire.api.SparsifierProvider} builds a {@link org.rewire.api.Sparsifier}: which
 *       connections exist, decided during training.
 *   <li>{@link org.rewire.api.DatasetProvider} builds a {@link org.rewire.api.SpikeDataset}: spike
 *       events and labels; binning into time steps is the runtime's job.
 * </ul>
 *
 * <p>A sparsifier with state of its own also implements {@link org.rewire.api.ResumableSparsifier},
 * so a run's checkpoint holds it and the run can resume.
 *
 * <p>A provider names the YAML {@code type:} it answers to and the config record its YAML section
 * binds to. Providers register in {@code META-INF/services/<provider interface>}; the same jar
 * works on the class path and, packaged as a PF4J plugin, from a plugins folder.
 *
 * <p>This module depends on nothing but Jackson's annotations, so a third party compiles against it
 * alone. It is versioned by {@link org.rewire.api.ApiVersion}; plugins declare the range they need.
 */
package org.rewire.api;
