/**
 * Built-in datasets: the Spiking Heidelberg Digits ({@code type: shd}) and a synthetic
 * random-manifold task ({@code type: randman}).
 *
 * <p>The SHD reader uses jHDF (pure Java) and reads the release unchanged: variable-length float16
 * or float32 spike times, integer units, gzip-compressed chunks, and whole-file gzip ({@code
 * .h5.gz}) through a decompressed copy in the cache. Limits: jHDF 0.13.0 cannot read
 * variable-length data stored with the shuffle filter, nor filters it does not implement (such as
 * scale-offset or szip); both are reported with the file and field and a way to rewrite the file.
 * All data is loaded and checked when the dataset is built; binning into time steps is the
 * runtime's job. Splits follow the files, or hold out whole speakers as test and validation sets
 * ({@code test_speakers}, {@code validation_speakers}: {@code SpeakerSplit}).
 */
package org.rewire.shd;
