package io.kubemu.examples;

import static io.kubemu.dsl.Kubemu.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.model.apps.Deployment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's first test, verbatim: if this fails, the README is wrong. */
@KubemuTest(nodes = 2)
class ReadmeTest {
  @Test
  void rolls_out_three_replicas(Cluster cluster) {
    cluster.apply(
        deployment("web")
            .replicas(3)
            .selector("app", "web")
            .template(pod().label("app", "web").container(container("web").image("nginx:1.25"))));
    cluster.advance(Duration.ofMinutes(1));
    assertThat(cluster.get(Deployment.class, "web").status().readyReplicas()).isEqualTo(3);
  }
}
