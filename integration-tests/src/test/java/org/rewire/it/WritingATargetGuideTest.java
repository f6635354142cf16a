package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/writing-a-target.md cannot rot: every command of its {@code sh} blocks is run by CI ({@code
 * .ci/run}, which may only add options after it), so a command that stops working fails CI, and a
 * command changed in the guide but not in CI fails this test.
 */
class WritingATargetGuideTest {
  private static final Path GUIDE = Path.of("../docs/writing-a-target.md");
  private static final Path CI = Path.of("../.ci/run");

  /** The command lines of the guide's {@code ```sh} blocks, in order. */
  static List<String> guideCommands(List<String> markdown) {
    List<String> commands = new ArrayList<>();
    boolean inSh = false;
    for (String line : markdown) {
      if (line.startsWith("```")) {
        inSh = !inSh && line.strip().equals("```sh");
        continue;
      }
      String command = line.strip();
      if (inSh && !command.isEmpty() && !command.startsWith("#")) {
        commands.add(command);
      }
    }
    return commands;
  }

  /** The lines CI runs: stripped, without comments and blank lines. */
  private static List<String> ciLines() throws IOException {
    return Files.readAllLines(CI).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  @Test
  void everyCommandOfTheGuideIsRunByCi() throws IOException {
    List<String> commands = guideCommands(Files.readAllLines(GUIDE));
    assertThat(commands)
        .as("the guide's commands")
        .contains("./mvnw install", "cd acme-target")
        .anyMatch(c -> c.contains("archetype-plugin:3.3.1:generate"))
        .anyMatch(c -> c.contains("rewire\" map "))
        .anyMatch(c -> c.contains("rewire\" estimate "));
    List<String> ci = ciLines();
    for (String command : commands) {
      assertThat(ci)
          .as("a line of .ci/run that runs the guide's command: %s", command)
          .anyMatch(l -> l.equals(command) || l.startsWith(command + " "));
    }
  }

  @Test
  void onlyShBlocksCountAndCommentsAreSkipped() {
    List<String> md =
        List.of(
            "text",
            "```sh",
            "# a comment",
            "ls -l",
            "",
            "```",
            "```yaml",
            "a: b",
            "```",
            "```sh",
            "pwd",
            "```");
    assertThat(guideCommands(md)).containsExactly("ls -l", "pwd");
  }
}
