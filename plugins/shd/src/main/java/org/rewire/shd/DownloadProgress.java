package org.rewire.shd;

/** Receives download progress. Called from the downloading thread only; must be cheap. */
@FunctionalInterface
public interface DownloadProgress {

  /**
   * @param file the file name
   * @param received bytes received so far
   * @param total bytes expected, or -1 if the server did not say
   */
  void update(String file, long received, long total);

  /** Reports nothing. */
  static DownloadProgress none() {
    return (file, received, total) -> {};
  }
}
