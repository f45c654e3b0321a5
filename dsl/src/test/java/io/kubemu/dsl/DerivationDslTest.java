package io.kubemu.dsl;

import static io.kubemu.dsl.Kubemu.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import org.junit.jupiter.api.Test;

/** Deriving the next version of an object: toBuilder, withImage, replicas, template edits. */
class DerivationDslTest {

  private static <T extends io.kubemu.model.KubernetesObject> T seed(String file, Class<T> type) {
    return Manifests.readOneResource("seed/manifests/" + file, type);
  }

  @Test
  void nginxRolloutVersionsDeriveFromOneAnother() {
    Deployment v12 = seed("nginx-v1.12.yaml", Deployment.class);

    Deployment v13 =
        toBuilder(v12)
            .rollingUpdate(maxSurge(5))
            .template(toBuilder(v12.spec().template()).label("version", "v1.13"))
            .withImage("nginx-pod", "harbor.od.com/public/nginx:v1.13")
            .build();
    assertThat(v13).isEqualTo(seed("nginx-v1.13.yaml", Deployment.class));

    Deployment v14 =
        toBuilder(v13)
            .rollingUpdate(maxSurge(1))
            .template(t -> t.withMetadata(t.metadata().withLabel("version", "v1.14")))
            .withImage("nginx-pod", "harbor.od.com/public/nginx:v1.14")
            .build();
    assertThat(v14).isEqualTo(seed("nginx-v1.14.yaml", Deployment.class));
    assertThat(v13.spec().strategy().rollingUpdate().maxSurge().intValue()).isEqualTo(5);
  }

  @Test
  void recordWithersAgreeWithTheBuilder() {
    Deployment v12 = seed("nginx-v1.12.yaml", Deployment.class);
    assertThat(toBuilder(v12).replicas(3).withImage("nginx-pod", "nginx:x").build())
        .isEqualTo(v12.withReplicas(3).withImage("nginx-pod", "nginx:x"));
  }

  @Test
  void withImageOnEveryWorkloadKind() {
    DaemonSet ds = seed("proxy-v1.12.yaml", DaemonSet.class);
    assertThat(toBuilder(ds).withImage("nginx-proxy", "harbor.od.com/public/nginx:v1.13").build())
        .isEqualTo(ds.withImage("nginx-proxy", "harbor.od.com/public/nginx:v1.13"));

    StatefulSet sts =
        (StatefulSet) Manifests.readResource("seed/manifests/statefulset-nginx-web.yaml").get(1);
    StatefulSet next = toBuilder(sts).withImage("nginx-web", "nginx:2").partition(1).build();
    // the builder adds no type (the API server defaults it), unlike the record's withPartition
    assertThat(next.spec().updateStrategy().type()).isNull();
    assertThat(next.spec().updateStrategy().rollingUpdate().partition()).isEqualTo(1);
    assertThat(next.withSpec(next.spec().withUpdateStrategy(null)))
        .isEqualTo(sts.withImage("nginx-web", "nginx:2"));

    CronJob cj = seed("cronjob.yaml", CronJob.class);
    CronJob nextCj = toBuilder(cj).withImage("hello", "busybox:1.36").build();
    assertThat(nextCj.spec().jobTemplate().spec().template().spec().containers().get(0).image())
        .isEqualTo("busybox:1.36");
    assertThat(toBuilder(nextCj).withImage("hello", "busybox").build()).isEqualTo(cj);

    Pod pod = seed("pod-demo.yaml", Pod.class);
    assertThat(toBuilder(pod).withImage("centos", "centos:8").build())
        .isEqualTo(pod.withImage("centos", "centos:8"));
  }

  @Test
  void withImageOfAnUnknownContainerFailsAsKubectlDoes() {
    Deployment v12 = seed("nginx-v1.12.yaml", Deployment.class);
    assertThatThrownBy(() -> toBuilder(v12).withImage("nope", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unable to find container named \"nope\"");
    assertThatThrownBy(() -> deployment("empty").withImage("web", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unable to find container named \"web\"");
    assertThatThrownBy(() -> cronJob("c", "@daily").withImage("web", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilderKeepsStatusAndServerFields() {
    Deployment stored =
        seed("nginx-v1.12.yaml", Deployment.class)
            .withMetadata(
                seed("nginx-v1.12.yaml", Deployment.class)
                    .metadata()
                    .withUid("u-1")
                    .withResourceVersion("42")
                    .withGeneration(3L))
            .withStatus(new DeploymentStatus(3L, 5, 5, 5, 5, 0, null, null, null));
    Deployment rebuilt = toBuilder(stored).build();
    assertThat(rebuilt).isEqualTo(stored);
    assertThat(rebuilt.status().availableReplicas()).isEqualTo(5);
    assertThat(rebuilt.metadata().resourceVersion()).isEqualTo("42");

    Pod pod = seed("pod-demo.yaml", Pod.class);
    PodStatus running =
        new PodStatus(
            "Running",
            null,
            null,
            null,
            null,
            "10.0.0.1",
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(toBuilder(pod).status(running).build()).isEqualTo(pod.withStatus(running));
  }

  @Test
  void templateOfAWorkloadDerivesIntoAPod() {
    Deployment v12 = seed("nginx-v1.12.yaml", Deployment.class);
    Pod pod = toBuilder(v12.spec().template()).name("nginx-deploy-abc12").namespace("app").build();
    assertThat(pod.spec()).isEqualTo(v12.spec().template().spec());
    assertThat(pod.metadata().labels()).containsEntry("version", "v1.12");
    assertThat(pod.metadata().name()).isEqualTo("nginx-deploy-abc12");
  }
}
