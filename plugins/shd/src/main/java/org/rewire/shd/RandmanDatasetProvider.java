package org.rewire.shd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.rewire.api.BuildContext;
import org.rewire.api.DatasetProvider;
import org.rewire.api.SpikeDataset;

/**
 * {@code type: randman}: a synthetic spike-timing task (Zenke and Vogels' random manifolds) that
 * needs no download; for quick starts and tests. Generated when the dataset is built.
 */
public final class RandmanDatasetProvider implements DatasetProvider<RandmanConfig> {

  @Override
  public String type() {
    return "randman";
  }

  @Override
  public Class<RandmanConfig> configType() {
    return RandmanConfig.class;
  }

  @Override
  public String description() {
    return "Synthetic spike-timing task on random manifolds (Zenke & Vogels 2021), no download";
  }

  @Override
  public OptionalInt declaredClasses(RandmanConfig config) {
    return OptionalInt.of(config.classes());
  }

  @Override
  public OptionalInt declaredChannels(RandmanConfig config) {
    return OptionalInt.of(config.channels());
  }

  @Override
  public SpikeDataset create(RandmanConfig config, BuildContext context) {
    List<String> classes =
        IntStream.range(0, config.classes()).mapToObj(k -> "manifold " + k).toList();
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("generator", "randman (Zenke & Vogels 2021)");
    provenance.put("seed", Long.toString(config.seed()));
    provenance.put("channels", Integer.toString(config.channels()));
    provenance.put("classes", Integer.toString(config.classes()));
    provenance.put("samples", Integer.toString(config.samples()));
    provenance.put("test_samples", Integer.toString(config.testSamples()));
    provenance.put("dim_manifold", Integer.toString(config.dimManifold()));
    provenance.put("alpha", Double.toString(config.alpha()));
    provenance.put("spikes_per_channel", Integer.toString(config.spikesPerChannel()));
    provenance.put("duration", Double.toString(config.duration()));
    provenance.put("steps", Integer.toString(config.steps()));
    return new InMemoryDataset(
        config.channels(), classes, new RandmanGenerator(config).generate(), provenance);
  }
}
