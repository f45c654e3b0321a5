package io.kubemu.engine.controller.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.controller.nodelifecycle.Cp;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.policy.PodDisruptionBudgetCondition;
import io.kubemu.model.policy.PodDisruptionBudgetStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisruptionControllerTest {

  static final String RS =
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: {name: web, namespace: app}
      spec:
        replicas: 4
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: c, image: nginx}]}
      """;

  /** 4 replicas expected, 3 pods exist (all Ready). */
  static Cp cluster(String budget) {
    Cp cp = new Cp();
    cp.node("n1");
    String uid = cp.create(RS, ReplicaSet.class).metadata().uid();
    for (int i = 1; i <= 3; i++) {
      cp.pod("app", "web-" + i, "n1", p -> owned(p, uid));
    }
    cp.create(
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web, namespace: app}\n"
            + "spec: {"
            + budget
            + ", selector: {matchLabels: {app: web}}}\n",
        PodDisruptionBudget.class);
    return cp;
  }

  static Pod owned(Pod p, String uid) {
    return p.withMetadata(
        p.metadata()
            .withOwnerReferences(
                List.of(new OwnerReference("apps/v1", "ReplicaSet", "web", uid, true, true))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "minAvailable: 2     | 3 | 2 | 1",
        "minAvailable: 3     | 3 | 3 | 0",
        "minAvailable: '50%' | 4 | 2 | 1",
        "minAvailable: '90%' | 4 | 4 | 0",
        "maxUnavailable: 1   | 4 | 3 | 0",
        "maxUnavailable: 2   | 4 | 2 | 1",
        "maxUnavailable: '50%' | 4 | 2 | 1",
      })
  void statusAsUpstreamComputesIt(String budget, int expected, int desired, int allowed) {
    Cp cp = cluster(budget);
    PodDisruptionBudgetStatus s = cp.api.get(PodDisruptionBudget.class, "app", "web").status();
    assertThat(s.currentHealthy()).isEqualTo(3);
    assertThat(s.expectedPods()).isEqualTo(expected);
    assertThat(s.desiredHealthy()).isEqualTo(desired);
    assertThat(s.disruptionsAllowed()).isEqualTo(allowed);
    assertThat(s.observedGeneration()).isEqualTo(1L);
    PodDisruptionBudgetCondition c = s.conditions().get(0);
    assertThat(c.type()).isEqualTo(PodDisruptionBudgetCondition.DISRUPTION_ALLOWED);
    assertThat(c.reason())
        .isEqualTo(
            allowed > 0
                ? PodDisruptionBudgetCondition.SUFFICIENT_PODS
                : PodDisruptionBudgetCondition.INSUFFICIENT_PODS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"minAvailable: 2", "maxUnavailable: 2"})
  void evictionDecrementsThenAnswers429(String budget) {
    Cp cp = cluster(budget);
    cp.evictions.evict("app", "web-1", DeleteOptions.DEFAULT);
    PodDisruptionBudgetStatus s = cp.api.get(PodDisruptionBudget.class, "app", "web").status();
    assertThat(s.disruptionsAllowed()).isZero();
    assertThat(s.disruptedPods()).containsOnlyKeys("web-1");
    assertThat(cp.pod("app", "web-1").metadata().deletionTimestamp()).isNotNull();
    assertThatThrownBy(() -> cp.evictions.evict("app", "web-2", DeleteOptions.DEFAULT))
        .isInstanceOfSatisfying(
            ApiException.TooManyRequests.class, e -> assertThat(e.code()).isEqualTo(429))
        .hasMessage("Cannot evict pod as it would violate the pod's disruption budget.");
    cp.loop.runDue();
    s = cp.api.get(PodDisruptionBudget.class, "app", "web").status();
    assertThat(s.currentHealthy()).isEqualTo(2);
    assertThat(s.disruptedPods()).isEmpty(); // the pod is being deleted: dropped from the map
  }
}
