package org.rewire.runtime.train;

import org.rewire.api.InvalidConfigException;
import org.rewire.api.Layout;
import org.rewire.api.SpikeDataset;
import org.rewire.runtime.assembly.NetworkSetup;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentFileException;
import org.rewire.runtime.config.InputConfig;
import org.rewire.runtime.data.BinnedDataset;

/** Bins an experiment's dataset for its network, reporting mistakes at the YAML key. */
public final class DataPreparation {
  private DataPreparation() {}

  /** The binned splits, with {@code model.input.channels: 0} fitted to the target's inputs. */
  public static BinnedDataset prepare(Experiment e, SpikeDataset dataset, Layout layout) {
    InputConfig input = NetworkSetup.input(e.model(), layout);
    try {
      return BinnedDataset.prepare(dataset, input, e.training(), e.training().threads());
    } catch (InvalidConfigException ex) {
      boolean training = ex.field().startsWith("validation");
      String section = training ? "training" : "model";
      String field = training ? ex.field() : "input." + ex.field();
      throw new ExperimentFileException(
          e.locate(section, field), section + "." + field, ex.getMessage());
    }
  }
}
