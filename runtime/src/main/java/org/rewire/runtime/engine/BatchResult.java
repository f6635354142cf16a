package org.rewire.runtime.engine;

/**
 * What one training pass over a batch measured.
 *
 * @param samples batch size
 * @param loss cross-entropy plus the rate term: the value whose gradient was computed
 * @param crossEntropy mean cross-entropy over the batch
 * @param rate mean spikes per neuron, step and sample
 * @param correct samples whose largest spike count was their label (first maximum wins)
 */
public record BatchResult(int samples, double loss, double crossEntropy, double rate, int correct) {
  /** {@code correct / samples}. */
  public double accuracy() {
    return samples == 0 ? 0 : (double) correct / samples;
  }
}
