package org.rewire.runtime.data;

import java.util.List;
import java.util.Optional;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.Split;
import org.rewire.runtime.config.InputConfig;
import org.rewire.runtime.config.TrainingConfig;

/**
 * A dataset as training consumes it: train, optional validation and test splits, each binned once
 * ({@link BinnedSplit}). Validation is the dataset's own split, or a share of the training split
 * held out as {@code training.validation_fraction} asks ({@link ValidationSplit}).
 *
 * @param classes class names, index = label
 * @param inputs input channels per step after reduction
 * @param steps time steps per sample
 * @param train the training split (without the held-out samples)
 * @param validation the validation split, if any
 * @param test the test split, if the dataset has one
 * @param heldOutByGroup whether a held-out validation split keeps whole groups (speakers) apart
 */
public record BinnedDataset(
    List<String> classes,
    int inputs,
    int steps,
    BinnedSplit train,
    Optional<BinnedSplit> validation,
    Optional<BinnedSplit> test,
    boolean heldOutByGroup) {

  public BinnedDataset {
    classes = List.copyOf(classes);
  }

  /**
   * Bins {@code data} as {@code input} and {@code training} say.
   *
   * @param threads worker threads for binning, 0 for one per core (as {@code training.threads});
   *     the result does not depend on it
   * @throws InvalidConfigException on {@code validation_fraction} if the dataset has its own
   *     validation split or the fraction would hold out nothing
   */
  public static BinnedDataset prepare(
      SpikeDataset data, InputConfig input, TrainingConfig training, int threads) {
    Binner binner = new Binner(input, data.channels());
    SampleSource train = data.split(Split.TRAIN);
    SampleSource validation = null;
    boolean byGroup = false;
    if (training.validationFraction() > 0) {
      if (data.splits().contains(Split.VALIDATION)) {
        throw new InvalidConfigException(
            "validation_fraction", "the dataset has its own validation split; set it to 0");
      }
      ValidationSplit split =
          ValidationSplit.of(train, training.validationFraction(), training.validationSeed());
      train = split.training();
      validation = split.validation();
      byGroup = split.byGroup();
    } else if (data.splits().contains(Split.VALIDATION)) {
      validation = data.split(Split.VALIDATION);
    }
    Optional<BinnedSplit> validationBins =
        Optional.ofNullable(validation).map(v -> BinnedSplit.bin(v, binner, threads));
    Optional<BinnedSplit> testBins =
        data.splits().contains(Split.TEST)
            ? Optional.of(BinnedSplit.bin(data.split(Split.TEST), binner, threads))
            : Optional.empty();
    return new BinnedDataset(
        data.classes(),
        binner.inputs(),
        binner.steps(),
        BinnedSplit.bin(train, binner, threads),
        validationBins,
        testBins,
        byGroup);
  }
}
