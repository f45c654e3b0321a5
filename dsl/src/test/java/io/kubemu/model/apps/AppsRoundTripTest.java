package io.kubemu.model.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.kubemu.model.IntOrString;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.meta.ObjectMeta;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** apps/v1 documents bind to the records and round-trip losslessly. */
class AppsRoundTripTest {

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("seed/manifests/nginx-v1.12.yaml", 0, Deployment.class),
        Arguments.of("seed/manifests/nginx-v1.13.yaml", 0, Deployment.class),
        Arguments.of("seed/manifests/nginx-v1.14.yaml", 0, Deployment.class),
        Arguments.of("seed/manifests/nginx-v1.15.yaml", 0, Deployment.class),
        Arguments.of("seed/manifests/proxy-v1.12.yaml", 0, DaemonSet.class),
        Arguments.of("seed/manifests/proxy-v1.13.yaml", 0, DaemonSet.class),
        Arguments.of("seed/manifests/statefulset-nginx-web.yaml", 1, StatefulSet.class),
        Arguments.of("io/kubemu/model/apps/deployment-full.yaml", 0, Deployment.class),
        Arguments.of("io/kubemu/model/apps/replicaset-full.yaml", 0, ReplicaSet.class),
        Arguments.of("io/kubemu/model/apps/daemonset-full.yaml", 0, DaemonSet.class),
        Arguments.of("io/kubemu/model/apps/statefulset-full.yaml", 0, StatefulSet.class),
        Arguments.of(
            "io/kubemu/model/apps/controllerrevision-full.yaml", 0, ControllerRevision.class));
  }

  @ParameterizedTest(name = "{0}#{1}")
  @MethodSource("documents")
  void roundTripsLosslessly(String resource, int index, Class<? extends KubernetesObject> type) {
    JsonNode doc = ModelYaml.docs(resource).get(index);

    KubernetesObject object = ModelYaml.assertRoundTrips(doc, type);

    assertThat(object.apiVersion()).isEqualTo("apps/v1");
    assertThat(object.kind()).isEqualTo(doc.path("kind").asText()).isEqualTo(type.getSimpleName());
    assertThat(object.metadata().name()).isEqualTo(doc.path("metadata").path("name").asText());
  }

  @ParameterizedTest(name = "{0}#{1}")
  @MethodSource("documents")
  void writesTypeAndMetadataFirst(
      String resource, int index, Class<? extends KubernetesObject> type) {
    String yaml = ModelYaml.write(ModelYaml.read(resource, index, type));

    assertThat(yaml.lines().filter(l -> !l.equals("---")).limit(3))
        .containsExactly(
            "apiVersion: \"apps/v1\"", "kind: \"" + type.getSimpleName() + "\"", "metadata:");
  }

  @Test
  void bindsTheSeedDeployment() {
    Deployment d = ModelYaml.read("seed/manifests/nginx-v1.12.yaml", 0, Deployment.class);

    assertThat(d.metadata().key()).isEqualTo("app/nginx-deploy");
    assertThat(d.spec().replicas()).isEqualTo(5);
    assertThat(d.spec().selector().matchLabels())
        .containsExactly(
            Map.entry("app", "nginx"),
            Map.entry("release", "stable"),
            Map.entry("tier", "slb"),
            Map.entry("partition", "website"));
    assertThat(d.spec().strategy())
        .isEqualTo(new DeploymentStrategy(null, new RollingUpdateDeployment(of(0), of(1))));
    assertThat(d.spec().template().metadata().label("version")).isEqualTo("v1.12");
    assertThat(d.spec().template().spec().containers().get(0).image())
        .isEqualTo("harbor.od.com/public/nginx:v1.12");
    assertThat(d.spec().paused()).isNull();
    assertThat(d.status()).isNull();
  }

  @Test
  void bindsEveryDeploymentField() {
    Deployment d = ModelYaml.read("io/kubemu/model/apps/deployment-full.yaml", 0, Deployment.class);

    assertThat(d.spec())
        .extracting(
            DeploymentSpec::replicas,
            DeploymentSpec::minReadySeconds,
            DeploymentSpec::revisionHistoryLimit,
            DeploymentSpec::paused,
            DeploymentSpec::progressDeadlineSeconds)
        .containsExactly(4, 5, 10, true, 600);
    assertThat(d.spec().strategy())
        .isEqualTo(DeploymentStrategy.rollingUpdate(IntOrString.of("25%"), of(1)));
    assertThat(d.status())
        .extracting(
            DeploymentStatus::observedGeneration,
            DeploymentStatus::replicas,
            DeploymentStatus::updatedReplicas,
            DeploymentStatus::readyReplicas,
            DeploymentStatus::availableReplicas,
            DeploymentStatus::unavailableReplicas,
            DeploymentStatus::terminatingReplicas,
            DeploymentStatus::collisionCount)
        .containsExactly(3L, 5, 2, 4, 3, 1, 1, 1);
    assertThat(d.status().condition(DeploymentCondition.PROGRESSING))
        .isEqualTo(
            new DeploymentCondition(
                "Progressing",
                "True",
                Instant.parse("2024-05-01T10:01:00Z"),
                Instant.parse("2024-05-01T10:00:00Z"),
                "ReplicaSetUpdated",
                "ReplicaSet \"web-5d78c9b8f7\" is progressing."));
    assertThat(d.status().condition(DeploymentCondition.REPLICA_FAILURE)).isNull();
  }

  @Test
  void bindsTheSeedDaemonSetAndStatefulSet() {
    DaemonSet ds = ModelYaml.read("seed/manifests/proxy-v1.12.yaml", 0, DaemonSet.class);
    StatefulSet ss =
        ModelYaml.read("seed/manifests/statefulset-nginx-web.yaml", 1, StatefulSet.class);

    assertThat(ds.spec().updateStrategy())
        .isEqualTo(new DaemonSetUpdateStrategy(null, new RollingUpdateDaemonSet(of(1), null)));
    assertThat(ss.spec().replicas()).isEqualTo(2);
    assertThat(ss.spec().serviceName()).isEqualTo("my-svc");
    PersistentVolumeClaim claim = ss.spec().volumeClaimTemplates().get(0);
    assertThat(claim.metadata().name()).isEqualTo("nginx-web");
    assertThat(claim.spec().storageClassName()).isEqualTo("managed-nfs-storage");
    assertThat(claim.spec().resources().requests())
        .containsExactly(Map.entry("storage", Quantity.parse("2Gi")));
  }

  @Test
  void bindsEveryStatefulSetField() {
    StatefulSet ss =
        ModelYaml.read("io/kubemu/model/apps/statefulset-full.yaml", 0, StatefulSet.class);

    assertThat(ss.spec().podManagementPolicy()).isEqualTo(StatefulSetSpec.PARALLEL);
    assertThat(ss.spec().updateStrategy())
        .isEqualTo(
            new StatefulSetUpdateStrategy(
                StatefulSetUpdateStrategy.ROLLING_UPDATE,
                new RollingUpdateStatefulSetStrategy(2, of(1))));
    assertThat(ss.spec().persistentVolumeClaimRetentionPolicy())
        .isEqualTo(new StatefulSetPersistentVolumeClaimRetentionPolicy("Delete", "Retain"));
    assertThat(ss.spec().ordinals()).isEqualTo(new StatefulSetOrdinals(1));
    assertThat(ss.status().currentRevision()).isEqualTo("db-7b9f5c6d4");
    assertThat(ss.status().updateRevision()).isEqualTo("db-6c8d7f9b5");
    assertThat(ss.status().collisionCount()).isZero();
  }

  @Test
  void controllerRevisionDataIsAnUnmodifiableDeepCopy() {
    ControllerRevision cr =
        ModelYaml.read(
            "io/kubemu/model/apps/controllerrevision-full.yaml", 0, ControllerRevision.class);

    assertThat(cr.revision()).isEqualTo(2L);
    Map<?, ?> spec = (Map<?, ?>) cr.data().get("spec");
    Map<?, ?> template = (Map<?, ?>) spec.get("template");
    assertThat(template.get("$patch")).isEqualTo("replace");
    assertThatThrownBy(() -> cr.data().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(template::clear).isInstanceOf(UnsupportedOperationException.class);
    List<?> containers = (List<?>) ((Map<?, ?>) template.get("spec")).get("containers");
    assertThatThrownBy(containers::clear).isInstanceOf(UnsupportedOperationException.class);

    Map<String, Object> source = new LinkedHashMap<>();
    List<Object> list = new ArrayList<>(List.of(1, "a"));
    source.put("list", list);
    ControllerRevision copy = new ControllerRevision(null, source, 1L);
    list.add(true);
    source.put("other", 2);
    assertThat(copy.data()).isEqualTo(Map.of("list", List.of(1, "a")));
    assertThatThrownBy(() -> new ControllerRevision(null, Map.of("x", new Object()), 1L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void collectionsAreNeverNullAndImmutable() {
    DeploymentStatus status =
        new DeploymentStatus(null, null, null, null, null, null, null, null, null);

    assertThat(status.conditions()).isEmpty();
    assertThat(
            new StatefulSetSpec(null, null, null, null, null, null, null, null, null, null, null)
                .volumeClaimTemplates())
        .isEmpty();
    Deployment d = ModelYaml.read("io/kubemu/model/apps/deployment-full.yaml", 0, Deployment.class);
    assertThatThrownBy(() -> d.status().conditions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsUnknownFields() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicaz: 3
        """;

    assertThatThrownBy(() -> ModelYaml.parse(yaml, Deployment.class))
        .isInstanceOf(UncheckedIOException.class)
        .cause()
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"replicaz\"");
  }

  @Test
  void absentMetadataBecomesEmpty() {
    Deployment d = ModelYaml.parse("kind: Deployment\nspec:\n  replicas: 1\n", Deployment.class);

    assertThat(d.metadata()).isSameAs(ObjectMeta.EMPTY);
  }

  private static IntOrString of(int value) {
    return IntOrString.of(value);
  }
}
