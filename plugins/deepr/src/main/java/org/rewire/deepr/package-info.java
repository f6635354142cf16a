/**
 * Sparsifiers: which recurrent synapses exist during training. {@code none} keeps every allowed
 * synapse (dense training); DeepR, routing-aware DeepR and the Mosaic hop-penalty baseline follow
 * the paper's sections 2 to 4. Each works against any hardware target through the api (layout and
 * hop distance), never against a particular chip's classes.
 */
package org.rewire.deepr;
