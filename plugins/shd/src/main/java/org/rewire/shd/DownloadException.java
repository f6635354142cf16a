package org.rewire.shd;

/**
 * A download that did not produce a verified file: an HTTP error, a dropped connection, a checksum
 * mismatch. Names the config field a user would change ({@code base_url} for a wrong address,
 * {@code download} otherwise); nothing partial is left under the file's final name.
 */
public class DownloadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  DownloadException(String field, String message, Throwable cause) {
    super(message, cause);
    this.field = field;
  }

  /** The config field to report the problem at. */
  public String field() {
    return field;
  }
}
