package org.rewire.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs a kit suite the way a plugin's build would, and reports how each of its tests ended. */
final class KitRun {
  private KitRun() {}

  /**
   * Each test of {@code suite} by method name, with how it ended: {@code SUCCESSFUL}, {@code
   * FAILED} or {@code ABORTED} (skipped by an assumption), followed by the failure's message.
   */
  static Map<String, String> outcomes(Class<?> suite) {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(suite)).execute();
    results.containerEvents().failed().stream()
        .findFirst()
        .ifPresent(
            failed -> {
              throw new AssertionError(suite.getSimpleName() + " did not run: " + message(failed));
            });
    Map<String, String> outcomes = new TreeMap<>();
    for (Event event : results.testEvents().finished().list()) {
      String name = event.getTestDescriptor().getDisplayName().replaceFirst("\\(.*", "");
      outcomes.put(name, message(event));
    }
    return outcomes;
  }

  private static String message(Event finished) {
    TestExecutionResult result = finished.getRequiredPayload(TestExecutionResult.class);
    return result.getStatus() + result.getThrowable().map(t -> ": " + t.getMessage()).orElse("");
  }

  /** The tests of {@code suite} that failed, by method name, with their messages. */
  static Map<String, String> failures(Class<?> suite) {
    Map<String, String> outcomes = outcomes(suite);
    outcomes.values().removeIf(o -> !o.startsWith("FAILED"));
    return outcomes;
  }
}
