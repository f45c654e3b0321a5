package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldAllBe.shouldAllBe;

import io.kubemu.assertions.internal.PodStates;
import io.kubemu.assertions.internal.Refs;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractListAssert;

/**
 * Assertions on a group of pods: AssertJ's list assertions ({@code hasSize}, {@code allSatisfy},
 * {@code first()} ...), the pods' state, and filters that keep the navigation ({@link #withLabels},
 * {@link #ownedBy}, {@link #onNode}).
 *
 * @param <SELF> the assert type, for chaining
 */
public abstract class AbstractPodsAssert<SELF extends AbstractPodsAssert<SELF>>
    extends AbstractListAssert<SELF, List<? extends Pod>, Pod, PodAssert> {

  Nav nav = Nav.DEFAULT;
  String namespace;

  protected AbstractPodsAssert(List<? extends Pod> actual, Class<?> selfType) {
    super(actual, selfType);
  }

  @Override
  protected PodAssert toAssert(Pod value, String description) {
    return nav.pod(value).as(description);
  }

  /**
   * Keeps the pods matching a label selector.
   *
   * <pre>
   * <code class='java'>assertThat(cluster).pods("app").withLabels("tier=frontend,env in (prod)").hasSize(3);</code>
   * </pre>
   *
   * @param labelSelector as {@code kubectl -l} takes it
   * @return an assert on the matching pods
   */
  public SELF withLabels(String labelSelector) {
    Selector selector = Selector.parse(labelSelector);
    return filtered(p -> selector.matches(p.metadata().labels()));
  }

  /**
   * Keeps the pods whose controller ownerReference has this kind and name.
   *
   * <pre>
   * <code class='java'>assertThat(cluster).pods("app").ownedBy("ReplicaSet", "web-5d8f7c9b4").hasSize(3);</code>
   * </pre>
   */
  public SELF ownedBy(String kind, String name) {
    return filtered(
        p -> {
          OwnerReference ref = p.metadata().controllerRef();
          return ref != null && kind.equals(ref.kind()) && name.equals(ref.name());
        });
  }

  /**
   * Keeps the pods bound to the node.
   *
   * <pre>
   * <code class='java'>assertThat(cluster).pods("app", "app=web").onNode("n1").hasSize(1);</code>
   * </pre>
   */
  public SELF onNode(String node) {
    return filtered(p -> node.equals(PodStates.nodeName(p)));
  }

  /**
   * Verifies every pod has the phase.
   *
   * <pre><code class='java'>// passes when all five are Running
   * assertThat(cluster).pods("app", "app=web").allHavePhase("Running");
   * // fails listing the ones that are not</code></pre>
   */
  public SELF allHavePhase(String phase) {
    return allAre("to be " + phase, p -> Objects.equals(phase, PodStates.phase(p)));
  }

  /** As {@link #allHavePhase(String) allHavePhase("Running")}. */
  public SELF allAreRunning() {
    return allHavePhase(Pod.PHASE_RUNNING);
  }

  /**
   * Verifies every pod is Ready.
   *
   * <pre>
   * <code class='java'>// passes once every readiness probe succeeded; fails listing the pods still not Ready
   * assertThat(cluster).deployment("app/web").pods().allAreReady();</code></pre>
   */
  public SELF allAreReady() {
    return allAre("to be Ready", PodStates::isReady);
  }

  /** Verifies no pod is Ready; fails listing the Ready ones. */
  public SELF noneAreReady() {
    return allAre("not to be Ready", p -> !PodStates.isReady(p));
  }

  SELF allAre(String expectation, Predicate<Pod> ok) {
    isNotNull();
    List<String> offenders =
        actual.stream().filter(p -> !ok.test(p)).map(p -> (Pod) p).map(Refs::describe).toList();
    if (!offenders.isEmpty()) throwAssertionError(shouldAllBe(actual, expectation, offenders));
    return myself;
  }

  private SELF filtered(Predicate<Pod> keep) {
    isNotNull();
    List<Pod> kept = actual.stream().map(p -> (Pod) p).filter(keep).toList();
    return newAbstractIterableAssert(kept);
  }
}
