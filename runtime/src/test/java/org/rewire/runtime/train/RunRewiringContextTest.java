package org.rewire.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sparsifier's reports: the last value of a name wins, and a name must make a column. */
class RunRewiringContextTest {

  @Test
  void reportsAccumulateUntilDrainedAndTheLastValueOfANameWins() {
    RunRewiringContext context = new RunRewiringContext(null, new Random(1));
    context.report("pruned", 3);
    context.report("pruned", 5);
    context.report("links_d1", 2);
    assertThat(context.drainReports())
        .containsExactly(Map.entry("links_d1", 2.0), Map.entry("pruned", 5.0));
    assertThat(context.drainReports()).isEmpty();
  }

  @Test
  void aNameThatCannotBeAColumnIsRefusedInTheSparsifiersCall() {
    RunRewiringContext context = new RunRewiringContext(null, new Random(1));
    for (String name : new String[] {"", "a,b", "say \"x\"", "two\nlines"}) {
      assertThatThrownBy(() -> context.report(name, 1))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(context.reports()).isEmpty();
  }
}
