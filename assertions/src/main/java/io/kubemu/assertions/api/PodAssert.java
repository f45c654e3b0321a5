package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldBePendingWithFailedScheduling.shouldBePendingButScheduled;
import static io.kubemu.assertions.error.ShouldBePendingWithFailedScheduling.shouldBePendingButWas;
import static io.kubemu.assertions.error.ShouldBePendingWithFailedScheduling.shouldHaveFailedSchedulingMessage;
import static io.kubemu.assertions.error.ShouldBeReady.shouldBeReady;
import static io.kubemu.assertions.error.ShouldBeReady.shouldNotBeReady;
import static io.kubemu.assertions.error.ShouldBeScheduledOn.shouldBeScheduledOn;
import static io.kubemu.assertions.error.ShouldBeScheduledOn.shouldBeScheduledOnButNotScheduled;
import static io.kubemu.assertions.error.ShouldHaveContainerState.shouldHaveContainer;
import static io.kubemu.assertions.error.ShouldHavePhase.shouldHavePhase;
import static io.kubemu.assertions.error.ShouldHaveValue.shouldHaveValue;

import io.kubemu.assertions.internal.PodStates;
import io.kubemu.assertions.internal.Refs;
import io.kubemu.assertions.internal.SchedulingDiagnosis;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Pod}: phase, readiness, restarts, labels, conditions, placement, its
 * containers ({@link #container}) and its events ({@link #events}). Event and scheduling-failure
 * assertions read the cluster, so start from {@code assertThat(cluster).pod(...)} for those.
 *
 * <pre>
 * <code class='java'>assertThat(cluster).pod("app/pod-demo").isRunning().isReady().hasRestartCount(1);</code>
 * </pre>
 */
public class PodAssert extends AbstractObjectAssert<PodAssert, Pod> {

  Nav nav = Nav.DEFAULT;

  /** An assert on a pod (public for soft-assertion proxies). */
  public PodAssert(Pod actual) {
    super(actual, PodAssert.class);
  }

  /**
   * Verifies the pod's {@code status.phase}.
   *
   * <pre><code class='java'>// passes for a running pod
   * assertThat(pod).hasPhase("Running");
   * // fails for a pending one
   * assertThat(pod).hasPhase("Succeeded");</code></pre>
   *
   * @param phase Pending, Running, Succeeded, Failed or Unknown
   * @return this assertion object
   * @throws AssertionError if the phase differs
   */
  public PodAssert hasPhase(String phase) {
    isNotNull();
    if (!Objects.equals(phase, PodStates.phase(actual))) {
      throwAssertionError(shouldHavePhase(actual, phase));
    }
    return myself;
  }

  /** As {@link #hasPhase(String) hasPhase("Pending")}. */
  public PodAssert isPending() {
    return hasPhase(Pod.PHASE_PENDING);
  }

  /**
   * As {@link #hasPhase(String) hasPhase("Running")}.
   *
   * <pre><code class='java'>// passes once the kubelet reported Running; fails while Pending
   * assertThat(cluster).pod("app/pod-demo").isRunning();</code></pre>
   */
  public PodAssert isRunning() {
    return hasPhase(Pod.PHASE_RUNNING);
  }

  /** As {@link #hasPhase(String) hasPhase("Succeeded")}. */
  public PodAssert isSucceeded() {
    return hasPhase(Pod.PHASE_SUCCEEDED);
  }

  /** As {@link #hasPhase(String) hasPhase("Failed")}. */
  public PodAssert isFailed() {
    return hasPhase(Pod.PHASE_FAILED);
  }

  /**
   * Verifies the pod's Ready condition is True (upstream {@code podutil.IsPodReady}).
   *
   * <pre><code class='java'>// passes once every container passes its readiness probe
   * assertThat(pod).isReady();
   * // fails while a container is not ready: prints the condition's reason and message</code></pre>
   *
   * @return this assertion object
   * @throws AssertionError if the pod has no Ready condition or it is not True
   */
  public PodAssert isReady() {
    isNotNull();
    if (!PodStates.isReady(actual)) throwAssertionError(shouldBeReady(actual));
    return myself;
  }

  /**
   * Verifies the pod is not Ready (no Ready condition, or not True).
   *
   * <pre><code class='java'>// passes while a readiness probe fails; fails for a Ready pod
   * assertThat(pod).isNotReady();</code></pre>
   */
  public PodAssert isNotReady() {
    isNotNull();
    if (PodStates.isReady(actual)) throwAssertionError(shouldNotBeReady(actual));
    return myself;
  }

  /**
   * Verifies the restarts of all containers, summed as kubectl's RESTARTS column.
   *
   * <pre><code class='java'>// passes after one crash and restart
   * assertThat(pod).hasRestartCount(1);
   * // fails before it
   * assertThat(pod).hasRestartCount(2);</code></pre>
   */
  public PodAssert hasRestartCount(int expected) {
    isNotNull();
    int count = PodStates.restartCount(actual);
    if (count != expected) {
      StringBuilder found = new StringBuilder().append(count);
      List<ContainerStatus> statuses = PodStates.containerStatuses(actual);
      if (!statuses.isEmpty()) {
        found.append(" (");
        for (int i = 0; i < statuses.size(); i++) {
          ContainerStatus s = statuses.get(i);
          if (i > 0) found.append(", ");
          found
              .append(s.name())
              .append(": ")
              .append(s.restartCount() == null ? 0 : s.restartCount());
        }
        found.append(')');
      }
      throwAssertionError(shouldHaveValue("pod", actual, "restart count", expected, found));
    }
    return myself;
  }

  /**
   * Verifies a label.
   *
   * <pre><code class='java'>// passes for a pod labelled app=web; fails for app=api
   * assertThat(pod).hasLabel("app", "web");</code></pre>
   */
  public PodAssert hasLabel(String key, String value) {
    isNotNull();
    if (!Objects.equals(value, actual.metadata().label(key))) {
      throwAssertionError(
          shouldHaveValue("pod", actual, "label", key + "=" + value, actual.metadata().labels()));
    }
    return myself;
  }

  /**
   * Verifies a condition's status.
   *
   * <pre><code class='java'>// passes for a pod the scheduler could not place
   * assertThat(pod).hasCondition("PodScheduled", "False");
   * // fails once it is bound</code></pre>
   *
   * @param type e.g. {@code PodScheduled}, {@code Ready}
   * @param status True, False or Unknown
   */
  public PodAssert hasCondition(String type, String status) {
    isNotNull();
    PodCondition c = PodStates.condition(actual, type);
    if (c == null || !Objects.equals(status, c.status())) {
      throwAssertionError(
          shouldHaveValue(
              "pod", actual, "condition", type + "=" + status, type + "=" + PodStates.describe(c)));
    }
    return myself;
  }

  /**
   * Verifies the pod has a deletionTimestamp (kubectl prints it as Terminating).
   *
   * <pre>
   * <code class='java'>// passes after a graceful delete, until the grace period ends; fails for a live pod
   * assertThat(pod).isTerminating();</code></pre>
   */
  public PodAssert isTerminating() {
    isNotNull();
    if (!PodStates.isTerminating(actual)) {
      throwAssertionError(shouldHaveValue("pod", actual, "a deletionTimestamp", "set", "none"));
    }
    return myself;
  }

  /**
   * Verifies the pod is bound to the node ({@code spec.nodeName}).
   *
   * <pre><code class='java'>// passes when the scheduler bound it to n2
   * assertThat(pod).isScheduledOn("n2");
   * // fails when it is on n1, or Pending: then prints the scheduler's message
   * assertThat(pod).isScheduledOn("n3");</code></pre>
   */
  public PodAssert isScheduledOn(String node) {
    isNotNull();
    String actualNode = PodStates.nodeName(actual);
    if (actualNode == null) {
      throwAssertionError(shouldBeScheduledOnButNotScheduled(actual, node, why()));
    } else if (!actualNode.equals(node)) {
      throwAssertionError(shouldBeScheduledOn(actual, node, actualNode));
    }
    return myself;
  }

  /**
   * Verifies the pod is Pending, bound to no node, and the scheduler said why in words containing
   * the text: the PodScheduled=False condition's message or a FailedScheduling event's.
   *
   * <pre><code class='java'>// passes for a pod requesting more cpu than any node has
   * assertThat(cluster).pod("app/big").isPendingWithFailedScheduling("Insufficient cpu");
   * // fails for a pod that was scheduled, or failed for another reason</code></pre>
   *
   * @param text e.g. {@code Insufficient cpu}, {@code didn't match Pod's node affinity/selector}
   */
  public PodAssert isPendingWithFailedScheduling(String text) {
    isNotNull();
    String node = PodStates.nodeName(actual);
    String phase = PodStates.phase(actual);
    if (node != null) {
      throwAssertionError(shouldBePendingButScheduled(actual, text, node));
    } else if (phase != null && !Pod.PHASE_PENDING.equals(phase)) {
      throwAssertionError(shouldBePendingButWas(actual, text, phase));
    } else {
      List<String> messages = SchedulingDiagnosis.failureMessages(actual, nav.cluster);
      if (messages.stream().noneMatch(m -> m.contains(text))) {
        throwAssertionError(shouldHaveFailedSchedulingMessage(actual, text, messages));
      }
    }
    return myself;
  }

  /**
   * Navigates to a container's status (init containers included).
   *
   * <pre>
   * <code class='java'>assertThat(pod).container("web").isWaitingWithReason("CrashLoopBackOff").returnToPod().isNotReady();</code>
   * </pre>
   *
   * @throws AssertionError if the pod has no status for that container
   */
  public ContainerAssert container(String name) {
    isNotNull();
    ContainerStatus status = actual.status() == null ? null : actual.status().containerStatus(name);
    if (status == null) {
      List<String> names =
          PodStates.containerStatuses(actual).stream().map(ContainerStatus::name).toList();
      nav.fail(assertionError(shouldHaveContainer(actual, name, names)));
    }
    return nav.container(status, actual, myself);
  }

  /** {@return an assert on the events about this pod, oldest first (needs the cluster)} */
  public EventsAssert events() {
    isNotNull();
    return nav.events(nav.cluster("events()").events(actual), Refs.of(actual));
  }

  /**
   * Verifies an event about this pod has the type, reason and a message containing the text.
   *
   * <pre><code class='java'>// passes after a crash loop
   * assertThat(cluster).pod("app/demo").hasEvent("Warning", "BackOff", "Back-off restarting failed container");
   * // fails for a pod that never crashed</code></pre>
   *
   * @param type Normal or Warning, or null for any
   * @param reason e.g. {@code Scheduled}, or null for any
   * @param messagePart a text the message contains, or null for any
   */
  public PodAssert hasEvent(String type, String reason, String messagePart) {
    events().containsEvent(type, reason, messagePart);
    return myself;
  }

  /**
   * Verifies events about this pod with these reasons occurred in this order (others may come in
   * between).
   *
   * <pre><code class='java'>// passes for a pod that started normally
   * assertThat(cluster).pod("app/demo").hasEventsInOrder("Scheduled", "Pulled", "Created", "Started");
   * // fails when Started came before Created, or is missing</code></pre>
   */
  public PodAssert hasEventsInOrder(String... reasons) {
    events().containsReasonsInOrder(reasons);
    return myself;
  }

  private String why() {
    String explanation = SchedulingDiagnosis.explanation(actual, nav.cluster);
    return explanation != null ? explanation : SchedulingDiagnosis.latest(actual, nav.cluster);
  }
}
