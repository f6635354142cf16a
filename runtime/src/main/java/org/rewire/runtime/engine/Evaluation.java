package org.rewire.runtime.engine;

/**
 * A forward-only pass over a list of samples.
 *
 * @param predictions per sample, the class with the most output spikes (first maximum wins)
 * @param logits per sample, {@code classes} output spike counts, flattened sample-major
 * @param labels per sample, its label
 * @param crossEntropy mean cross-entropy
 * @param rate mean spikes per neuron, step and sample
 */
public record Evaluation(
    int[] predictions, float[] logits, int[] labels, double crossEntropy, double rate) {
  /** Number of samples. */
  public int samples() {
    return predictions.length;
  }

  /** Fraction of samples predicted right. */
  public double accuracy() {
    int correct = 0;
    for (int i = 0; i < predictions.length; i++) {
      if (predictions[i] == labels[i]) {
        correct++;
      }
    }
    return predictions.length == 0 ? 0 : (double) correct / predictions.length;
  }
}
