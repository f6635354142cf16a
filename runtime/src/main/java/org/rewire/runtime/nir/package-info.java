/**
 * Interoperability with the Neuromorphic Intermediate Representation (NIR; Pedersen et al. 2024,
 * Nat. Commun. 15:8122; github.com/neuromorphs/NIR): NIR's HDF5 layout ({@link NirFile}, through
 * jHDF), a trained network as one recurrent LIF or CubaLIF population ({@link NirPopulation}) in
 * NIR's continuous-time terms ({@link NetworkExport}, {@link GraphExport}), and graphs written by
 * Rewire or other libraries read back and placed on a target's layout for mapping and evaluation
 * ({@link GraphImport}, {@link Placement}, {@link NetworkImport}). Uses {@code engine} and {@code
 * output}; {@code cli} uses it.
 */
package org.rewire.runtime.nir;
