package io.kubemu.engine.kubectl;

import static io.kubemu.engine.kubectl.Fixtures.create;
import static io.kubemu.engine.kubectl.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code get -w} replayed from the timeline: a pod's life, row by row. */
class KubectlWatchTest {

  Cluster cluster;
  Kubectl kubectl;

  @BeforeEach
  void setUp() {
    cluster = Fixtures.quietCluster();
    kubectl = new Kubectl(cluster).withNamespace("app");
    Pod pod =
        create(
            cluster,
            """
            metadata: {name: web-1, namespace: app, labels: {app: web}}
            spec: {nodeName: n1, containers: [{name: web, image: "nginx:1.25"}]}
            status: {phase: Pending}
            """,
            Pod.class);
    create(
        cluster,
        "metadata: {name: other, namespace: kube-system}\n"
            + "spec: {containers: [{name: c, image: i}]}",
        Pod.class);
    cluster.advance(Duration.ofSeconds(5));
    pod =
        status(
            pod,
            """
            phase: Pending
            containerStatuses: [{name: web, ready: false, restartCount: 0, state: {waiting: {reason: ContainerCreating}}}]
            """);
    cluster.advance(Duration.ofSeconds(10));
    status(
        pod,
        """
        phase: Running
        conditions: [{type: Ready, status: "True"}]
        containerStatuses: [{name: web, ready: true, restartCount: 0, state: {running: {}}}]
        """);
    cluster.advance(Duration.ofSeconds(20));
    cluster.api().delete(Pod.class, "app", "web-1");
    cluster.advance(Duration.ofSeconds(60)); // the grace period (30 s) expires
  }

  private Pod status(Pod pod, String status) {
    Pod current = cluster.get(Pod.class, "app/" + pod.metadata().name());
    return cluster.api().updateStatus(current.withStatus(yaml(status, PodStatus.class)));
  }

  @Test
  void prints_the_initial_list_then_a_row_per_write_with_kubectls_remembered_widths() {
    assertThat(kubectl.run("get pods -w"))
        .isEqualTo(
            """
            NAME    READY   STATUS    RESTARTS   AGE
            web-1   0/1     Pending   0          0s
            web-1   0/1     ContainerCreating   0          5s
            web-1   1/1     Running             0          15s
            web-1   1/1     Terminating         0          35s
            web-1   1/1     Terminating         0          65s
            web-1   1/1     Terminating         0          65s
            """);
    // the last two: the grace period's end (deletionGracePeriodSeconds 0, MODIFIED), then DELETED
  }

  @Test
  void since_a_duration_ago_starts_from_the_objects_as_they_were_then() {
    // now is T0+95s: 85s ago is T0+10s, after ContainerCreating
    assertThat(kubectl.run("get pods -w --since=85s -o name")).isEqualTo("pod/web-1\n".repeat(5));
    assertThat(kubectl.run("get pods --watch --since=2026-01-01T00:00:40Z -L app"))
        .isEqualTo(
            """
            NAME    READY   STATUS        RESTARTS   AGE   APP
            web-1   1/1     Terminating   0          40s   web
            web-1   1/1     Terminating   0          65s   web
            web-1   1/1     Terminating   0          65s   web
            """);
  }

  @Test
  void selectors_and_namespaces_filter_the_stream() {
    assertThat(kubectl.run("get pods -w -l app=nothing")).isEmpty();
    assertThat(kubectl.run("get pods -w -A --no-headers --since=2026-01-01T00:00:50Z"))
        .isEqualTo(
            """
            app           web-1   1/1   Terminating   0     50s
            kube-system   other   0/1   Pending       0     50s
            app           web-1   1/1   Terminating   0     65s
            app           web-1   1/1   Terminating   0     65s
            """);
  }

  @Test
  void watch_limits() {
    assertThatThrownBy(() -> kubectl.run("get pods,deploy -w"))
        .hasMessage(
            "error: watch is only supported on individual resources and resource collections, but"
                + " 2 resources were found");
    assertThatThrownBy(() -> kubectl.run("get pods -w --since=yesterday"))
        .hasMessageStartingWith("error: invalid argument \"yesterday\" for \"--since\" flag");
  }
}
