/**
 * Built-in datasets: the Spiking Heidelberg Digits ({@code type: shd}) and a synthetic
 * random-manifold task ({@code type: randman}).
 *
 * <p>The SHD reader uses jHDF (pure Java) and reads the release unchanged: variable-length float16
 * or float32 spike times, integer units, gzip-compressed chunks, and whole-file gzip ({@code
 * .h5.gz}) through a decompressed copy in the cache. Fletcher32 chunk checksums are verified (jHDF
 * itself does not). Limits: jHDF 0.13.0 cannot decode shuffle or lzf on variable-length data (HDF5
 * stores no parameters for them there), filters it does not implement (szip, nbit, scale-offset,
 * blosc, bzip2, zstd, ...) nor virtual or external storage; each is reported with the file, the
 * dataset (or group) and a way to rewrite the file. All data is loaded and checked when the dataset
 * is built; binning into time steps is the runtime's job. Splits follow the files, or hold out
 * whole speakers as test and validation sets ({@code test_speakers}, {@code validation_speakers}:
 * {@code SpeakerSplit}).
 */
package org.rewire.shd;
