package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldHaveContainerState.shouldBeInState;
import static io.kubemu.assertions.error.ShouldHaveValue.shouldHaveValue;

import io.kubemu.assertions.internal.PodStates;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one container's status ({@code status.containerStatuses[]}): its state (waiting,
 * running, terminated, with the reason), readiness and restarts. A status without any state reads
 * as waiting, as in Kubernetes. Reached with {@link PodAssert#container(String)}; {@link
 * #returnToPod()} goes back.
 */
public class ContainerAssert extends AbstractObjectAssert<ContainerAssert, ContainerStatus> {

  Pod pod;
  PodAssert parent;

  /** An assert on a container status (public for soft-assertion proxies). */
  public ContainerAssert(ContainerStatus actual) {
    super(actual, ContainerAssert.class);
  }

  /** {@return the assert on the pod this container belongs to} */
  public PodAssert returnToPod() {
    return parent;
  }

  /** As {@link #isWaitingWithReason(String)} with any reason. */
  public ContainerAssert isWaiting() {
    return isInState("waiting", null);
  }

  /**
   * Verifies the container is waiting with this reason.
   *
   * <pre><code class='java'>// passes for a crash-looping container
   * assertThat(cluster).pod("app/demo").container("web").isWaitingWithReason("CrashLoopBackOff");
   * // fails while it runs: "but was: running since 2026-01-01T00:00:05Z"</code></pre>
   *
   * @param reason e.g. ContainerCreating, ErrImagePull, ImagePullBackOff, CrashLoopBackOff
   */
  public ContainerAssert isWaitingWithReason(String reason) {
    return isInState("waiting", reason);
  }

  /**
   * Verifies the container is running.
   *
   * <pre><code class='java'>// passes once started; fails while waiting or after it terminated
   * assertThat(pod).container("web").isRunning();</code></pre>
   */
  public ContainerAssert isRunning() {
    return isInState("running", null);
  }

  /** As {@link #isTerminatedWithReason(String)} with any reason. */
  public ContainerAssert isTerminated() {
    return isInState("terminated", null);
  }

  /**
   * Verifies the container terminated with this reason.
   *
   * <pre><code class='java'>// passes for a job's finished container
   * assertThat(pod).container("main").isTerminatedWithReason("Completed");
   * // fails for one that exited non-zero ("Error") or still runs</code></pre>
   *
   * @param reason e.g. Completed, Error, OOMKilled
   */
  public ContainerAssert isTerminatedWithReason(String reason) {
    return isInState("terminated", reason);
  }

  /**
   * Verifies the container passes its readiness probe ({@code ready: true}).
   *
   * <pre><code class='java'>// passes once the probe succeeded; fails before</code></pre>
   */
  public ContainerAssert isReady() {
    isNotNull();
    if (!Boolean.TRUE.equals(actual.ready())) {
      throwAssertionError(shouldHaveValue(noun(), pod, "ready", true, actual.ready()));
    }
    return myself;
  }

  /**
   * Verifies the container's restart count.
   *
   * <pre><code class='java'>// passes after one restart; fails before it
   * assertThat(pod).container("web").hasRestartCount(1);</code></pre>
   */
  public ContainerAssert hasRestartCount(int expected) {
    isNotNull();
    int count = actual.restartCount() == null ? 0 : actual.restartCount();
    if (count != expected) {
      throwAssertionError(shouldHaveValue(noun(), pod, "restart count", expected, count));
    }
    return myself;
  }

  private ContainerAssert isInState(String state, String reason) {
    isNotNull();
    ContainerState s = actual.state();
    String actualState = stateOf(s);
    String actualReason =
        switch (actualState) {
          case "waiting" -> s == null || s.waiting() == null ? null : s.waiting().reason();
          case "terminated" -> s.terminated().reason();
          default -> null;
        };
    if (!state.equals(actualState) || (reason != null && !reason.equals(actualReason))) {
      throwAssertionError(
          shouldBeInState(pod, actual.name(), state, reason, PodStates.describe(s)));
    }
    return myself;
  }

  private static String stateOf(ContainerState s) {
    if (s != null && s.running() != null) return "running";
    if (s != null && s.terminated() != null) return "terminated";
    return "waiting";
  }

  private String noun() {
    return "container \"" + Objects.toString(actual.name()) + "\" of pod";
  }
}
