package org.rewire.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.plugin.InstalledProvider;
import org.rewire.runtime.plugin.PluginFailure;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.plugin.ProviderRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rewire plugins}: what is installed, where it came from, and what failed to load. */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "List installed providers (type, kind, plugin, version, source) and plugins that failed to load.")
final class PluginsCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    try (ProviderDiscovery discovery = parent.session.discoverForListing(parent.plugins)) {
      ProviderRegistry registry = discovery.registry();
      PrintWriter out = parent.session.out();
      if (json) {
        out.println(RunFolder.JSON.writeValueAsString(asJson(registry)));
      } else {
        printTable(registry, out);
      }
      return ExitCodes.OK;
    }
  }

  private static void printTable(ProviderRegistry registry, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"TYPE", "KIND", "PLUGIN", "VERSION", "SOURCE"});
    for (InstalledProvider p : registry.all()) {
      rows.add(
          new String[] {
            p.type(),
            p.kind().section(),
            p.origin().plugin(),
            p.origin().version(),
            p.origin().location()
          });
    }
    int[] width = new int[4];
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      out.printf(
          "%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %-" + width[3]
              + "s  %s%n",
          (Object[]) row);
    }
    for (PluginFailure f : registry.failures()) {
      out.println(f); // plugin 'ID' (FILE) not loaded: REASON
    }
  }

  private static Map<String, Object> asJson(ProviderRegistry registry) {
    List<Map<String, String>> providers = new ArrayList<>();
    for (InstalledProvider p : registry.all()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("type", p.type());
      row.put("kind", p.kind().section());
      row.put("plugin", p.origin().plugin());
      row.put("version", p.origin().version());
      row.put("source", p.origin().location());
      row.put("description", p.provider().description());
      providers.add(row);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("providers", providers);
    root.put("failures", registry.failures());
    return root;
  }
}
