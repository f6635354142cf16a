package org.rewire.it.deepr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rewire.api.SparsifierProvider;
import org.rewire.runtime.config.ModelConfig;
import org.rewire.runtime.config.StrictMapper;
import org.rewire.runtime.config.TrainingConfig;

/**
 * The shipped experiment files of the sparsifiers bind: their {@code sparsifier:}, {@code model:}
 * and {@code training:} sections with Rewire's strict mapper (the dataset and target sections
 * belong to other plugins), and their data paths point at the shared data.
 */
class SparsifierConfigsTest {
  static final Path CONFIGS = Path.of("..", "configs");

  @ParameterizedTest
  @ValueSource(strings = {"routing-aware-deepr", "fixed-profile", "deepr", "mosaic-baseline"})
  void theExperimentFileBinds(String name) throws Exception {
    Path file = CONFIGS.resolve(name + ".yaml");
    JsonNode root = StrictMapper.yaml().readTree(Files.readString(file));
    ObjectNode sparsifier = ((ObjectNode) root.get("sparsifier")).deepCopy();
    String type = sparsifier.remove("type").asText();
    assertThat(type).isEqualTo(name);
    SparsifierProvider<?> provider = providers().get(type);
    assertThat(provider).as("a provider for %s", type).isNotNull();
    assertThat(StrictMapper.binder().treeToValue(sparsifier, provider.configType())).isNotNull();
    StrictMapper.binder().treeToValue(root.get("model"), ModelConfig.class);
    StrictMapper.binder().treeToValue(root.get("training"), TrainingConfig.class);
    for (String split : new String[] {"train", "test"}) {
      Path data = file.getParent().resolve(root.get("dataset").get(split).asText()).normalize();
      Path repository = CONFIGS.toAbsolutePath().normalize().getParent();
      assertThat(data.toAbsolutePath().normalize())
          .as("the shared data beside the repository")
          .isEqualTo(
              repository
                  .getParent()
                  .resolve("shared/data/fsdd-spikes/fsdd_spikes_" + split + ".h5.gz"));
    }
  }

  @SuppressWarnings("rawtypes")
  static Map<String, SparsifierProvider<?>> providers() {
    Map<String, SparsifierProvider<?>> byType = new TreeMap<>();
    for (SparsifierProvider p : ServiceLoader.load(SparsifierProvider.class)) {
      byType.put(p.type(), p);
    }
    return byType;
  }
}
