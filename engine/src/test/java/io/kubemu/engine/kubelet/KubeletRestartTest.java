package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.node;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A node whose kubelet stops (the machine dies) and starts again (it boots). */
class KubeletRestartTest {
  private final Cluster cluster = Cluster.builder().nodes(node("n1")).build();

  private String phase(String name) {
    return cluster.get(Pod.class, name).status().phase();
  }

  @Test
  void aPodBoundWhileTheKubeletWasDownStartsWhenItComesBack() {
    cluster.nodes().stopKubelet("n1");
    cluster.apply(pod("late").nodeName("n1").container(container("web").image("nginx:1.25")));
    cluster.advance(Duration.ofSeconds(30));
    assertThat(phase("late")).isEqualTo("Pending");

    cluster.nodes().startKubelet("n1");
    cluster.advance(Duration.ofSeconds(30));
    assertThat(phase("late")).isEqualTo("Running");
  }

  @Test
  void aDeletionAskedForWhileTheKubeletWasDownFinishesWhenItComesBack() {
    cluster.apply(pod("web").nodeName("n1").container(container("web").image("nginx:1.25")));
    cluster.advance(Duration.ofSeconds(30));
    cluster.nodes().stopKubelet("n1");
    cluster.delete(Pod.class, "web");
    cluster.advance(Duration.ofSeconds(60));
    assertThat(cluster.find(Pod.class, "web")).isPresent();

    cluster.nodes().startKubelet("n1");
    cluster.advance(Duration.ofSeconds(60));
    assertThat(cluster.find(Pod.class, "web")).isEmpty();
  }
}
