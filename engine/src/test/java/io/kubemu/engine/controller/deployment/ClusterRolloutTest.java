package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.ChangeCause;
import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

/** {@code Cluster.rollout()}: its writes settle as the facade's apply does. */
class ClusterRolloutTest {

  private static Cluster cluster() {
    return Cluster.builder()
        .nodes(Manifests.readResource("seed/manifests/nodes-hdss7.yaml"))
        .build();
  }

  private static Deployment seed(String version) {
    return Manifests.readOneResource("seed/manifests/nginx-" + version + ".yaml", Deployment.class);
  }

  @Test
  void a_pause_right_after_an_apply_sees_what_the_controllers_did_in_that_instant() {
    try (Cluster cluster = cluster()) {
      cluster.apply(seed("v1.14"), ChangeCause.record("v1.14"));
      assertThat(cluster.rollout().status("app/nginx-deploy"))
          .last()
          .isEqualTo("deployment \"nginx-deploy\" successfully rolled out");

      cluster.apply(seed("v1.15"), ChangeCause.record("v1.15"));
      // the surge pod exists already: apply returned with the controllers' reactions done
      assertThat(cluster.list(Pod.class, "app", "version=v1.15")).hasSize(1);
      assertThat(cluster.rollout().pause("app/nginx-deploy"))
          .isEqualTo("deployment.apps/nginx-deploy paused");
      assertThat(cluster.get(Deployment.class, "app/nginx-deploy").status().observedGeneration())
          .isEqualTo(cluster.get(Deployment.class, "app/nginx-deploy").metadata().generation());

      cluster.advance(java.time.Duration.ofMinutes(5));
      assertThat(cluster.list(ReplicaSet.class, "app"))
          .extracting(rs -> rs.metadata().label("version") + "=" + rs.spec().replicas())
          .containsExactlyInAnyOrder("v1.14=5", "v1.15=1");

      cluster.rollout().resume("app/nginx-deploy");
      // resumed: the controllers took their next step in the same instant
      assertThat(cluster.list(ReplicaSet.class, "app"))
          .extracting(rs -> rs.metadata().label("version") + "=" + rs.spec().replicas())
          .containsExactlyInAnyOrder("v1.14=4", "v1.15=2");
      assertThat(cluster.rollout().history("app/nginx-deploy").numbers()).containsExactly(1L, 2L);
    }
  }

  @Test
  void live_clusters_refuse_it() {
    try (Cluster cluster = cluster()) {
      cluster.live(1.0);
      assertThatThrownBy(cluster::rollout)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the cluster is live");
      cluster.stopLive();
      assertThat(cluster.rollout()).isNotNull();
    }
  }
}
