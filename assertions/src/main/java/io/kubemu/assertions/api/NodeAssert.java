package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldHaveValue.shouldHaveValue;

import io.kubemu.assertions.internal.Refs;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Node}: readiness, schedulability, labels and taints, and navigation to the
 * pods bound to it ({@link #pods()}).
 */
public class NodeAssert extends AbstractObjectAssert<NodeAssert, Node> {

  Nav nav = Nav.DEFAULT;

  /** An assert on a node (public for soft-assertion proxies). */
  public NodeAssert(Node actual) {
    super(actual, NodeAssert.class);
  }

  /**
   * Navigates to the pods of every namespace bound to this node ({@code spec.nodeName}).
   *
   * <pre><code class='java'>assertThat(cluster).node("n1").pods().hasSize(2);</code></pre>
   */
  public PodsAssert pods() {
    isNotNull();
    String name = actual.metadata().name();
    List<Pod> pods =
        nav.cluster("pods()").list(Pod.class).stream()
            .filter(p -> p.spec() != null && name.equals(p.spec().nodeName()))
            .toList();
    return nav.pods(pods, null);
  }

  /** {@return an assert on the events about this node, oldest first (needs the cluster)} */
  public EventsAssert events() {
    isNotNull();
    return nav.events(nav.cluster("events()").events(actual), Refs.of(actual));
  }

  /**
   * Verifies the node's Ready condition is True.
   *
   * <pre>
   * <code class='java'>// passes for a node whose kubelet reports Ready; fails once it stopped posting status
   * assertThat(cluster).node("n1").isReady();</code></pre>
   */
  public NodeAssert isReady() {
    return hasReadyStatus("True");
  }

  /** Verifies the node's Ready condition is not True (False, Unknown or missing). */
  public NodeAssert isNotReady() {
    isNotNull();
    if ("True".equals(readyStatus())) {
      throwAssertionError(
          shouldHaveValue("node", actual, "condition", "Ready!=True", "Ready=True"));
    }
    return myself;
  }

  /**
   * Verifies {@code spec.unschedulable} is not set (the node is not cordoned).
   *
   * <pre><code class='java'>// passes for a fresh node; fails after kubectl cordon</code></pre>
   */
  public NodeAssert isSchedulable() {
    return hasUnschedulable(false);
  }

  /** Verifies {@code spec.unschedulable} is true (the node is cordoned). */
  public NodeAssert isUnschedulable() {
    return hasUnschedulable(true);
  }

  /**
   * Verifies a label.
   *
   * <pre>
   * <code class='java'>// passes for a node labelled disktype=ssd; fails otherwise, printing its labels
   * assertThat(cluster).node("n1").hasLabel("disktype", "ssd");</code></pre>
   */
  public NodeAssert hasLabel(String key, String value) {
    isNotNull();
    if (!Objects.equals(value, actual.metadata().label(key))) {
      throwAssertionError(
          shouldHaveValue("node", actual, "label", key + "=" + value, actual.metadata().labels()));
    }
    return myself;
  }

  /**
   * Verifies the node has a taint with this key and effect.
   *
   * <pre><code class='java'>// passes for a cordoned node
   * assertThat(cluster).node("n1").hasTaint("node.kubernetes.io/unschedulable", "NoSchedule");</code>
   * </pre>
   */
  public NodeAssert hasTaint(String key, String effect) {
    isNotNull();
    List<Taint> taints = actual.spec() == null ? List.of() : actual.spec().taints();
    if (taints.stream().noneMatch(t -> key.equals(t.key()) && effect.equals(t.effect()))) {
      List<String> found = taints.stream().map(t -> t.key() + ":" + t.effect()).toList();
      throwAssertionError(shouldHaveValue("node", actual, "taint", key + ":" + effect, found));
    }
    return myself;
  }

  private NodeAssert hasReadyStatus(String status) {
    isNotNull();
    String found = readyStatus();
    if (!status.equals(found)) {
      throwAssertionError(
          shouldHaveValue(
              "node",
              actual,
              "condition",
              "Ready=" + status,
              "Ready=" + (found == null ? "<none>" : found)));
    }
    return myself;
  }

  private NodeAssert hasUnschedulable(boolean expected) {
    isNotNull();
    boolean found = actual.spec() != null && Boolean.TRUE.equals(actual.spec().unschedulable());
    if (found != expected) {
      throwAssertionError(shouldHaveValue("node", actual, "spec.unschedulable", expected, found));
    }
    return myself;
  }

  private String readyStatus() {
    NodeCondition c =
        actual.status() == null ? null : actual.status().condition(NodeCondition.READY);
    return c == null ? null : c.status();
  }
}
