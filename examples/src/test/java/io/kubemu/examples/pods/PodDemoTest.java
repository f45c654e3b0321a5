package io.kubemu.examples.pods;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.pods.Terminal.kubectl;
import static io.kubemu.examples.pods.Terminal.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 1.3.1, "创建简单pod": the bare pod {@code pod-demo} (namespace {@code app}) runs {@code
 * /bin/bash -c "sleep 3600"} in a CentOS 7 container on one of the two nodes {@code hdss7-21} and
 * {@code hdss7-22}.
 *
 * <p>What to notice:
 *
 * <ol>
 *   <li>The life of a pod starts with five events, always in this order: {@code Scheduled} from the
 *       {@code default-scheduler}, then {@code Pulling}, {@code Pulled}, {@code Created}, {@code
 *       Started} from the kubelet of the node it landed on. The seed's (older) kubectl shows {@code
 *       kubelet, <node>} in describe's From column; today's describe shows the component only, and
 *       {@code kubectl get events -o wide} shows {@code kubelet, <node>} in its SOURCE column.
 *       kubemu pulls an image in 1 s of virtual time.
 *   <li>{@code kubectl get pod -o wide} then shows {@code 1/1 Running 0}, the pod's IP and its
 *       node.
 *   <li>{@code sleep 3600} is a real process on the virtual clock: one hour after it started it
 *       exits with status 0. The pod has the default {@code restartPolicy: Always}, so the kubelet
 *       starts the container again at once (a first restart has no back-off): RESTARTS becomes 1
 *       and the previous instance is kept as {@code lastState.terminated} (Completed, exit code 0).
 * </ol>
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class PodDemoTest {

  private static final String POD = "app/pod-demo";
  private static final Instant START = Instant.parse(Cluster.DEFAULT_START);

  @Test
  void a_simple_pod_starts_with_five_events_and_restarts_when_its_sleep_ends(Cluster cluster) {
    // kubectl apply -f myapp.yaml: the scheduler binds the pod at once; the kubelet starts pulling.
    kubectl(cluster, "apply -f seed/manifests/pod-demo.yaml");

    // 16 s later, as in the seed's terminal: Running, one container of one ready, no restart.
    cluster.advance(Duration.ofSeconds(16));
    kubectl(cluster, "get pod -o wide -n app");
    Pod pod = cluster.get(Pod.class, POD);
    String node = pod.spec().nodeName();
    assertThat(node).isIn("hdss7-21.host.com", "hdss7-22.host.com");
    assertThat(pod.status().podIP()).isNotBlank();
    assertThat(pod).isRunning().isReady().hasRestartCount(0).isScheduledOn(node);

    // kubectl describe pod pod-demo -n app | tail: the Events table.
    kubectl(cluster, "describe pod pod-demo -n app");
    assertThat(cluster)
        .pod(POD)
        .hasEventsInOrder("Scheduled", "Pulling", "Pulled", "Created", "Started")
        .hasEvent("Normal", "Scheduled", "Successfully assigned app/pod-demo to " + node)
        .hasEvent("Normal", "Pulling", "Pulling image \"harbor.od.com/public/centos:7\"")
        .hasEvent("Normal", "Pulled", "Successfully pulled image \"harbor.od.com/public/centos:7\"")
        .hasEvent("Normal", "Created", "Created container centos")
        .hasEvent("Normal", "Started", "Started container centos");
    // Who reported each event: the scheduler first, then the node's kubelet.
    List<Event> events = cluster.events(pod);
    assertThat(events.get(0).source().component()).isEqualTo("default-scheduler");
    assertThat(events.subList(1, 5))
        .allSatisfy(
            e -> {
              assertThat(e.source().component()).isEqualTo("kubelet");
              assertThat(e.source().host()).isEqualTo(node);
            });
    // kubectl shows both in the SOURCE column of `get events -o wide`: "kubelet, <node>".
    String wide = kubectl(cluster, "get events -n app -o wide");
    assertThat(wide).contains("kubelet, " + node).contains("default-scheduler");

    // The container started at t=1s (after the 1 s pull): `sleep 3600` ends at t=3601s.
    cluster.advanceTo(START.plusSeconds(1 + 3599));
    note(cluster, "one second before the sleep ends");
    kubectl(cluster, "get pod -n app");
    assertThat(cluster).pod(POD).isRunning().hasRestartCount(0);

    cluster.advance(Duration.ofSeconds(1));
    note(cluster, "sleep 3600 exited 0; restartPolicy Always restarts the container at once");
    kubectl(cluster, "get pod -o wide -n app");
    assertThat(cluster).pod(POD).isRunning().hasRestartCount(1).container("centos").isRunning();
    ContainerStateTerminated last =
        cluster.get(Pod.class, POD).status().containerStatuses().get(0).lastState().terminated();
    assertThat(last.exitCode()).isZero();
    assertThat(last.reason()).isEqualTo("Completed");
    assertThat(last.finishedAt()).isEqualTo(START.plusSeconds(3601));
  }
}
