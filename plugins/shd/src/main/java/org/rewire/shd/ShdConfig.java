package org.rewire.shd;

import java.net.URI;
import java.net.URISyntaxException;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The {@code dataset:} section for {@code type: shd}: Spiking Heidelberg Digits files (or any file
 * in their layout), plain {@code .h5} or gzip'd whole ({@code .h5.gz}).
 *
 * @param train the training file, relative to the experiment file; required unless {@code download}
 *     is set
 * @param test the test file; optional (without it the dataset has no TEST split)
 * @param classes number of classes, 1 to {@value #MAX_CLASSES}; default: the length of {@code
 *     extra/keys}, or the largest label plus one when the files have no keys. When set with keys
 *     present, the two must agree.
 * @param channels input channels of the recordings; units must lie in {@code [0, channels)}
 *     (default 700, as SHD)
 * @param download fetch {@code shd_train.h5.gz} and {@code shd_test.h5.gz} from {@code base_url}
 *     into the cache folder, verified against the release's {@code md5sums.txt}, instead of naming
 *     files (default false)
 * @param baseUrl where the release lives (default {@value #OFFICIAL_BASE_URL})
 */
public record ShdConfig(
    String train,
    String test,
    Integer classes,
    Integer channels,
    Boolean download,
    String baseUrl) {

  /**
   * The most classes a dataset may have, configured, listed in {@code extra/keys} or inferred from
   * the largest label; as for {@code randman}. It bounds what a file's labels can make Rewire
   * allocate (one name and one output neuron per class).
   */
  public static final int MAX_CLASSES = 1 << 16;

  /** The address of the official SHD release. */
  public static final String OFFICIAL_BASE_URL = "https://zenkelab.org/datasets/";

  public ShdConfig {
    channels = Require.positive("channels", Require.orDefault(channels, 700));
    if (classes != null) {
      Require.inRange("classes", classes, 1, MAX_CLASSES);
    }
    download = Require.orDefault(download, false);
    baseUrl = Require.nonBlank("base_url", Require.orDefault(baseUrl, OFFICIAL_BASE_URL));
    requireHttpUrl(baseUrl);
    if (download && train != null) {
      throw new InvalidConfigException(
          "train", "not with download: true, which fetches the official files into the cache");
    }
    if (download && test != null) {
      throw new InvalidConfigException(
          "test", "not with download: true, which fetches the official files into the cache");
    }
    if (!download) {
      Require.nonBlank("train", train);
      if (test != null) {
        Require.nonBlank("test", test);
      }
    }
  }

  /** The release folder as a URI ending in {@code /}, so file names resolve inside it. */
  public URI baseUri() {
    return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
  }

  private static void requireHttpUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidConfigException("base_url", "not a URL: " + e.getMessage());
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new InvalidConfigException(
          "base_url", "must be an http(s) address such as " + OFFICIAL_BASE_URL + ", got " + url);
    }
  }
}
