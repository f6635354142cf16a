/**
 * From spike events to network input: binning into time steps, channel reduction, splits, and the
 * in-memory cache of binned samples that later epochs reuse.
 */
package org.rewire.runtime.data;
