package io.kubemu.assertions.api;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * {@link InstanceOfAssertFactory} constants for the kubemu asserts, for AssertJ's {@code
 * asInstanceOf} and {@code extracting(..., factory)}:
 *
 * <pre><code class='java'>assertThat(object).asInstanceOf(POD).isRunning();
 * assertThat(cluster).extracting(Cluster::timeline, TIMELINE).count(Pod.class, "app=web").neverExceeded(6);</code>
 * </pre>
 */
@SuppressWarnings("rawtypes")
public interface KubemuInstanceOfAssertFactories {

  /** A cluster. */
  InstanceOfAssertFactory<Cluster, ClusterAssert> CLUSTER =
      new InstanceOfAssertFactory<>(Cluster.class, KubemuAssertions::assertThat);

  /** A pod. */
  InstanceOfAssertFactory<Pod, PodAssert> POD =
      new InstanceOfAssertFactory<>(Pod.class, KubemuAssertions::assertThat);

  /** A list of pods. */
  @SuppressWarnings("unchecked")
  InstanceOfAssertFactory<List, PodsAssert> PODS =
      new InstanceOfAssertFactory<>(List.class, list -> KubemuAssertions.assertThatPods(list));

  /** A node. */
  InstanceOfAssertFactory<Node, NodeAssert> NODE =
      new InstanceOfAssertFactory<>(Node.class, KubemuAssertions::assertThat);

  /** A deployment. */
  InstanceOfAssertFactory<Deployment, DeploymentAssert> DEPLOYMENT =
      new InstanceOfAssertFactory<>(Deployment.class, KubemuAssertions::assertThat);

  /** An event. */
  InstanceOfAssertFactory<Event, EventAssert> EVENT =
      new InstanceOfAssertFactory<>(Event.class, KubemuAssertions::assertThat);

  /** A list of events. */
  @SuppressWarnings("unchecked")
  InstanceOfAssertFactory<List, EventsAssert> EVENTS =
      new InstanceOfAssertFactory<>(List.class, list -> KubemuAssertions.assertThatEvents(list));

  /** A timeline. */
  InstanceOfAssertFactory<Timeline, TimelineAssert> TIMELINE =
      new InstanceOfAssertFactory<>(Timeline.class, KubemuAssertions::assertThat);
}
