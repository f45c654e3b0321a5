package io.kubemu.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every core/v1 document of the seed manifests and of the full samples round-trips losslessly. */
class CoreRoundTripTest {

  static Stream<Arguments> documents() {
    List<Arguments> rows = new ArrayList<>();
    for (String resource :
        List.of(
            "seed/manifests/pod-01-liveness.yaml",
            "seed/manifests/pod-demo.yaml",
            "seed/manifests/nodes-centos7.yaml",
            "seed/manifests/nodes-hdss7.yaml",
            "seed/manifests/statefulset-nginx-web.yaml",
            "io/kubemu/model/core/pod-full.yaml",
            "io/kubemu/model/core/node-full.yaml",
            "io/kubemu/model/core/service-full.yaml",
            "io/kubemu/model/core/endpoints-full.yaml",
            "io/kubemu/model/core/pvc-full.yaml",
            "io/kubemu/model/core/pv-full.yaml",
            "io/kubemu/model/core/misc-full.yaml")) {
      List<JsonNode> docs = CoreYaml.docs(resource);
      for (int i = 0; i < docs.size(); i++) {
        JsonNode doc = docs.get(i);
        if (!"v1".equals(doc.path("apiVersion").asText())) continue; // apps/v1 is not ours
        rows.add(Arguments.of(resource + "#" + i + " " + doc.path("kind").asText(), doc));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void roundTripsLosslessly(String name, JsonNode doc) {
    KubernetesObject object = CoreYaml.assertRoundTrips(doc);

    assertThat(object.apiVersion()).isEqualTo("v1");
    assertThat(object.kind()).isEqualTo(doc.path("kind").asText());
    assertThat(object.metadata().name()).isEqualTo(doc.path("metadata").path("name").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void writesTypeAndMetadataFirst(String name, JsonNode doc) {
    String yaml = CoreYaml.write(CoreYaml.bind(doc, CoreYaml.typeOf(doc)));

    assertThat(yaml.lines().filter(l -> !l.equals("---")).limit(3))
        .containsExactly(
            "apiVersion: \"v1\"", "kind: \"" + doc.path("kind").asText() + "\"", "metadata:");
  }

  @org.junit.jupiter.api.Test
  void coversEveryCoreKind() {
    assertThat(documents().map(a -> ((JsonNode) a.get()[1]).path("kind").asText()).distinct())
        .containsExactlyInAnyOrder(
            "Pod",
            "Node",
            "Service",
            "Endpoints",
            "PersistentVolumeClaim",
            "PersistentVolume",
            "Namespace",
            "ConfigMap",
            "Secret",
            "Event");
  }
}
