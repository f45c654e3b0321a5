package io.kubemu.assertions.api;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractIntegerAssert;
import org.assertj.core.api.IntegerAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * What an assert navigates with: the cluster it came from (null for a bare object) and, inside
 * {@link KubemuSoftAssertions}, the soft-assertion provider, so that the asserts it creates are
 * soft proxies too and a failed navigation is collected instead of thrown. Immutable.
 */
final class Nav {
  static final Nav DEFAULT = new Nav(null, null);

  final Cluster cluster;
  final SoftAssertionsProvider soft;

  private Nav(Cluster cluster, SoftAssertionsProvider soft) {
    this.cluster = cluster;
    this.soft = soft;
  }

  static Nav soft(SoftAssertionsProvider soft) {
    return new Nav(null, soft);
  }

  Nav with(Cluster cluster) {
    return new Nav(cluster, soft);
  }

  /** {@return the cluster, or throws naming what needs it} */
  Cluster cluster(String what) {
    if (cluster == null) {
      throw new IllegalStateException(
          what + " needs the cluster: start from KubemuAssertions.assertThat(cluster)");
    }
    return cluster;
  }

  /** Throws the error, or collects it when soft. */
  void fail(AssertionError error) {
    if (soft == null) throw error;
    soft.collectAssertionError(error);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <A> A make(Class<A> type, Class<?> actualType, Object actual, Supplier<A> hard) {
    if (soft == null) return hard.get();
    return (A) soft.proxy((Class) type, (Class) actualType, actual);
  }

  ClusterAssert cluster(Cluster c) {
    ClusterAssert a = make(ClusterAssert.class, Cluster.class, c, () -> new ClusterAssert(c));
    a.nav = with(c);
    return a;
  }

  PodAssert pod(Pod p) {
    PodAssert a = make(PodAssert.class, Pod.class, p, () -> new PodAssert(p));
    a.nav = this;
    return a;
  }

  PodsAssert pods(List<? extends Pod> pods, String namespace) {
    PodsAssert a = make(PodsAssert.class, List.class, pods, () -> new PodsAssert(pods));
    a.nav = this;
    a.namespace = namespace;
    return a;
  }

  ContainerAssert container(ContainerStatus s, Pod pod, PodAssert parent) {
    ContainerAssert a =
        make(ContainerAssert.class, ContainerStatus.class, s, () -> new ContainerAssert(s));
    a.pod = pod;
    a.parent = parent;
    return a;
  }

  NodeAssert node(Node n) {
    NodeAssert a = make(NodeAssert.class, Node.class, n, () -> new NodeAssert(n));
    a.nav = this;
    return a;
  }

  DeploymentAssert deployment(Deployment d) {
    DeploymentAssert a =
        make(DeploymentAssert.class, Deployment.class, d, () -> new DeploymentAssert(d));
    a.nav = this;
    return a;
  }

  EventAssert event(Event e) {
    return make(EventAssert.class, Event.class, e, () -> new EventAssert(e));
  }

  EventsAssert events(List<? extends Event> events, String subject) {
    EventsAssert a = make(EventsAssert.class, List.class, events, () -> new EventsAssert(events));
    a.nav = this;
    a.subject = subject;
    return a;
  }

  TimelineAssert timeline(Timeline t, Window window) {
    TimelineAssert a = make(TimelineAssert.class, Timeline.class, t, () -> new TimelineAssert(t));
    a.nav = this;
    a.window = window;
    return a;
  }

  TimelineCountAssert count(CountOverTime c) {
    TimelineCountAssert a =
        make(TimelineCountAssert.class, CountOverTime.class, c, () -> new TimelineCountAssert(c));
    a.nav = this;
    return a;
  }

  AbstractIntegerAssert<?> integer(int value, String description) {
    return make(IntegerAssert.class, Integer.class, value, () -> new IntegerAssert(value))
        .as(description);
  }
}
