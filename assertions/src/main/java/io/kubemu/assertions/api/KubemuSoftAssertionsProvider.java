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
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The kubemu entry points for soft assertions, as default methods: implement it on any AssertJ
 * soft-assertions class (e.g. one extending {@code JUnitSoftAssertions}) to add them, or use {@link
 * KubemuSoftAssertions}. Asserts reached by navigation are soft too, and a navigation that finds
 * nothing (no such pod) is collected as a failure.
 */
@CheckReturnValue
public interface KubemuSoftAssertionsProvider extends SoftAssertionsProvider {

  /** {@return a soft assert on the cluster} */
  default ClusterAssert assertThat(Cluster actual) {
    return Nav.soft(this).cluster(actual);
  }

  /** {@return a soft assert on a pod} */
  default PodAssert assertThat(Pod actual) {
    return Nav.soft(this).pod(actual);
  }

  /** {@return a soft assert on pods} */
  default PodsAssert assertThatPods(List<? extends Pod> actual) {
    return Nav.soft(this).pods(actual, null);
  }

  /** {@return a soft assert on a node} */
  default NodeAssert assertThat(Node actual) {
    return Nav.soft(this).node(actual);
  }

  /** {@return a soft assert on a deployment} */
  default DeploymentAssert assertThat(Deployment actual) {
    return Nav.soft(this).deployment(actual);
  }

  /** {@return a soft assert on a rollout history} */
  default RolloutHistoryAssert assertThat(RolloutHistory actual) {
    return RolloutHistoryAssert.of(Nav.soft(this), actual);
  }

  /** {@return a soft assert on the rollouts of a Deployment over the cluster's timeline} */
  default RolloutAssert assertThatRollout(Cluster cluster, String key) {
    return RolloutAssert.of(Nav.soft(this).with(cluster), cluster.timeline(), Window.ALL, key);
  }

  /** {@return a soft assert on an event} */
  default EventAssert assertThat(Event actual) {
    return Nav.soft(this).event(actual);
  }

  /** {@return a soft assert on events} */
  default EventsAssert assertThatEvents(List<? extends Event> actual) {
    return Nav.soft(this).events(actual, null);
  }

  /** {@return a soft assert on a timeline} */
  default TimelineAssert assertThat(Timeline actual) {
    return Nav.soft(this).timeline(actual, Window.ALL);
  }

  /** {@return a soft assert on a count over a timeline} */
  default TimelineCountAssert assertThat(CountOverTime actual) {
    return Nav.soft(this).count(actual);
  }
}
