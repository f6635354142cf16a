package org.rewire.runtime.train;

import java.io.IOException;
import java.nio.file.Path;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.MappingReport;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.output.NetworkFile;
import org.rewire.runtime.plugin.InstalledProvider;
import org.rewire.runtime.report.MappingReportJson;

/**
 * The mapping listener: after each epoch the network the chip must hold ({@link MappedNetwork},
 * with its weights as the chip stores them: quantized when the target states a precision) is mapped
 * onto the target, and the row gets its {@code synapses}, {@code links}, {@code memory}, {@code
 * memory_<kind>}, {@code violations} and {@code mappable}. At the end of training it writes the
 * last mapped network as {@code network.json} and its mapping as {@code mapping.json}; when no
 * epoch was trained (a resumed run that had finished its epochs) it maps the network first.
 */
final class EpochMapping implements TrainingListener {
  private final HardwareTarget target;
  private final InstalledProvider provider;
  private final Path folder;
  private Connectivity network;
  private MappingReport mapping;

  EpochMapping(HardwareTarget target, InstalledProvider provider, Path folder) {
    this.target = target;
    this.provider = provider;
    this.folder = folder;
  }

  @Override
  public void onEpochEnd(EpochContext epoch) {
    map(epoch.network());
    MetricsRow row = epoch.metrics();
    row.put(EpochMetrics.SYNAPSES, (long) network.synapses());
    row.put(EpochMetrics.LINKS, mapping.links());
    row.put(EpochMetrics.MEMORY, mapping.totalMemory());
    mapping
        .memoryByKind()
        .forEach((kind, memory) -> row.put(EpochMetrics.MEMORY_BY_KIND.of(kind), memory));
    row.put(EpochMetrics.VIOLATIONS, (long) mapping.violations().size());
    row.put(EpochMetrics.MAPPABLE, mapping.mappable());
  }

  @Override
  public void onTrainingEnd(SpikingNetwork trained) throws IOException {
    if (mapping == null) { // no epoch trained here: the network as initialised or restored
      map(trained);
    }
    NetworkFile.write(folder.resolve(NetworkFile.NAME), network);
    MappingReportJson.write(folder.resolve(MappingReportJson.NAME), mapping);
  }

  /** The last mapping: of the last epoch's network, or at the end of a run with no epoch left. */
  MappingReport last() {
    if (mapping == null) {
      throw new IllegalStateException("nothing mapped yet");
    }
    return mapping;
  }

  private void map(SpikingNetwork trained) {
    trained.refreshForwardWeights();
    network = MappedNetwork.of(trained.recurrentWeights(), trained.forwardRecurrentWeights());
    try {
      mapping = target.map(network, trained.mappedInputWeights());
    } catch (RuntimeException e) {
      throw new ComponentFailureException(provider, "to map the network", e);
    }
  }
}
