package org.rewire.api;

/**
 * Builds a {@link Sparsifier} from the {@code sparsifier:} section of an experiment. Register
 * implementations in {@code META-INF/services/org.rewire.api.SparsifierProvider}. The build context
 * carries the hardware target ({@link BuildContext#target()}).
 *
 * @param <C> the config record
 */
public interface SparsifierProvider<C> extends Provider<C, Sparsifier> {}
