package io.kubemu.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one-pass writer gives the same bytes as sorting a Jackson tree of the object. */
class LastAppliedTest {

  /** The tree-based GetModifiedConfiguration the one-pass writer replaces. */
  static String viaSortedTree(KubernetesObject obj) {
    ObjectNode tree = (ObjectNode) Patches.toTree(obj);
    ObjectNode meta =
        tree.has("metadata") ? (ObjectNode) tree.get("metadata") : tree.putObject("metadata");
    JsonNode annotations = meta.get("annotations");
    ObjectNode a = annotations instanceof ObjectNode o ? o : meta.putObject("annotations");
    a.remove(Applier.LAST_APPLIED);
    return Patches.write(JsonMergePatch.sortKeys(tree)) + "\n";
  }

  static final String[] SEEDS = {
    "cronjob",
    "job",
    "nginx-v1.12",
    "nginx-v1.15",
    "nodes-centos7",
    "pod-01-liveness",
    "pod-demo",
    "proxy-v1.12",
    "sched-nodeaffinity-4-preferred-match",
    "sched-podaffinity-1-required",
    "sched-prometheus-dedicated",
    "sched-taint-demo",
    "statefulset-nginx-web"
  };

  static final String EXTRA =
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: fast
        annotations: {z: "1", a: "2", kubectl.kubernetes.io/last-applied-configuration: "{}"}
        labels: {zz: "", aa: "x"}
      provisioner: kubernetes.io/no-provisioner
      parameters: {type: ssd, b: "1", a: "<&>é"}
      allowVolumeExpansion: true
      ---
      apiVersion: v1
      kind: Event
      metadata: {name: e1, namespace: default}
      action: Binding
      reason: Scheduled
      message: "line1\\nline2 \\"q\\""
      count: 3
      involvedObject: {kind: Pod, name: p, namespace: default}
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: empty}
      """;

  static Stream<KubernetesObject> objects() {
    List<KubernetesObject> all = new ArrayList<>();
    for (String s : SEEDS) all.addAll(Manifests.readResource("seed/manifests/" + s + ".yaml"));
    all.addAll(Manifests.read(EXTRA));
    // stored objects: uid, resourceVersion, timestamps, defaults, status
    Fixtures.Server server = Fixtures.server();
    List<KubernetesObject> stored = new ArrayList<>();
    for (KubernetesObject o : all) {
      try {
        stored.add(server.api().apply(o).object());
      } catch (ApiException e) {
        // invalid for this server (e.g. an Event without its fields): the manifest form suffices
      }
    }
    all.addAll(stored);
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("objects")
  void theOnePassWriterMatchesTheSortedTree(KubernetesObject obj) {
    assertThat(LastApplied.modifiedConfiguration(obj)).isEqualTo(viaSortedTree(obj));
  }

  @Test
  void nestedTemplateMetadataGetsNoEmptyAnnotations() {
    Deployment d = Fixtures.deployment("web", 1);
    String json = LastApplied.modifiedConfiguration(d);
    assertThat(json).startsWith("{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",");
    assertThat(json).contains("\"metadata\":{\"annotations\":{},\"labels\"");
    assertThat(json).contains("\"template\":{\"metadata\":{\"labels\"");
    assertThat(json).endsWith("}\n");
  }

  @Test
  void theSameObjectAppliedToTwoNamespacesRecordsEachNamespace() {
    Deployment d = Fixtures.deployment("web", 1);
    Deployment inDefault = d.withMetadata(d.metadata().withNamespace("default"));
    Deployment inProd = d.withMetadata(d.metadata().withNamespace("prod"));
    String first = LastApplied.modifiedConfiguration(d, "default", inDefault);
    String other = LastApplied.modifiedConfiguration(d, "prod", inProd);
    String again = LastApplied.modifiedConfiguration(d, "prod", inProd);

    assertThat(first).isEqualTo(viaSortedTree(inDefault)).contains("\"namespace\":\"default\"");
    assertThat(other).isEqualTo(viaSortedTree(inProd)).contains("\"namespace\":\"prod\"");
    assertThat(again).isSameAs(other);
  }
}
