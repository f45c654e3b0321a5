package io.kubemu.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Pod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML as Kubernetes reads it: YAML 1.1 scalars, anchors, merge keys, streams, JSON, Lists. */
class YamlReadingTest {

  static Pod pod(String specLines) {
    return Manifests.readOne(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n" + specLines, Pod.class);
  }

  static Namespace namespaceWithLabel(String labelLine) {
    return Manifests.readOne(
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n  labels:\n    "
            + labelLine
            + "\n",
        Namespace.class);
  }

  /**
   * kubemu follows Kubernetes (sigs.k8s.io/yaml over go-yaml v2, YAML 1.1): unquoted yes/no/on/off
   * are booleans. A boolean field takes them; a string field rejects them with kubectl's error.
   */
  @ParameterizedTest(name = "hostNetwork: {0}")
  @CsvSource({
    "yes, true",
    "on, true",
    "y, true",
    "True, true",
    "no, false",
    "off, false",
    "N, false"
  })
  void yaml11BooleanWordsAreBooleans(String word, boolean expected) {
    assertThat(pod("  containers: []\n  hostNetwork: " + word + "\n").spec().hostNetwork())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "enabled: {0}")
  @CsvSource({"on", "off", "yes", "no", "y", "true"})
  void yaml11BooleanWordsInAStringFieldAreAnError(String word) {
    assertThatThrownBy(() -> namespaceWithLabel("enabled: " + word))
        .isInstanceOf(ManifestException.class)
        .hasMessageEndingWith(
            "line 6, column 5: json: cannot unmarshal bool into Go struct field"
                + " ObjectMeta.metadata.labels of type string");
  }

  @ParameterizedTest(name = "enabled: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          "on"    | on
          'yes'   | yes
          !!str y | y
          yEs     | yEs
          v1.12   | v1.12
          "1.10"  | 1.10
          ""      | <empty>
          """)
  void quotedOrNonBooleanWordsStayStrings(String yaml, String value) {
    assertThat(namespaceWithLabel("enabled: " + yaml).metadata().labels())
        .containsEntry("enabled", value.equals("<empty>") ? "" : value);
  }

  @Test
  void unquotedNumbersInAStringFieldAreAnError() {
    assertThatThrownBy(
            () -> pod("  containers:\n  - name: c\n    env:\n    - name: V\n      value: 1.10\n"))
        .hasMessageEndingWith(
            "json: cannot unmarshal number into Go struct field"
                + " EnvVar.spec.containers.env.value of type string");
  }

  @ParameterizedTest(name = "replicas: {0}")
  @CsvSource({"0x10, 16", "017, 15", "0o17, 15", "1_000, 1000", "5.0, 5", "1e1, 10", "+3, 3"})
  void integersInEveryYaml11Spelling(String yaml, int replicas) {
    Deployment d =
        Manifests.readOne(
            "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: " + yaml + "\n",
            Deployment.class);
    assertThat(d.spec().replicas()).isEqualTo(replicas);
  }

  @Test
  void infinityIsNotJson() {
    assertThatThrownBy(
            () ->
                Manifests.read("apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: .inf\n"))
        .hasMessage(
            "<string>: document 1 (Deployment), line 4, column 13: json: unsupported value: +Inf");
  }

  @ParameterizedTest(name = "nodeName: {0}")
  @CsvSource(delimiter = '|', textBlock = "~\nnull\nNULL\n''")
  void nullSpellings(String yaml) {
    assertThat(
            pod("  containers: []\n  nodeName: " + (yaml == null ? "" : yaml) + "\n")
                .spec()
                .nodeName())
        .isNull();
  }

  @Test
  void explicitCoreTags() {
    Deployment d =
        Manifests.readOne(
            "apiVersion: apps/v1\n"
                + "kind: Deployment\n"
                + "metadata:\n"
                + "  name: !!str web\n"
                + "  labels:\n"
                + "    num: !!str 5\n"
                + "    \"no\": no-is-false-only-unquoted\n"
                + "spec:\n"
                + "  replicas: !!int \"7\"\n",
            Deployment.class);
    assertThat(d.spec().replicas()).isEqualTo(7);
    assertThat(d.metadata().labels())
        .containsEntry("num", "5")
        .containsEntry("no", "no-is-false-only-unquoted");
    assertThatThrownBy(
            () ->
                Manifests.read(
                    "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: !!int abc\n"))
        .hasMessageEndingWith("line 4, column 13: yaml: cannot decode !!str `abc` as a !!int");
  }

  @Test
  void booleanKeysBecomeTheirJsonText() {
    assertThat(namespaceWithLabel("on: x").metadata().labels()).containsEntry("true", "x");
    assertThat(namespaceWithLabel("\"on\": x").metadata().labels()).containsEntry("on", "x");
  }

  @Test
  void anchorsAliasesAndMergeKeys() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: &name web
          labels: &labels
            app: web
            tier: front
        spec:
          selector:
            matchLabels: *labels
          template:
            metadata:
              labels:
                <<: *labels
                tier: back
                version: v1
            spec:
              containers:
              - &container
                name: *name
                image: nginx
              - <<: *container
                name: sidecar
        """;
    Deployment d = Manifests.readOne(yaml, Deployment.class);
    assertThat(d.spec().selector().matchLabels()).isEqualTo(Map.of("app", "web", "tier", "front"));
    assertThat(d.spec().template().metadata().labels())
        .as("explicit keys win over merged ones, without a duplicate error")
        .isEqualTo(Map.of("app", "web", "tier", "back", "version", "v1"));
    assertThat(d.spec().template().spec().containers())
        .extracting(c -> c.name() + "=" + c.image())
        .containsExactly("web=nginx", "sidecar=nginx");
  }

  @Test
  void mergeFromASequenceEarlierSourcesWin() {
    String yaml =
        """
        apiVersion: v1
        kind: ConfigMap
        base: &a {alpha: "1", beta: "1"}
        over: &b {beta: "2", gamma: "2"}
        data:
          <<: [*a, *b]
        """;
    // "base" and "over" are unknown fields: read leniently
    ConfigMap cm =
        (ConfigMap)
            Manifests.reader(
                    ManifestOptions.DEFAULTS.withValidation(ManifestOptions.Validation.IGNORE))
                .read(yaml)
                .objects()
                .get(0);
    assertThat(cm.data()).isEqualTo(Map.of("alpha", "1", "beta", "1", "gamma", "2"));
    assertThatThrownBy(() -> Manifests.read("data:\n  <<: [a]\n"))
        .hasMessageEndingWith("yaml: map merge requires map or sequence of maps as the value");
  }

  @Test
  void emptyDocumentsAreSkippedButCounted() {
    String yaml =
        """
        # a comment-only first document
        ---
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: a
        ...
        ---
        null
        ---
        # nothing
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: b
          bogus: 1
        ---
        """;
    assertThatThrownBy(() -> Manifests.read(yaml))
        .hasMessageStartingWith("<string>: document 5 (Namespace \"b\"), line 18, column 3:");
    List<KubernetesObject> objects =
        Manifests.reader(ManifestOptions.DEFAULTS.withValidation(ManifestOptions.Validation.IGNORE))
            .read(yaml)
            .objects();
    assertThat(objects).extracting(o -> o.metadata().name()).containsExactly("a", "b");
    assertThat(Manifests.read("")).isEmpty();
    assertThat(Manifests.read("---\n# only comments\n")).isEmpty();
  }

  @Test
  void aliasesOfOlderApiVersionsYieldTheCurrentRecord() {
    String template = "apiVersion: %s\nkind: %s\nmetadata:\n  name: x\n";
    assertThat(Manifests.read(String.format(template, "extensions/v1beta1", "Deployment")).get(0))
        .isInstanceOf(Deployment.class)
        .extracting(KubernetesObject::apiVersion)
        .isEqualTo("apps/v1");
    assertThat(Manifests.read(String.format(template, "apps/v1beta2", "Deployment")).get(0))
        .isInstanceOf(Deployment.class);
    assertThat(Manifests.read(String.format(template, "batch/v1beta1", "CronJob")).get(0))
        .isInstanceOf(CronJob.class)
        .extracting(KubernetesObject::apiVersion)
        .isEqualTo("batch/v1");
  }

  @Test
  void jsonStreamsAndLists() {
    String json =
        """
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}
        {"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}},
        \t{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "c"}}
        ]}
        """;
    assertThat(Manifests.read(json))
        .extracting(o -> o.metadata().name())
        .containsExactly("a", "b", "c");
    String yamlList =
        """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Namespace
          metadata:
            name: b
        - apiVersion: v1
          kind: Namespace
          metadata:
            name: c
            bogus: x
        """;
    ManifestException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ManifestException.class, () -> Manifests.read(yamlList));
    assertThat(e)
        .hasMessage(
            "<string>: document 1 (items[1]: Namespace \"c\"), line 12, column 5: strict decoding"
                + " error: unknown field \"metadata.bogus\"");
  }

  @Test
  void listItemsMustBeAList() {
    assertThatThrownBy(() -> Manifests.read("apiVersion: v1\nkind: List\nitems: {a: 1}\n"))
        .hasMessage(
            "<string>: document 1 (List), line 3, column 1: json: cannot unmarshal object into Go"
                + " struct field List.items of type []runtime.RawExtension");
    assertThat(Manifests.read("apiVersion: v1\nkind: List\nitems: []\n")).isEmpty();
  }

  @Test
  void windowsLineEndingsAndByteOrderMark() {
    String yaml =
        "\uFEFFapiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: a\r\n  bad: 1\r\n";
    assertThatThrownBy(() -> Manifests.read(yaml))
        .hasMessageStartingWith("<string>: document 1 (Namespace \"a\"), line 5, column 3:");
    byte[] json =
        "\uFEFF{\"apiVersion\":\"v1\",\"kind\":\"Namespace\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(Manifests.read(new java.io.ByteArrayInputStream(json), "bom.json")).hasSize(1);
  }

  @Test
  void unicodeBeyondTheBasicPlaneKeepsColumnsInCodePoints() {
    Namespace ns = namespaceWithLabel("emoji: \"\uD83D\uDE00\"");
    assertThat(ns.metadata().labels()).containsEntry("emoji", "\uD83D\uDE00");
    assertThatThrownBy(
            () ->
                Manifests.read(
                    "apiVersion: v1\nkind: Namespace\nmetadata: {name: \"\uD83D\uDE00\", x: 1}\n"))
        .hasMessageContaining("line 3, column 23:");
  }
}
