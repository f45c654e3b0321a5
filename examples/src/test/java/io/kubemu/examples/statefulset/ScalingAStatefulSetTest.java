package io.kubemu.examples.statefulset;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Seed 6.3.2, scaling: with the default {@code podManagementPolicy: OrderedReady}, scaling up
 * creates pods from the lowest missing ordinal, each once the previous one is Ready; scaling down
 * removes the highest ordinal first, each once the previous one is gone.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class ScalingAStatefulSetTest {

  @Test
  void scales_up_in_ordinal_order_and_down_in_reverse(Cluster cluster) {
    Terminal sh = new Terminal(cluster);
    sh.kubectl("apply -f seed/manifests/statefulset-nginx-web.yaml");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");

    // scale to 5: nginx-web-2, -3, -4, each after the previous is Ready
    int up = sh.mark();
    sh.kubectl("patch sts nginx-web -n apps -p '{\"spec\":{\"replicas\":5}}'");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");
    sh.watchPods(up);

    assertThat(cluster).pods("apps").hasSize(5).allAreReady();
    assertThat(cluster)
        .pods("apps")
        .wereCreatedInOrder("nginx-web-2", "nginx-web-3", "nginx-web-4")
        .wereCreatedOrderedReady(
            "nginx-web-0", "nginx-web-1", "nginx-web-2", "nginx-web-3", "nginx-web-4");
    sh.kubectl("get pvc -n apps");
    assertThat(cluster.list(PersistentVolumeClaim.class, "apps")).hasSize(5);

    // scale to 2: nginx-web-4, -3, -2 terminate in that order, each after the previous is gone
    cluster.advance(Duration.ofMinutes(2));
    int down = sh.mark();
    sh.kubectl("patch sts nginx-web -n apps -p '{\"spec\":{\"replicas\":2}}'");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");
    String watch = sh.watchPods(down);
    assertThat(watch.lines().filter(l -> l.contains("Terminating")).map(l -> l.split(" ")[0]))
        .as("the watch shows them terminating from the highest ordinal down")
        .containsSubsequence("nginx-web-4", "nginx-web-3", "nginx-web-2")
        .doesNotContain("nginx-web-0", "nginx-web-1");

    assertThat(cluster)
        .pods("apps")
        .hasSize(2)
        .wereTerminatedInOrder("nginx-web-4", "nginx-web-3", "nginx-web-2")
        .wereDeletedInOrder("nginx-web-4", "nginx-web-3", "nginx-web-2");
    Timeline timeline = cluster.timeline();
    assertThat(first(timeline, "nginx-web-3", Verb.DELETE))
        .as("nginx-web-3 terminated only once nginx-web-4 was gone")
        .isGreaterThan(first(timeline, "nginx-web-4", Verb.DELETED_FINAL));
    assertThat(first(timeline, "nginx-web-2", Verb.DELETE))
        .as("nginx-web-2 terminated only once nginx-web-3 was gone")
        .isGreaterThan(first(timeline, "nginx-web-3", Verb.DELETED_FINAL));
    assertThat(cluster.list(Pod.class, "apps"))
        .extracting(p -> p.metadata().name())
        .containsExactly("nginx-web-0", "nginx-web-1");

    // scaling down keeps the claims (persistentVolumeClaimRetentionPolicy whenScaled: Retain)
    sh.kubectl("get pvc -n apps");
    assertThat(cluster.list(PersistentVolumeClaim.class, "apps"))
        .hasSize(5)
        .allSatisfy(c -> assertThat(c.status().phase()).isEqualTo("Bound"));
  }

  /** The write number of the first {@code verb} on the pod {@code apps/<name>}. */
  static long first(Timeline timeline, String name, Verb verb) {
    return timeline.of(Pod.class, "apps/" + name).stream()
        .filter(e -> e.verb() == verb)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + verb + " of " + name))
        .sequence();
  }
}
