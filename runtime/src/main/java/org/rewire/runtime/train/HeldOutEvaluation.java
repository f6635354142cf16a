package org.rewire.runtime.train;

import java.util.ArrayList;
import java.util.List;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.data.BinnedSplit;
import org.rewire.runtime.engine.BinnedSample;
import org.rewire.runtime.engine.Engine;
import org.rewire.runtime.engine.Evaluation;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.metrics.SplitMetrics;

/**
 * The evaluation listener: after each epoch, the validation split (when the data has one) and the
 * test split (when it has one) through the trained network, without augmentation. Every channel
 * variant of a split is evaluated and the means recorded as {@code <split>_loss}, {@code
 * <split>_accuracy} and {@code <split>_rate}.
 */
public final class HeldOutEvaluation implements TrainingListener {
  private final BinnedDataset data;

  HeldOutEvaluation(BinnedDataset data) {
    this.data = data;
  }

  @Override
  public void onEpochEnd(EpochContext epoch) {
    data.validation()
        .ifPresent(s -> evaluate(epoch.engine(), s, EpochMetrics.VALIDATION, epoch.metrics()));
    data.test().ifPresent(s -> evaluate(epoch.engine(), s, EpochMetrics.TEST, epoch.metrics()));
  }

  /**
   * Every channel variant of {@code split} through {@code engine}'s network, in variant order: what
   * a run records as the split's figures (their means), and what {@code rewire eval} reports.
   */
  public static List<Evaluation> variants(Engine engine, BinnedSplit split) {
    List<Evaluation> out = new ArrayList<>(split.variants());
    for (int v = 0; v < split.variants(); v++) {
      List<BinnedSample> samples = new ArrayList<>(split.size());
      for (int i = 0; i < split.size(); i++) {
        samples.add(split.sample(v, i));
      }
      out.add(engine.evaluate(samples));
    }
    return out;
  }

  private static void evaluate(
      Engine engine, BinnedSplit split, SplitMetrics metrics, MetricsRow row) {
    double accuracy = 0;
    double loss = 0;
    double rate = 0;
    for (Evaluation e : variants(engine, split)) {
      accuracy += e.accuracy();
      loss += e.crossEntropy();
      rate += e.rate();
    }
    row.put(metrics.loss(), loss / split.variants());
    row.put(metrics.accuracy(), accuracy / split.variants());
    row.put(metrics.rate(), rate / split.variants());
  }
}
