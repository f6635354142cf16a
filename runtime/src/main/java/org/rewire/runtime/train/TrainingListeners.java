package org.rewire.runtime.train;

import java.io.IOException;
import java.util.List;
import org.rewire.runtime.engine.SpikingNetwork;

/** Listeners called one after another at every hook, in list order. */
final class TrainingListeners implements TrainingListener {
  private final List<TrainingListener> listeners;

  TrainingListeners(List<TrainingListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void onTrainingStart(int firstEpoch, int epochs) throws IOException {
    for (TrainingListener l : listeners) {
      l.onTrainingStart(firstEpoch, epochs);
    }
  }

  @Override
  public void onEpochStart(int epoch, int batches) {
    listeners.forEach(l -> l.onEpochStart(epoch, batches));
  }

  @Override
  public void onBatchEnd(int epoch, int batch, double loss) {
    listeners.forEach(l -> l.onBatchEnd(epoch, batch, loss));
  }

  @Override
  public void onEpochEnd(EpochContext epoch) throws IOException {
    for (TrainingListener l : listeners) {
      l.onEpochEnd(epoch);
    }
  }

  @Override
  public void onTrainingEnd(SpikingNetwork network) throws IOException {
    for (TrainingListener l : listeners) {
      l.onTrainingEnd(network);
    }
  }
}
