/**
 * From spike events to network input: binning into time steps, channel reduction, splits, and the
 * in-memory cache of binned samples that later epochs reuse. Samples are binned into the engine's
 * input format ({@link org.rewire.runtime.engine.BinnedSample}), so this package uses the engine,
 * never the reverse.
 */
package org.rewire.runtime.data;
