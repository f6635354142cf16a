package org.rewire.api;

/** The empty input projection, for {@link SparseNetwork} implementations that expose none. */
enum NoInputWeights implements InputWeights {
  INSTANCE;

  @Override
  public int channels() {
    return 0;
  }

  @Override
  public int neuron(int channel) {
    throw new IndexOutOfBoundsException("no input channels; channel " + channel);
  }

  @Override
  public int[] targets(int channel) {
    throw new IndexOutOfBoundsException("no input channels; channel " + channel);
  }

  @Override
  public long count() {
    return 0;
  }

  @Override
  public float weight(int channel, int post) {
    return 0f;
  }

  @Override
  public void setWeight(int channel, int post, float weight) {
    throw new IllegalStateException("no input synapse " + channel + " -> " + post);
  }

  @Override
  public float gradient(int channel, int post) {
    return 0f;
  }

  @Override
  public void addGradient(int channel, int post, float gradient) {
    throw new IllegalStateException("no input synapse " + channel + " -> " + post);
  }

  @Override
  public void forEach(InputSynapseVisitor visitor) {}
}
