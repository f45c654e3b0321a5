package io.kubemu.assertions.api;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.controller.deployment.RolloutHistory;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.List;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * The entry point of the kubemu assertions. It does not extend AssertJ's {@code Assertions}, so
 * both can be statically imported without ambiguous {@code assertThat} calls; lists use {@link
 * #assertThatPods} and {@link #assertThatEvents} for the same reason.
 *
 * <pre><code class='java'>import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
 * import static io.kubemu.assertions.api.KubemuAssertions.await;
 *
 * await(cluster).atMost(Duration.ofMinutes(5)).untilAsserted(() -&gt;
 *     assertThat(cluster).pods("app", "app=nginx").hasSize(5).allAreReady());
 * assertThat(cluster).pod("app/pod-demo").isRunning().isReady().hasRestartCount(1);
 * assertThat(cluster.timeline()).count(Pod.class, "app=nginx").neverExceeded(6);</code></pre>
 *
 * <p>Failure messages print objects with {@link KubemuRepresentation}. Stateless.
 */
@CheckReturnValue
public class KubemuAssertions {

  /** For projects that extend this class with their own entry points. */
  protected KubemuAssertions() {}

  /** {@return an assert on the cluster, to navigate to its objects and timeline} */
  public static ClusterAssert assertThat(Cluster actual) {
    return new ClusterAssert(actual);
  }

  /** {@return an assert on a pod (event and scheduling-message checks need the cluster)} */
  public static PodAssert assertThat(Pod actual) {
    return new PodAssert(actual);
  }

  /** {@return an assert on pods (placement and ordering checks need the cluster)} */
  public static PodsAssert assertThatPods(List<? extends Pod> actual) {
    return new PodsAssert(actual);
  }

  /** {@return an assert on a node} */
  public static NodeAssert assertThat(Node actual) {
    return new NodeAssert(actual);
  }

  /** {@return an assert on a deployment} */
  public static DeploymentAssert assertThat(Deployment actual) {
    return new DeploymentAssert(actual);
  }

  /** {@return an assert on a rollout history, e.g. {@code cluster.rollout().history("app/web")}} */
  public static RolloutHistoryAssert assertThat(RolloutHistory actual) {
    return new RolloutHistoryAssert(actual);
  }

  /**
   * {@return an assert on the rollouts of the Deployment {@code key} ({@code namespace/name}) over
   * the cluster's whole timeline; the Deployment need not exist any more}
   */
  public static RolloutAssert assertThatRollout(Cluster cluster, String key) {
    return RolloutAssert.of(Nav.DEFAULT.with(cluster), cluster.timeline(), Window.ALL, key);
  }

  /** {@return an assert on an event} */
  public static EventAssert assertThat(Event actual) {
    return new EventAssert(actual);
  }

  /** {@return an assert on events, e.g. {@code cluster.events(pod)}} */
  public static EventsAssert assertThatEvents(List<? extends Event> actual) {
    return new EventsAssert(actual);
  }

  /** {@return an assert on a cluster's timeline} */
  public static TimelineAssert assertThat(Timeline actual) {
    return new TimelineAssert(actual);
  }

  /** {@return an assert on a count over a timeline} */
  public static TimelineCountAssert assertThat(CountOverTime actual) {
    return new TimelineCountAssert(actual);
  }

  /**
   * {@return a wait in the cluster's virtual time, with Awaitility's vocabulary: {@code
   * await(cluster).atMost(Duration.ofMinutes(10)).until(...)}}
   */
  public static VirtualAwait await(Cluster cluster) {
    return VirtualAwait.await(cluster);
  }
}
