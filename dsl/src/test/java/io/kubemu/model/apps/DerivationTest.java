package io.kubemu.model.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kubemu.model.IntOrString;
import io.kubemu.model.core.Container;
import io.kubemu.model.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

/** The withers a test uses to derive the next version of a workload. */
class DerivationTest {

  private static final Deployment NGINX =
      ModelYaml.read("seed/manifests/nginx-v1.12.yaml", 0, Deployment.class);

  private static final Deployment FULL =
      ModelYaml.read("io/kubemu/model/apps/deployment-full.yaml", 0, Deployment.class);

  @Test
  void withReplicasChangesOnlySpecReplicas() {
    Deployment scaled = NGINX.withReplicas(7);

    assertThat(scaled.spec().replicas()).isEqualTo(7);
    assertThat(scaled.withReplicas(5)).isEqualTo(NGINX);
    assertThat(NGINX.spec().replicas()).isEqualTo(5);
  }

  @Test
  void withImageChangesOnlyThatContainer() {
    Deployment next = FULL.withImage("web", "nginx:1.26");

    assertThat(next.spec().template().spec().containers())
        .extracting(Container::name, Container::image)
        .containsExactly(tuple("web", "nginx:1.26"), tuple("sidecar", "busybox:1.36"));
    assertThat(next.metadata()).isEqualTo(FULL.metadata());
    assertThat(next.status()).isEqualTo(FULL.status());
    assertThat(next.withImage("web", "nginx:1.25")).isEqualTo(FULL);
  }

  @Test
  void withImageOfTheSeedDeploymentReadsLikeTheNextManifest() {
    Deployment next = NGINX.withImage("nginx-pod", "harbor.od.com/public/nginx:v1.13");

    assertThat(next.spec().template().spec().containers().get(0).image())
        .isEqualTo("harbor.od.com/public/nginx:v1.13");
  }

  @Test
  void withImageOfAnUnknownContainerFailsAsKubectlDoes() {
    assertThatThrownBy(() -> NGINX.withImage("nope", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unable to find container named \"nope\"");
    assertThatThrownBy(() -> new Deployment(ObjectMeta.named("d"), null, null).withImage("a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unable to find container named \"a\"");
  }

  @Test
  void withPausedAndWithersOnAnAbsentSpec() {
    assertThat(NGINX.withPaused(true).spec().paused()).isTrue();
    assertThat(NGINX.withPaused(true).withPaused(false).spec().paused()).isFalse();

    Deployment bare = new Deployment(ObjectMeta.named("d"), null, null).withReplicas(3);

    assertThat(bare.spec()).isEqualTo(DeploymentSpec.EMPTY.withReplicas(3));
  }

  @Test
  void replicaSetDaemonSetAndStatefulSetDeriveToo() {
    ReplicaSet rs =
        ModelYaml.read("io/kubemu/model/apps/replicaset-full.yaml", 0, ReplicaSet.class);
    DaemonSet ds = ModelYaml.read("seed/manifests/proxy-v1.12.yaml", 0, DaemonSet.class);
    StatefulSet ss =
        ModelYaml.read("seed/manifests/statefulset-nginx-web.yaml", 1, StatefulSet.class);

    assertThat(rs.withReplicas(0).spec().replicas()).isZero();
    assertThat(rs.withImage("web", "nginx:2").spec().template().spec().containers().get(0).image())
        .isEqualTo("nginx:2");
    assertThat(
            ds.withImage("nginx-proxy", "nginx:2")
                .spec()
                .template()
                .spec()
                .containers()
                .get(0)
                .image())
        .isEqualTo("nginx:2");
    assertThat(ss.withReplicas(3).spec().replicas()).isEqualTo(3);
    assertThat(
            ss.withImage("nginx-web", "nginx:2")
                .spec()
                .template()
                .spec()
                .containers()
                .get(0)
                .image())
        .isEqualTo("nginx:2");
    assertThat(ss.withImage("nginx-web", "nginx:2").spec().volumeClaimTemplates())
        .isEqualTo(ss.spec().volumeClaimTemplates());
  }

  @Test
  void withPartitionSetsARollingUpdateKeepingMaxUnavailable() {
    StatefulSet seed =
        ModelYaml.read("seed/manifests/statefulset-nginx-web.yaml", 1, StatefulSet.class);
    StatefulSet full =
        ModelYaml.read("io/kubemu/model/apps/statefulset-full.yaml", 0, StatefulSet.class);

    assertThat(seed.withPartition(1).spec().updateStrategy())
        .isEqualTo(
            new StatefulSetUpdateStrategy(
                "RollingUpdate", new RollingUpdateStatefulSetStrategy(1, null)));
    assertThat(full.withPartition(0).spec().updateStrategy().rollingUpdate())
        .isEqualTo(new RollingUpdateStatefulSetStrategy(0, IntOrString.of(1)));
  }

  @Test
  void withMetadataAndWithStatusReturnTheConcreteType() {
    Deployment renamed = NGINX.withMetadata(NGINX.metadata().withName("other"));
    Deployment withStatus = renamed.withStatus(FULL.status());

    assertThat(withStatus.metadata().name()).isEqualTo("other");
    assertThat(withStatus.status()).isEqualTo(FULL.status());
    assertThat(withStatus.spec()).isEqualTo(NGINX.spec());
  }
}
