package io.kubemu.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each seed manifest rebuilt in the DSL equals, document for document, what its YAML binds to. */
class SeedManifestsDslTest {

  /** The seed folder's files, found through the test classpath. */
  static List<String> seedManifests() throws IOException, URISyntaxException {
    URL folder = SeedManifestsDslTest.class.getClassLoader().getResource("seed/manifests");
    assertThat(folder).as("seed/manifests on the test classpath").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everySeedManifestHasADslTwin() throws Exception {
    assertThat(seedManifests()).hasSize(23);
    assertThat(SeedManifestsDsl.BY_FILE.keySet()).containsExactlyElementsOf(seedManifests());
  }

  @ParameterizedTest
  @MethodSource("seedManifests")
  void dslEqualsYaml(String file) {
    List<KubernetesObject> fromYaml = Manifests.readResource("seed/manifests/" + file);
    List<KubernetesObject> fromDsl =
        SeedManifestsDsl.BY_FILE.get(file).stream()
            .<KubernetesObject>map(ObjectBuilder::build)
            .toList();
    assertThat(fromDsl).as(file).isNotEmpty().containsExactlyElementsOf(fromYaml);
  }

  @ParameterizedTest
  @MethodSource("seedManifests")
  void toBuilderKeepsEveryField(String file) {
    for (KubernetesObject o : Manifests.readResource("seed/manifests/" + file)) {
      assertThat(Derive.toBuilder(o).build()).as("%s %s", file, o.key()).isEqualTo(o);
    }
  }
}
