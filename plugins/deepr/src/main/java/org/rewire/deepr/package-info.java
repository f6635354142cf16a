/**
 * Sparsifiers: which recurrent synapses exist during training. Each works against any hardware
 * target through the api (layout, constraints, mapping reports and, for the hop-based ones, hop
 * distance), never against a particular chip's classes.
 *
 * <ul>
 *   <li>{@code none} ({@link org.rewire.deepr.DenseSparsifierProvider}): every allowed synapse
 *       active, dense training.
 *   <li>{@code routing-aware-deepr} ({@link org.rewire.deepr.RoutingAwareDeepRProvider}): the
 *       paper's method (section 2). Rewires neuron-to-core links once per epoch and holds the
 *       number of active links of every (source core, hop distance) group at its budget. Keeps the
 *       network mappable on the target by redrawing a pass's links when a port overflows.
 *   <li>{@code fixed-profile} ({@link org.rewire.deepr.FixedProfileProvider}): the same initial
 *       mask, never rewired; the control for what rewiring adds.
 *   <li>{@code deepr} ({@link org.rewire.deepr.DeepRProvider}): Bellec et al.'s deep rewiring
 *       (section 3), routing-unaware: K synapses with fixed signs, rewired every step.
 *   <li>{@code constrained-deepr} ({@link org.rewire.deepr.ConstrainedDeepRProvider}): DeepR on any
 *       target, holding the target's caps as budgets when it draws and repairing what the mapping
 *       blames after every rewiring, so every pass maps.
 *   <li>{@code mosaic-baseline} ({@link org.rewire.deepr.MosaicBaselineProvider}): the paper's
 *       comparison (section 4), dense training with a hop-weighted L2 penalty and magnitude
 *       pruning.
 * </ul>
 *
 * <p>Statistics go to the epoch's metrics row through {@link
 * org.rewire.api.RewiringContext#report}: {@code synapses}, {@code pruned}, {@code regrown} and,
 * for the link-based sparsifiers, {@code links_d<d>} per hop distance. Mapped memory and violations
 * are the runtime's part of the row.
 *
 * <p>Limits: the link-based sparsifiers assume they alone activate and deactivate synapses, as the
 * {@link org.rewire.api.Sparsifier} lifecycle guarantees; DeepR's reactivation draws by rejection
 * and slows down at connectivity near 1.
 */
package org.rewire.deepr;
