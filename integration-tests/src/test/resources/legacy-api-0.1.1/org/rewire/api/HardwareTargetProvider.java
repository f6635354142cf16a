package org.rewire.api;

/**
 * Builds a {@link HardwareTarget} from the {@code target:} section of an experiment. Register
 * implementations in {@code META-INF/services/org.rewire.api.HardwareTargetProvider}.
 *
 * @param <C> the config record
 */
public interface HardwareTargetProvider<C> extends Provider<C, HardwareTarget> {}
