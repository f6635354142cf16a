/**
 * The Mosaic hardware target (Dalgaty et al. 2024; Weber, Ballet, Payvand 2024): neuron tiles on a
 * grid with R0 and R1 routers between them.
 *
 * <ul>
 *   <li>{@link org.rewire.mosaic.TileGrid}: geometry and hop distance;
 *   <li>{@link org.rewire.mosaic.OneTurnRouter}: the path of one neuron-to-tile line;
 *   <li>{@link org.rewire.mosaic.PortLoads}: lines per port, shared within a source neuron's
 *       multicast tree;
 *   <li>{@link org.rewire.mosaic.MemoryModel}: memory devices per tile type from port widths;
 *   <li>{@link org.rewire.mosaic.RandomProfileNetworks}: random networks with a hop profile, drawn
 *       as routing-aware DeepR initialises them (the memory proxy's sampler);
 *   <li>{@link org.rewire.mosaic.MosaicTarget}: all of the above behind the api's {@code
 *       HardwareTarget}.
 * </ul>
 *
 * <p>Where the paper and its code are silent, choices are documented on the class that makes them
 * (for example how an R1 router's port fed by a neuron tile counts). Limits: one tile size for the
 * whole chip; neurons sit on tiles in index order; no placement optimisation.
 */
package org.rewire.mosaic;
