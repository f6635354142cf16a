package org.rewire.api;

import java.util.OptionalInt;

/**
 * Builds a {@link SpikeDataset} from the {@code dataset:} section of an experiment. Register
 * implementations in {@code META-INF/services/org.rewire.api.DatasetProvider}.
 *
 * @param <C> the config record
 */
public interface DatasetProvider<C> extends Provider<C, SpikeDataset> {

  /**
   * The number of classes {@code config} alone fixes, without reading any data. The runtime checks
   * an experiment before loading its data ({@code rewire validate}, the start of {@code rewire
   * run}, {@code rewire estimate} on an experiment file): it builds the target and the sparsifier
   * with these classes, as the run would. When the dataset is built, it must have exactly this many
   * classes. Empty (the default) when only the data can tell; those checks then build the target as
   * for a dataset of one class, so that rules depending on the count wait for the data.
   *
   * @param config the bound and validated section; never null
   */
  default OptionalInt declaredClasses(C config) {
    return OptionalInt.empty();
  }

  /**
   * The number of input channels {@code config} alone fixes, without reading any data; as {@link
   * #declaredClasses}. Empty (the default) when only the data can tell.
   *
   * @param config the bound and validated section; never null
   */
  default OptionalInt declaredChannels(C config) {
    return OptionalInt.empty();
  }
}
