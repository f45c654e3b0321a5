package io.kubemu.engine.api;

import static io.kubemu.engine.api.Fixtures.deployment;
import static io.kubemu.engine.api.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiServerUpdateTest {
  final Fixtures.Server s = Fixtures.server();
  final ApiServer api = s.api();

  @Test
  void aStaleResourceVersionIsAConflict() {
    Deployment v1 = api.create(deployment("web", 1));
    api.update(v1.withReplicas(2));

    assertThatThrownBy(() -> api.update(v1.withReplicas(3)))
        .isInstanceOf(ApiException.Conflict.class)
        .hasMessage(
            "Operation cannot be fulfilled on deployments.apps \"web\": the object has been"
                + " modified; please apply your changes to the latest version and try again")
        .satisfies(e -> assertThat(((ApiException) e).reason()).isEqualTo("Conflict"));
    assertThat(api.get(Deployment.class, null, "web").spec().replicas()).isEqualTo(2);
  }

  @Test
  void anUpdateWithoutResourceVersionIsUnconditional() {
    Deployment v1 = api.create(deployment("web", 1));
    api.update(v1.withReplicas(2));
    Deployment v3 =
        api.update(v1.withReplicas(3).withMetadata(v1.metadata().withResourceVersion(null)));
    assertThat(v3.spec().replicas()).isEqualTo(3);
  }

  @Test
  void theGenerationIsBumpedBySpecChangesOnly() {
    Deployment d = api.create(deployment("web", 1));
    assertThat(d.metadata().generation()).isEqualTo(1);

    d = api.update(d.withReplicas(2));
    assertThat(d.metadata().generation()).isEqualTo(2);

    d = api.update(d.withMetadata(d.metadata().withLabel("tier", "front")));
    assertThat(d.metadata().generation()).isEqualTo(2);

    d = api.updateStatus(d.withStatus(status(2)));
    assertThat(d.metadata().generation()).isEqualTo(2);
    assertThat(d.status().replicas()).isEqualTo(2);
  }

  @Test
  void deploymentAnnotationsBumpTheGenerationButReplicaSetOnesDoNot() {
    // deploymentStrategy.PrepareForUpdate: annotations are copied to ReplicaSets
    Deployment d = api.create(deployment("web", 1));
    d = api.update(d.withMetadata(d.metadata().withAnnotation("kubernetes.io/change-cause", "x")));
    assertThat(d.metadata().generation()).isEqualTo(2);

    ReplicaSet rs =
        api.create(
            Manifests.readOne(
                """
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: web-1}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: nginx}]}
                """,
                ReplicaSet.class));
    rs = api.update(rs.withMetadata(rs.metadata().withAnnotation("a", "b")));
    assertThat(rs.metadata().generation()).isEqualTo(1);
  }

  @Test
  void updateKeepsTheStoredStatus() {
    Deployment d = api.create(deployment("web", 1));
    d = api.updateStatus(d.withStatus(status(1)));

    Deployment updated = api.update(d.withReplicas(5).withStatus(null));

    assertThat(updated.status()).isEqualTo(status(1));
    assertThat(updated.spec().replicas()).isEqualTo(5);
  }

  @Test
  void updateStatusChangesOnlyStatus() {
    Deployment d = api.create(deployment("web", 1));

    Deployment out =
        api.updateStatus(
            d.withReplicas(9).withMetadata(d.metadata().withLabel("x", "y")).withStatus(status(1)));

    assertThat(out.spec().replicas()).isEqualTo(1);
    assertThat(out.metadata().labels()).doesNotContainKey("x");
    assertThat(out.status()).isEqualTo(status(1));
  }

  @Test
  void updateStatusOfAKindWithoutStatusIsNotFound() {
    ConfigMap cm =
        api.create(
            Manifests.readOne(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", ConfigMap.class));
    assertThatThrownBy(() -> api.updateStatus(cm))
        .isInstanceOf(ApiException.NotFound.class)
        .hasMessage("the server could not find the requested resource");
  }

  @Test
  void aWriteThatChangesNothingIsNotStored() {
    Deployment d = api.create(deployment("web", 1));
    int entries = s.timeline().size();

    Deployment same = api.update(d);
    Deployment sameStatus = api.updateStatus(d);

    assertThat(same).isEqualTo(d);
    assertThat(sameStatus).isEqualTo(d);
    assertThat(api.resourceVersion()).isEqualTo(d.metadata().resourceVersion());
    assertThat(s.timeline().size()).isEqualTo(entries);
  }

  @Test
  void serverFieldsCannotBeChangedByAnUpdate() {
    Deployment d = api.create(deployment("web", 1));
    s.loop().advance(Duration.ofSeconds(5));

    Deployment out =
        api.update(
            d.withReplicas(2)
                .withMetadata(
                    d.metadata().withCreationTimestamp(null).withGeneration(99L).withUid(null)));

    assertThat(out.metadata().creationTimestamp()).isEqualTo(d.metadata().creationTimestamp());
    assertThat(out.metadata().uid()).isEqualTo(d.metadata().uid());
    assertThat(out.metadata().generation()).isEqualTo(2);
  }

  @Test
  void aDifferentUidIsInvalid() {
    Deployment d = api.create(deployment("web", 1));
    assertThatThrownBy(() -> api.update(d.withMetadata(d.metadata().withUid("other"))))
        .isInstanceOf(ApiException.Invalid.class)
        .hasMessage(
            "Deployment.apps \"web\" is invalid: metadata.uid: Invalid value: \"other\": field is"
                + " immutable");
  }

  @Test
  void updatingAMissingObjectIsNotFound() {
    assertThatThrownBy(() -> api.update(deployment("web", 1)))
        .isInstanceOf(ApiException.NotFound.class)
        .hasMessage("deployments.apps \"web\" not found");
  }

  @Test
  void statusWritesKeepPodSpec() {
    Pod p = api.create(pod("p", "n1"));
    Pod running = api.updateStatus(p.withStatus(PodStatus.EMPTY.withPhase("Running")));
    assertThat(running.status().phase()).isEqualTo("Running");
    assertThat(running.spec()).isEqualTo(p.spec());
    assertThat(s.timeline().entries().get(s.timeline().size() - 1).verb())
        .isEqualTo(Verb.UPDATE_STATUS);
  }

  static DeploymentStatus status(int replicas) {
    return new DeploymentStatus(1L, replicas, replicas, replicas, replicas, null, null, null, null);
  }
}
