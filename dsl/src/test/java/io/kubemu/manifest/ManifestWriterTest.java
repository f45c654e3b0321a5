package io.kubemu.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Written YAML is what kubectl apply reads back to the same object. */
class ManifestWriterTest {

  static Namespace namespace(Map<String, String> labels) {
    return new Namespace(ObjectMeta.named("ns").withLabels(labels), null, null);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "true",
        "false",
        "on",
        "Off",
        "yes",
        "y",
        "N",
        "null",
        "~",
        "",
        "1",
        "-1",
        "1.5",
        "1e3",
        "0x1F",
        "017",
        "1_000",
        ".inf",
        "<<",
        "- x",
        "a: b",
        "#c",
        "@x",
        "*x",
        "&x",
        "!x",
        "'q'",
        "\"q\"",
        " lead",
        "trail ",
        "multi\nline\n",
        "tab\tin",
        "\u00e9t\u00e9",
        "2024-01-01"
      })
  void stringsThatLookLikeSomethingElseAreQuoted(String value) {
    Namespace ns = namespace(Map.of("k", value, value.isEmpty() ? "empty" : value, "v"));
    String yaml = Manifests.toYaml(ns);
    assertThat(Manifests.read(yaml)).as(yaml).containsExactly(ns);
  }

  @Test
  void labelValuesShowMinimalQuotes() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app", "nginx");
    labels.put("version", "v1.12");
    labels.put("ssd", "true");
    labels.put("enabled", "on");
    labels.put("port", "8080");
    labels.put("node-role.kubernetes.io/master", "");
    assertThat(Manifests.toYaml(namespace(labels)))
        .isEqualTo(
            """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: ns
              labels:
                app: nginx
                version: v1.12
                ssd: "true"
                enabled: "on"
                port: "8080"
                node-role.kubernetes.io/master: ""
            """);
  }

  @Test
  void fieldsComeInKubectlOrderAndDatesAsRfc3339() {
    String yaml =
        """
        status:
          replicas: 1
        spec:
          replicas: 2
        metadata:
          name: web
          creationTimestamp: "2024-01-02T03:04:05Z"
        kind: Deployment
        apiVersion: apps/v1
        """;
    Deployment d = Manifests.readOne(yaml, Deployment.class);
    assertThat(d.metadata().creationTimestamp()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    String out = Manifests.toYaml(d);
    assertThat(out)
        .startsWith("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n")
        .contains("creationTimestamp: \"2024-01-02T03:04:05Z\"")
        .containsSubsequence("metadata:", "spec:", "status:");
    assertThat(Manifests.readOne(out, Deployment.class)).isEqualTo(d);
  }

  @Test
  void documentMarkers() {
    Namespace a = namespace(Map.of());
    ConfigMap b =
        Manifests.readOne(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n", ConfigMap.class);
    assertThat(Manifests.toYaml(a)).doesNotContain("---");
    assertThat(Manifests.toYaml(a, true)).startsWith("---\napiVersion: v1\n");
    List<KubernetesObject> both = List.of(a, b);
    String stream = Manifests.toYaml(both);
    assertThat(stream)
        .startsWith("apiVersion: v1\nkind: Namespace\n")
        .contains("\n---\napiVersion: v1\nkind: ConfigMap\n");
    assertThat(Manifests.read(stream)).isEqualTo(both);
  }

  @Test
  void multiLineStringsAreLiteralBlocks() {
    ConfigMap cm =
        new ConfigMap(
            ObjectMeta.named("c"), null, Map.of("script.sh", "#!/bin/sh\necho hi\n"), null);
    String yaml = Manifests.toYaml(cm);
    assertThat(yaml).contains("script.sh: |\n    #!/bin/sh\n    echo hi\n");
    assertThat(Manifests.readOne(yaml, ConfigMap.class)).isEqualTo(cm);
  }

  @Test
  void jsonIsIndentedAndSeveralObjectsFormAList() {
    Namespace a = namespace(Map.of("app", "x"));
    assertThat(Manifests.toJson(a))
        .isEqualTo(
            """
            {
              "apiVersion": "v1",
              "kind": "Namespace",
              "metadata": {
                "name": "ns",
                "labels": {
                  "app": "x"
                }
              }
            }
            """);
    String list = Manifests.toJson(List.of(a, a));
    assertThat(list)
        .startsWith("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [");
    assertThat(Manifests.read(list)).containsExactly(a, a);
  }
}
