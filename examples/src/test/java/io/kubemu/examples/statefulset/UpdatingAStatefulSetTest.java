package io.kubemu.examples.statefulset;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seed 6.3.3, rolling updates: a StatefulSet replaces its pods from the highest ordinal down, one
 * at a time, each recreated under the same name once the previous one is Ready again; {@code
 * rollingUpdate.partition: N} updates only the ordinals {@code >= N}.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class UpdatingAStatefulSetTest {
  static final String V0 = "linuxduduniao/nginx:v1.0.0";
  static final String V1 = "linuxduduniao/nginx:v1.0.1";
  static final String V2 = "linuxduduniao/nginx:v1.0.2";

  @Test
  void set_image_replaces_pods_in_reverse_ordinal_order_keeping_their_names(Cluster cluster) {
    Terminal sh = new Terminal(cluster);
    sh.kubectl("apply -f seed/manifests/statefulset-nginx-web.yaml");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");
    String uid0 = cluster.get(Pod.class, "apps/nginx-web-0").metadata().uid();
    String uid1 = cluster.get(Pod.class, "apps/nginx-web-1").metadata().uid();

    int update = sh.mark();
    sh.kubectl("set image sts nginx-web nginx-web=" + V1 + " -n apps");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");
    sh.note("reverse order: nginx-web-1 first, nginx-web-0 once the new nginx-web-1 is Ready");
    sh.watchPods(update);
    sh.kubectl("rollout history statefulset/nginx-web -n apps");

    assertThat(cluster)
        .pods("apps")
        .hasSize(2)
        .allAreReady()
        .wereTerminatedInOrder("nginx-web-1", "nginx-web-0");
    Timeline timeline = cluster.timeline();
    assertThat(first(timeline, "nginx-web-0", Verb.DELETE))
        .as("nginx-web-0 is replaced only once the new nginx-web-1 is Ready")
        .isGreaterThan(
            readyAfter(timeline, "nginx-web-1", first(timeline, "nginx-web-1", Verb.DELETE)));
    // same names, new pods, new image
    assertThat(images(cluster))
        .containsExactly(Map.entry("nginx-web-0", V1), Map.entry("nginx-web-1", V1));
    assertThat(cluster.get(Pod.class, "apps/nginx-web-0").metadata().uid()).isNotEqualTo(uid0);
    assertThat(cluster.get(Pod.class, "apps/nginx-web-1").metadata().uid()).isNotEqualTo(uid1);
  }

  @Test
  void a_partition_holds_the_lower_ordinals_back_until_it_is_lowered(Cluster cluster) {
    Terminal sh = new Terminal(cluster);
    sh.kubectl("apply -f seed/manifests/statefulset-nginx-web.yaml");
    sh.kubectl("patch sts nginx-web -n apps -p '{\"spec\":{\"replicas\":5}}'");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");

    // partition 3: only nginx-web-4 and nginx-web-3 take the new template
    int partitioned = sh.mark();
    sh.kubectl(
        "patch sts nginx-web -n apps -p"
            + " '{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":3}}}}'");
    sh.kubectl("set image sts nginx-web nginx-web=" + V2 + " -n apps");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");
    sh.watchPods(partitioned);
    sh.kubectl("get pod -L controller-revision-hash -n apps");

    assertThat(images(cluster))
        .containsExactly(
            Map.entry("nginx-web-0", V0),
            Map.entry("nginx-web-1", V0),
            Map.entry("nginx-web-2", V0),
            Map.entry("nginx-web-3", V2),
            Map.entry("nginx-web-4", V2));
    assertThat(cluster).pods("apps").hasSize(5).allAreReady();

    // partition 0: the rest follow, 2, 1, 0
    int released = sh.mark();
    sh.kubectl(
        "patch sts nginx-web -n apps -p"
            + " '{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":0}}}}'");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");
    sh.watchPods(released);

    assertThat(images(cluster).values()).containsOnly(V2);
    assertThat(cluster)
        .pods("apps")
        .hasSize(5)
        .allAreReady()
        // each pod was replaced once, from the highest ordinal down
        .wereTerminatedInOrder(
            "nginx-web-4", "nginx-web-3", "nginx-web-2", "nginx-web-1", "nginx-web-0");
    Timeline timeline = cluster.timeline();
    assertThat(first(timeline, "nginx-web-2", Verb.DELETE))
        .as("the lower ordinals waited for the partition to be lowered")
        .isGreaterThan(timeline.entries().get(released - 1).sequence());
  }

  /** Pod name to image, sorted by name. */
  static Map<String, String> images(Cluster cluster) {
    Map<String, String> images = new TreeMap<>();
    for (Pod p : cluster.list(Pod.class, "apps")) {
      images.put(p.metadata().name(), p.spec().containers().get(0).image());
    }
    return images;
  }

  static long first(Timeline timeline, String name, Verb verb) {
    return timeline.of(Pod.class, "apps/" + name).stream()
        .filter(e -> e.verb() == verb)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + verb + " of " + name))
        .sequence();
  }

  /** The write that first showed the pod Ready after write number {@code after}. */
  static long readyAfter(Timeline timeline, String name, long after) {
    return timeline.of(Pod.class, "apps/" + name).stream()
        .filter(e -> e.sequence() > after && isReady(e.as(Pod.class)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " never Ready again"))
        .sequence();
  }

  static boolean isReady(Pod p) {
    PodCondition c = p.status() == null ? null : p.status().condition(PodCondition.READY);
    return c != null && ConditionStatus.TRUE.equals(c.status());
  }
}
