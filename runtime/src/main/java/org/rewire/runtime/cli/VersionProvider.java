package org.rewire.runtime.cli;

import org.rewire.api.ApiVersion;
import org.rewire.runtime.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code rewire --version}: Rewire, its API and commit, and the JVM. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    BuildInfo b = BuildInfo.CURRENT;
    return new String[] {
      "rewire " + b.version() + " (api " + ApiVersion.CURRENT + ", commit " + b.commit() + ")",
      "java " + System.getProperty("java.version") + " " + System.getProperty("java.vm.name")
    };
  }
}
