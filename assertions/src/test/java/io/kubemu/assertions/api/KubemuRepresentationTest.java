package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.event;
import static io.kubemu.assertions.api.Fixtures.running;
import static io.kubemu.assertions.api.KubemuRepresentation.KUBEMU_REPRESENTATION;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.Test;

class KubemuRepresentationTest {

  private final Cluster cluster = Fixtures.cluster();

  @Test
  void should_print_a_pod_with_its_phase_and_node() {
    createPod(cluster, "app/web-5d8f7c9b4-x2x7k", "n2");
    Pod pod = running(cluster, "app/web-5d8f7c9b4-x2x7k", true);
    then(KUBEMU_REPRESENTATION.toStringOf(pod)).isEqualTo("pod/web-5d8f7c9b4-x2x7k (Running, n2)");
  }

  @Test
  void should_print_what_a_pod_has() {
    then(KUBEMU_REPRESENTATION.toStringOf(new Pod(ObjectMeta.named("app", "bare"), null, null)))
        .isEqualTo("pod/bare");
    createPod(cluster, "app/pending", null);
    then(KUBEMU_REPRESENTATION.toStringOf(cluster.get(Pod.class, "app/pending")))
        .isEqualTo("pod/pending (Pending)");
    createPod(cluster, "app/going", "n1");
    cluster.delete(Pod.class, "app/going");
    then(KUBEMU_REPRESENTATION.toStringOf(cluster.get(Pod.class, "app/going")))
        .isEqualTo("pod/going (Pending, n1, terminating)");
  }

  @Test
  void should_print_other_objects_as_kubectl_names_them() {
    then(KUBEMU_REPRESENTATION.toStringOf(cluster.get(Node.class, "n1"))).isEqualTo("node/n1");
    then(KUBEMU_REPRESENTATION.toStringOf(Fixtures.deployment())).isEqualTo("deployment.apps/web");
  }

  @Test
  void should_print_events_timeline_entries_and_container_statuses() {
    Pod pod = createPod(cluster, "app/demo", "n1");
    then(KUBEMU_REPRESENTATION.toStringOf(
            event(cluster, pod, "Warning", "BackOff", "Back-off restarting")))
        .isEqualTo("Warning BackOff pod/demo: Back-off restarting");
    then(KUBEMU_REPRESENTATION.toStringOf(cluster.timeline().entries().get(4)))
        .isEqualTo("2026-01-01T00:00:00Z rv=5 create Node n1");
    Pod running = running(cluster, "app/demo", true);
    then(KUBEMU_REPRESENTATION.toStringOf(running.status().containerStatuses().get(0)))
        .isEqualTo("container web (running since 2026-01-01T00:00:00Z, ready)");
  }

  @Test
  void should_print_lists_of_pods_and_everything_else_as_assertj_does() {
    createPod(cluster, "app/a", "n1");
    createPod(cluster, "app/b", null);
    then(KUBEMU_REPRESENTATION.toStringOf(cluster.list(Pod.class)))
        .isEqualTo("[pod/a (Pending, n1), pod/b (Pending)]");
    then(KUBEMU_REPRESENTATION.toStringOf(List.of("x", 1)))
        .isEqualTo(new StandardRepresentation().toStringOf(List.of("x", 1)));
  }

  @Test
  void should_be_registered_for_assertj() {
    createPod(cluster, "app/a", "n1");
    then(org.assertj.core.api.Assertions.catchThrowable(
            () ->
                org.assertj.core.api.Assertions.assertThat(cluster.get(Pod.class, "app/a"))
                    .isNull()))
        .hasMessageContaining("pod/a (Pending, n1)");
  }
}
