package io.kubemu.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.ModelYaml;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodDisruptionBudgetTest {

  private static final String FULL = "io/kubemu/model/policy/pdb-full.yaml";

  @Test
  void roundTripsLosslessly() {
    PodDisruptionBudget pdb =
        ModelYaml.assertRoundTrips(ModelYaml.docs(FULL).get(0), PodDisruptionBudget.class);

    assertThat(pdb.apiVersion()).isEqualTo("policy/v1");
    assertThat(pdb.kind()).isEqualTo("PodDisruptionBudget");
  }

  @Test
  void bindsEveryField() {
    PodDisruptionBudget pdb = ModelYaml.read(FULL, 0, PodDisruptionBudget.class);

    assertThat(pdb.spec().minAvailable()).isEqualTo(IntOrString.of("50%"));
    assertThat(pdb.spec().maxUnavailable()).isNull();
    assertThat(pdb.spec().unhealthyPodEvictionPolicy())
        .isEqualTo(PodDisruptionBudgetSpec.ALWAYS_ALLOW);
    assertThat(pdb.status().disruptedPods())
        .containsExactly(Map.entry("web-5d78c9b8f7-abcde", Instant.parse("2024-05-01T10:00:00Z")));
    assertThat(pdb.status().disruptionsAllowed()).isEqualTo(1);
    assertThat(pdb.status().expectedPods()).isEqualTo(4);
    assertThat(pdb.status().conditions())
        .containsExactly(
            new PodDisruptionBudgetCondition(
                PodDisruptionBudgetCondition.DISRUPTION_ALLOWED,
                "True",
                1L,
                Instant.parse("2024-05-01T10:00:00Z"),
                PodDisruptionBudgetCondition.SUFFICIENT_PODS,
                ""));
  }

  @Test
  void readsFromPolicyV1beta1AndWritesPolicyV1() {
    PodDisruptionBudget pdb =
        ModelYaml.parse(
            """
            apiVersion: policy/v1beta1
            kind: PodDisruptionBudget
            metadata:
              name: p
            spec:
              maxUnavailable: 1
            """,
            PodDisruptionBudget.class);

    assertThat(pdb.spec().maxUnavailable()).isEqualTo(IntOrString.of(1));
    assertThat(ModelYaml.write(pdb)).contains("apiVersion: \"policy/v1\"");
  }
}
