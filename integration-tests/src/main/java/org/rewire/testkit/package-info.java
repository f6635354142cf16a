/**
 * The plugin test kit: abstract JUnit 5 suites that a hardware-target or sparsifier plugin extends
 * to check itself against the api's contracts, the way Rewire's own plugins do.
 *
 * <p>Usage: add {@code org.rewire:rewire-integration-tests} (test scope) next to JUnit 5 and
 * AssertJ, then
 *
 * <pre>{@code
 * class MyChipContractTest extends HardwareTargetContract<MyChipConfig> {
 *   protected HardwareTargetProvider<MyChipConfig> provider() { return new MyChipProvider(); }
 *   protected MyChipConfig config() { return new MyChipConfig(4, 8); }
 * }
 * }</pre>
 *
 * <p>What it checks: the config record survives a YAML round trip through Rewire's strict mapper;
 * components are deterministic for a seed; the documented invariants hold (distances, mapping
 * reports, sparsifiers touching only allowed synapses). It cannot check that a chip model is
 * physically right: that is what a plugin's own tests are for.
 */
package org.rewire.testkit;
