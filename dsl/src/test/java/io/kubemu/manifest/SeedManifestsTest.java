package io.kubemu.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Service;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed manifest parses strictly and survives object -> YAML/JSON -> object unchanged. */
class SeedManifestsTest {

  /** The seed folder, found through the test classpath (seed/manifests/*.yaml). */
  static Stream<String> seedManifests() throws IOException, URISyntaxException {
    URL folder = SeedManifestsTest.class.getClassLoader().getResource("seed/manifests");
    assertThat(folder).as("seed/manifests on the test classpath").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
              .sorted()
              .toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(23);
      return names.stream();
    }
  }

  private static String resource(String name) {
    return "seed/manifests/" + name;
  }

  @ParameterizedTest
  @MethodSource("seedManifests")
  void parsesStrictlyWithoutWarnings(String name) {
    ManifestResult result = Manifests.reader(ManifestOptions.DEFAULTS).readResource(resource(name));
    assertThat(result.objects()).isNotEmpty().doesNotContainNull();
    assertThat(result.warnings()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("seedManifests")
  void roundTripsThroughYamlPerDocument(String name) {
    for (KubernetesObject o : Manifests.readResource(resource(name))) {
      String yaml = Manifests.toYaml(o);
      assertThat(Manifests.read(yaml)).as(yaml).containsExactly(o);
    }
  }

  @ParameterizedTest
  @MethodSource("seedManifests")
  void roundTripsThroughMultiDocumentYamlAndJson(String name) {
    List<KubernetesObject> objects = Manifests.readResource(resource(name));
    assertThat(Manifests.read(Manifests.toYaml(objects))).isEqualTo(objects);
    assertThat(Manifests.read(Manifests.toJson(objects))).isEqualTo(objects);
    for (KubernetesObject o : objects) {
      assertThat(Manifests.read(Manifests.toJson(o))).containsExactly(o);
    }
  }

  @ParameterizedTest
  @MethodSource("seedManifests")
  void readsTheSameFromPathStreamAndResource(String name) throws Exception {
    Path path =
        Path.of(SeedManifestsTest.class.getClassLoader().getResource(resource(name)).toURI());
    List<KubernetesObject> fromResource = Manifests.readResource(resource(name));
    assertThat(Manifests.read(path)).isEqualTo(fromResource);
    assertThat(Manifests.read(Files.readString(path))).isEqualTo(fromResource);
    try (InputStream in = Files.newInputStream(path)) {
      assertThat(Manifests.read(in, name)).isEqualTo(fromResource);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "nodes-centos7.yaml, 6",
    "nodes-hdss7.yaml, 2",
    "statefulset-nginx-web.yaml, 2",
    "nginx-v1.12.yaml, 1",
    "cronjob.yaml, 1",
  })
  void countsDocuments(String name, int count) {
    assertThat(Manifests.readResource(resource(name))).hasSize(count);
  }

  @Test
  void multiDocumentStreamsKeepDocumentOrder() {
    List<KubernetesObject> nodes = Manifests.readResource(resource("nodes-centos7.yaml"));
    assertThat(nodes).allMatch(Node.class::isInstance);
    assertThat(nodes)
        .extracting(o -> o.metadata().name())
        .containsExactly(
            "centos-7-51",
            "centos-7-52",
            "centos-7-53",
            "centos-7-54",
            "centos-7-55",
            "centos-7-56");
    assertThat(nodes.get(0).metadata().labels())
        .containsEntry("node-role.kubernetes.io/master", "");
    assertThat(nodes.get(3).metadata().labels()).containsEntry("ssd", "true");

    List<KubernetesObject> sts = Manifests.readResource(resource("statefulset-nginx-web.yaml"));
    assertThat(sts.get(0)).isInstanceOf(Service.class);
    assertThat(sts.get(1)).isInstanceOf(StatefulSet.class);
  }

  @Test
  void cronJobFromBatchV1beta1IsReadAsBatchV1() {
    CronJob cronJob = Manifests.readOneResource(resource("cronjob.yaml"), CronJob.class);
    assertThat(cronJob.apiVersion()).isEqualTo("batch/v1");
    assertThat(cronJob.metadata().name()).isEqualTo("hello");
    assertThat(Manifests.toYaml(cronJob)).startsWith("apiVersion: batch/v1\nkind: CronJob\n");
  }
}
