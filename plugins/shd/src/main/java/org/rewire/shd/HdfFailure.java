package org.rewire.shd;

import io.jhdf.exceptions.HdfChecksumMismatchException;
import io.jhdf.exceptions.UnsupportedHdfException;

/**
 * Says in a user's words why jHDF failed, for the failures that are not a generic "damaged file": a
 * checksum the file declares that its bytes do not match (HDF5 metadata checksums, which jHDF
 * verifies, and chunk Fletcher32 checksums, which {@link Fletcher32Filter} verifies), and HDF5
 * features jHDF 0.13.0 does not implement (virtual or external storage, shared message tables).
 * jHDF wraps the cause, sometimes twice and across threads, so the whole chain is searched.
 */
final class HdfFailure {
  /** What a user can do about a file whose bytes fail a checksum. */
  static final String DAMAGED = "the file is damaged; copy or download it again";

  private HdfFailure() {}

  /**
   * The problem behind {@code failure} as one line, or null if it is none of the kinds above.
   *
   * @param failure what jHDF (or a filter inside it) threw
   */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof Fletcher32Filter.Mismatch) {
        return t.getMessage() + "; " + DAMAGED;
      }
      if (t instanceof HdfChecksumMismatchException) {
        return "HDF5 metadata fails its checksum (" + t.getMessage() + "); " + DAMAGED;
      }
      if (t instanceof UnsupportedHdfException) {
        return "uses an HDF5 feature jHDF 0.13.0 cannot read ("
            + t.getMessage()
            + "); "
            + JhdfFilterSupport.REWRITE;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
