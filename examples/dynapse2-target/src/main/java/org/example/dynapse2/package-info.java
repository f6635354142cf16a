/**
 * An example third-party hardware target, {@code type: dynapse2}, modelled on the published
 * DYNAP-SE2 limits (Rockpool's DYNAP-SE2 defaults): up to 4 chips of 4 cores of 256 neurons; each
 * neuron's incoming synapses are CAM entries (64), its destination cores SRAM entries (4); each chip
 * has 2048 tags; each weight is one of its core's 16 combinations of 4 shared base weights. No hop
 * distances: a plain {@link org.rewire.api.HardwareTarget}. Built against {@code rewire-api} alone,
 * checked with {@code rewire-testkit}, packaged as a PF4J plugin zip.
 */
package org.example.dynapse2;
