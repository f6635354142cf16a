package org.rewire.it.deepr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.Sparsifier;
import org.rewire.deepr.RoutingAwareConfig;
import org.rewire.deepr.RoutingAwareDeepRProvider;
import org.rewire.it.YamlSections;
import org.rewire.testkit.ArraySparseNetwork;
import org.rewire.testkit.KitBuildContext;
import org.rewire.testkit.KitRewiringContext;

/**
 * On the real Mosaic target (found by its {@code type} on the class path; skipped while the plugin
 * is not built): when the proxy estimate of a profile finds every sampled network mappable, the
 * network routing-aware DeepR trains with that profile maps with zero violations after every epoch.
 */
class RoutingAwareOnMosaicTest {
  @TempDir Path folder;

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Optional<HardwareTarget> mosaic(KitBuildContext context) throws Exception {
    for (HardwareTargetProvider p : ServiceLoader.load(HardwareTargetProvider.class)) {
      if (p.type().equals("mosaic")) {
        Object config = YamlSections.bind("{}", p.configType());
        return Optional.of((HardwareTarget) p.create(config, context));
      }
    }
    return Optional.empty();
  }

  @Test
  void aNeighbourProfileStaysMappableThroughRewiring() throws Exception {
    KitBuildContext build = KitBuildContext.of(1, folder);
    Optional<HardwareTarget> found = mosaic(build);
    assumeThat(found).as("the mosaic plugin on the class path").isPresent();
    HopTarget target = (HopTarget) found.get();
    HopProfile profile = HopProfile.parse("1:0.5");
    MemoryEstimate proxy = target.estimate(profile, 4, 7);
    assumeThat(proxy.mappableFraction()).as("the proxy finds the profile mappable").isEqualTo(1.0);

    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(target.layout());
    Sparsifier sparsifier =
        new RoutingAwareDeepRProvider()
            .create(
                new RoutingAwareConfig(profile, 20, 0.1, 2.0, true, null),
                build.withTarget(target));
    KitRewiringContext context = new KitRewiringContext(target, 3);
    sparsifier.initialize(network, context);
    SplittableRandom gradients = new SplittableRandom(4);
    for (int epoch = 0; epoch < 4; epoch++) {
      // Training shrinks many weights below w_thr, so links get pruned and regrown.
      network.forEachActive(
          (pre, post, w) ->
              network.setWeight(pre, post, w * 0.4f + 0.05f * (float) gradients.nextGaussian()));
      sparsifier.afterEpoch(network, context);
      MappingReport report = target.map(network.connectivity());
      assertThat(report.violations()).as("epoch %d", epoch).isEmpty();
      assertThat(context.reports().get("pruned")).isPositive();
    }
  }
}
