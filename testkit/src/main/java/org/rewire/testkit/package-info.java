/**
 * The plugin test kit: abstract JUnit 5 suites that a hardware-target or sparsifier plugin extends
 * in its own tests to check itself against the api's contracts, the way Rewire's own plugins do. It
 * depends on {@code rewire-api}, JUnit Jupiter's api and AssertJ only: no runtime, no plugin.
 *
 * <p>Usage: add {@code org.rewire:rewire-testkit} in test scope (with {@code
 * org.junit.jupiter:junit-jupiter} to run it), then
 *
 * <pre>{@code
 * class MyChipKitTest extends HardwareTargetContract<MyChipConfig> {
 *   protected HardwareTargetProvider<MyChipConfig> provider() { return new MyChipProvider(); }
 *   protected MyChipConfig config() { return new MyChipConfig(4, 8); }
 * }
 * }</pre>
 *
 * <p>The suites: {@link org.rewire.testkit.ProviderContract} (every provider: its type name and its
 * config record, checked by {@link org.rewire.testkit.ConfigRecord} against the binding contract of
 * {@link org.rewire.api.Provider#configType()}); {@link org.rewire.testkit.HardwareTargetContract}
 * (layouts and constraints agree; mapping reports consistent, deterministic, thread-safe; every
 * exceeded capacity a violation whose blamed synapses carry its load and whose removal removes it;
 * for a {@link org.rewire.api.HopTarget}, distances and estimates); {@link
 * org.rewire.testkit.SparsifierContract} (only allowed synapses, deterministic for a seed, and a
 * {@link org.rewire.api.ResumableSparsifier} restored from its saved state decides as the
 * original); {@link org.rewire.testkit.PluginArchiveContract} (the packaged zip, run in Rewire as a
 * process: listed by {@code rewire plugins}, a short experiment mappable after every epoch). The
 * kit builds targets for the chip's own shape (its output and input neurons). The pieces they run
 * on are public for a plugin's own tests: {@link org.rewire.testkit.KitBuildContext}, {@link
 * org.rewire.testkit.KitRewiringContext}, {@link org.rewire.testkit.ArraySparseNetwork}, {@link
 * org.rewire.testkit.ArrayInputWeights}, {@link org.rewire.testkit.ReplayableRandom}, and {@link
 * org.rewire.testkit.CappedGridTarget}: a chip without hops whose limits are per-neuron fan-out and
 * per-core source tables, for testing sparsifiers that must hold any target's constraints.
 *
 * <p>Limits: the kit binds configs by reflection, as the runtime's mapper calls a record's
 * constructor, but not through the mapper itself; how a value is written in YAML (an enum's names,
 * a value type's {@code @JsonValue}) is checked by {@code rewire validate} on an experiment that
 * uses the plugin. And the kit cannot check that a chip model is physically right: that is what a
 * plugin's own tests are for.
 */
package org.rewire.testkit;
