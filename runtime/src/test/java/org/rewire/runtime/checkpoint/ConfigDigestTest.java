package org.rewire.runtime.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigDigestTest {
  private static final String BEFORE_NEURON_MODELS =
      """
      name: x
      seed: 1
      model:
        tau: 0.045
        thr: 1.0
      training:
        epochs: 2
        threads: 2
      output:
        dir: runs
      """;

  @Test
  void aConfigWrittenBeforeNeuronModelsIsTheSameRunAsOneWithTheDefaultLif() throws Exception {
    String withLif = BEFORE_NEURON_MODELS.replace("  tau: 0.045", "  neuron: lif\n  tau: 0.045");
    assertThat(ConfigDigest.of(withLif)).isEqualTo(ConfigDigest.of(BEFORE_NEURON_MODELS));
    assertThat(ConfigDigest.comparable(withLif))
        .isEqualTo(ConfigDigest.comparable(BEFORE_NEURON_MODELS));
  }

  @Test
  void fixedTimeConstantsAreTheSameRunAsAConfigWrittenBeforeLearnTau() throws Exception {
    String fixed =
        BEFORE_NEURON_MODELS.replace(
            "  tau: 0.045", "  neuron: lif\n  learn_tau: false\n  tau: 0.045");
    assertThat(ConfigDigest.of(fixed)).isEqualTo(ConfigDigest.of(BEFORE_NEURON_MODELS));
    String learned =
        BEFORE_NEURON_MODELS.replace("  tau: 0.045", "  learn_tau: true\n  tau: 0.045");
    assertThat(ConfigDigest.of(learned)).isNotEqualTo(ConfigDigest.of(BEFORE_NEURON_MODELS));
  }

  @Test
  void anotherNeuronModelOrAnotherValueIsAnotherRun() throws Exception {
    String other = BEFORE_NEURON_MODELS.replace("  tau: 0.045", "  neuron: alif\n  tau: 0.045");
    assertThat(ConfigDigest.of(other)).isNotEqualTo(ConfigDigest.of(BEFORE_NEURON_MODELS));
    assertThat(ConfigDigest.of(BEFORE_NEURON_MODELS.replace("0.045", "0.02")))
        .isNotEqualTo(ConfigDigest.of(BEFORE_NEURON_MODELS));
  }

  @Test
  void threadsAndOutputDoNotChangeTheDigest() throws Exception {
    String other =
        BEFORE_NEURON_MODELS.replace("threads: 2", "threads: 1").replace("runs", "elsewhere");
    assertThat(ConfigDigest.of(other)).isEqualTo(ConfigDigest.of(BEFORE_NEURON_MODELS));
  }
}
