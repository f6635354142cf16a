package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rewire data inspect} as far as the runtime alone can check it: the shd plugin is not on
 * the runtime's test class path, so loading real files is covered where the plugin is built.
 */
class InspectCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(
        args,
        new PrintWriter(out),
        new PrintWriter(err),
        Map.of("REWIRE_CACHE", dir.resolve("cache").toString()));
  }

  @Test
  void badBinningOptionsAreUserErrorsNamingTheOption() {
    assertThat(run("data", "inspect", "x.h5", "--steps", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--steps: must be between 1 and 100000, got 0");
  }

  @Test
  void reductionIsSpelledAsInYaml() {
    assertThat(run("data", "inspect", "x.h5", "--reduce", "median")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("expected stride or pool, got 'median'");
  }

  @Test
  void aBadInputsValueNamesInputsNotChannels() {
    assertThat(run("data", "inspect", "x.h5", "--inputs", "-5")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).isEqualTo("rewire: --inputs: must be >= 0, got -5\n");
  }

  @Test
  void withoutTheShdPluginItSaysSo() {
    assertThat(run("data", "inspect", "x.h5", "--reduce", "Pool", "--inputs", "10"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("rewire: the shd dataset plugin is not installed");
  }

  @Test
  void dataAloneAsksForASubcommand() {
    assertThat(run("data")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("missing command: inspect");
  }
}
