package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldExist.shouldExist;

import io.kubemu.assertions.internal.Refs;
import io.kubemu.engine.Cluster;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Cluster}: navigation to its objects ({@link #pod}, {@link #pods}, {@link
 * #deployment}, {@link #node}, {@link #events}) and to its {@link #timeline()}. Objects are read
 * when navigating: the asserts see the cluster as it was then.
 *
 * <pre><code class='java'>assertThat(cluster).pod("app/pod-demo").isRunning().isReady();
 * assertThat(cluster).pods("app", "app=nginx").hasSize(5).allAreRunning();</code></pre>
 */
public class ClusterAssert extends AbstractAssert<ClusterAssert, Cluster> {

  Nav nav;

  /** An assert on the cluster (public for soft-assertion proxies). */
  public ClusterAssert(Cluster actual) {
    super(actual, ClusterAssert.class);
    this.nav = Nav.DEFAULT.with(actual);
  }

  /**
   * Navigates to a pod.
   *
   * <pre><code class='java'>// passes when app/pod-demo exists
   * assertThat(cluster).pod("app/pod-demo").isRunning();
   * // fails: there is no such pod
   * assertThat(cluster).pod("app/nope");</code></pre>
   *
   * @param key {@code namespace/name}, or {@code name} in {@code default}
   * @return an assert on the pod
   * @throws AssertionError if the cluster has no such pod
   */
  public PodAssert pod(String key) {
    return nav.pod(find(Pod.class, key).orElse(null));
  }

  /** {@return an assert on every pod of every namespace, sorted by namespace and name} */
  public PodsAssert pods() {
    isNotNull();
    return nav.pods(actual.list(Pod.class), null);
  }

  /** {@return an assert on the pods of a namespace, sorted by name} */
  public PodsAssert pods(String namespace) {
    isNotNull();
    return nav.pods(actual.list(Pod.class, namespace), namespace);
  }

  /**
   * Navigates to the pods of a namespace matching a label selector.
   *
   * <pre><code class='java'>// passes with five nginx pods
   * assertThat(cluster).pods("app", "app=nginx").hasSize(5);
   * // fails when only three match
   * assertThat(cluster).pods("app", "app=nginx").hasSize(4);</code></pre>
   *
   * @param namespace the namespace, or null for all
   * @param labelSelector as {@code kubectl -l} takes it, e.g. {@code app=web,tier!=db}
   * @return an assert on the matching pods, sorted by namespace and name
   */
  public PodsAssert pods(String namespace, String labelSelector) {
    isNotNull();
    return nav.pods(actual.list(Pod.class, namespace, labelSelector), namespace);
  }

  /**
   * Navigates to a Deployment.
   *
   * <pre><code class='java'>// passes when app/web exists
   * assertThat(cluster).deployment("app/web").pods().allAreReady();
   * // fails: there is no such deployment
   * assertThat(cluster).deployment("app/nope");</code></pre>
   *
   * @param key {@code namespace/name}, or {@code name} in {@code default}
   * @return an assert on the deployment
   * @throws AssertionError if the cluster has no such deployment
   */
  public DeploymentAssert deployment(String key) {
    return nav.deployment(find(Deployment.class, key).orElse(null));
  }

  /**
   * Navigates to a Node.
   *
   * <pre><code class='java'>// passes when node n1 exists
   * assertThat(cluster).node("n1").isSchedulable();
   * // fails: there is no such node
   * assertThat(cluster).node("n9");</code></pre>
   *
   * @return an assert on the node
   * @throws AssertionError if the cluster has no such node
   */
  public NodeAssert node(String name) {
    return nav.node(find(Node.class, name).orElse(null));
  }

  /**
   * Navigates to the events about an object, oldest first.
   *
   * <pre><code class='java'>// passes when the deployment scaled its ReplicaSet
   * assertThat(cluster).events(Deployment.class, "app/web").containsEvent("Normal", "ScalingReplicaSet", null);</code>
   * </pre>
   *
   * @return an assert on the events
   * @throws AssertionError if the cluster has no such object
   */
  public EventsAssert events(Class<? extends KubernetesObject> type, String key) {
    Optional<? extends KubernetesObject> object = find(type, key);
    List<io.kubemu.model.core.Event> events =
        object.isPresent() ? actual.events(object.get()) : List.of();
    return nav.events(events, object.map(Refs::of).orElse(key));
  }

  /** {@return an assert on every write of the cluster so far} */
  public TimelineAssert timeline() {
    isNotNull();
    return nav.timeline(actual.timeline(), Window.ALL);
  }

  private <T extends KubernetesObject> Optional<T> find(Class<T> type, String key) {
    isNotNull();
    Optional<T> found = actual.find(type, key);
    if (found.isEmpty()) {
      var kind = Kinds.of(type);
      String ns = kind.namespaced() ? namespaceOf(key) : null;
      List<T> others = ns == null ? actual.list(type) : actual.list(type, ns);
      String where = kind.qualifiedResource() + (ns == null ? "" : " in namespace \"" + ns + "\"");
      nav.fail(assertionError(shouldExist(Refs.resource(kind), key, where, others)));
    }
    return found;
  }

  private static String namespaceOf(String key) {
    int slash = key.indexOf('/');
    return slash < 0 ? "default" : key.substring(0, slash);
  }
}
