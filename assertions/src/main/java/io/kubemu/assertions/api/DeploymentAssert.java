package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldHaveValue.shouldHaveValue;

import io.kubemu.assertions.internal.Refs;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Deployment}: its status counts and conditions, and navigation to its pods
 * ({@link #pods()}) and events, its rollout history ({@link #rolloutHistory()}) and the invariants
 * of its rollouts over the timeline ({@link #rollout()}). Counts the controller has not written
 * read as 0, as on the wire.
 */
public class DeploymentAssert extends AbstractObjectAssert<DeploymentAssert, Deployment> {

  Nav nav = Nav.DEFAULT;

  /** An assert on a deployment (public for soft-assertion proxies). */
  public DeploymentAssert(Deployment actual) {
    super(actual, DeploymentAssert.class);
  }

  /**
   * Navigates to the pods of the deployment's namespace matching its {@code spec.selector}, as
   * {@code kubectl get pods -l} with that selector lists them (terminating ones included).
   *
   * <pre>
   * <code class='java'>assertThat(cluster).deployment("app/web").pods().hasSize(5).allAreReady();</code>
   * </pre>
   */
  public PodsAssert pods() {
    isNotNull();
    Selector selector = Selector.from(actual.spec() == null ? null : actual.spec().selector());
    String ns = actual.metadata().namespace();
    List<Pod> pods =
        nav.cluster("pods()").list(Pod.class, ns).stream()
            .filter(p -> selector.matches(p.metadata().labels()))
            .toList();
    return nav.pods(pods, ns);
  }

  /** {@return an assert on the events about this deployment, oldest first (needs the cluster)} */
  public EventsAssert events() {
    isNotNull();
    return nav.events(nav.cluster("events()").events(actual), Refs.of(actual));
  }

  /**
   * Navigates to the Deployment's rollout history as {@code kubectl rollout history} reads it now
   * (needs the cluster).
   *
   * <pre><code class='java'>assertThat(cluster).deployment("app/nginx-deploy").rolloutHistory()
   *     .hasRevisions(1, 2, 4, 5).hasCurrentRevision(5);</code></pre>
   */
  public RolloutHistoryAssert rolloutHistory() {
    isNotNull();
    var cluster = nav.cluster("rolloutHistory()");
    return RolloutHistoryAssert.of(nav, cluster.rollout().history(key()));
  }

  /**
   * Navigates to the Deployment's rollouts over the whole timeline, to check their bounds (needs
   * the cluster); narrow with {@link RolloutAssert#after(java.time.Instant)}.
   *
   * <pre>
   * <code class='java'>assertThat(cluster).deployment("app/nginx-deploy").rollout().after(before)
   *     .staysWithinItsBounds();</code></pre>
   */
  public RolloutAssert rollout() {
    isNotNull();
    var cluster = nav.cluster("rollout()");
    return RolloutAssert.of(nav, cluster.timeline(), Window.ALL, key());
  }

  /**
   * Verifies {@code status.replicas}, the non-terminated pods the deployment targets.
   *
   * <pre><code class='java'>// passes at 5 pods; fails during a surge at 6
   * assertThat(cluster).deployment("app/web").hasReplicas(5);</code></pre>
   */
  public DeploymentAssert hasReplicas(int expected) {
    return hasCount("replicas", DeploymentStatus::replicas, expected);
  }

  /**
   * Verifies {@code status.readyReplicas}.
   *
   * <pre><code class='java'>// passes once 5 pods are Ready; fails before, printing every count
   * assertThat(cluster).deployment("app/web").hasReadyReplicas(5);</code></pre>
   */
  public DeploymentAssert hasReadyReplicas(int expected) {
    return hasCount("ready replicas", DeploymentStatus::readyReplicas, expected);
  }

  /** As {@link #hasReadyReplicas(int)} for {@code status.availableReplicas}. */
  public DeploymentAssert hasAvailableReplicas(int expected) {
    return hasCount("available replicas", DeploymentStatus::availableReplicas, expected);
  }

  /** As {@link #hasReadyReplicas(int)} for {@code status.updatedReplicas}. */
  public DeploymentAssert hasUpdatedReplicas(int expected) {
    return hasCount("updated replicas", DeploymentStatus::updatedReplicas, expected);
  }

  /**
   * Verifies a condition's status.
   *
   * <pre><code class='java'>// passes once the rollout completed
   * assertThat(cluster).deployment("app/web").hasCondition("Available", "True");
   * // fails while it has no Available condition</code></pre>
   *
   * @param type Available, Progressing or ReplicaFailure
   * @param status True, False or Unknown
   */
  public DeploymentAssert hasCondition(String type, String status) {
    isNotNull();
    DeploymentCondition c = actual.status() == null ? null : actual.status().condition(type);
    if (c == null || !Objects.equals(status, c.status())) {
      String found =
          c == null
              ? "<none>"
              : c.status() + (c.reason() == null ? "" : " (reason: " + c.reason() + ")");
      throwAssertionError(
          shouldHaveValue(
              "deployment", actual, "condition", type + "=" + status, type + "=" + found));
    }
    return myself;
  }

  private String key() {
    String ns = actual.metadata().namespace();
    return (ns == null ? "default" : ns) + "/" + actual.metadata().name();
  }

  private DeploymentAssert hasCount(
      String what, Function<DeploymentStatus, Integer> field, int expected) {
    isNotNull();
    DeploymentStatus s = actual.status();
    int value = count(s, field);
    if (value != expected) {
      String found =
          value
              + " (replicas="
              + count(s, DeploymentStatus::replicas)
              + ", updated="
              + count(s, DeploymentStatus::updatedReplicas)
              + ", ready="
              + count(s, DeploymentStatus::readyReplicas)
              + ", available="
              + count(s, DeploymentStatus::availableReplicas)
              + ")";
      throwAssertionError(shouldHaveValue("deployment", actual, what, expected, found));
    }
    return myself;
  }

  private static int count(DeploymentStatus s, Function<DeploymentStatus, Integer> field) {
    Integer v = s == null ? null : field.apply(s);
    return v == null ? 0 : v;
  }
}
