package org.rewire.api;

/**
 * Builds a {@link SpikeDataset} from the {@code dataset:} section of an experiment. Register
 * implementations in {@code META-INF/services/org.rewire.api.DatasetProvider}.
 *
 * @param <C> the config record
 */
public interface DatasetProvider<C> extends Provider<C, SpikeDataset> {}
