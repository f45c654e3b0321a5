package io.kubemu.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.ProbeType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The results cache reports a result only when it changes (results.Manager.Set). */
class ProbeResultsTest {

  @Test
  void reportsOnlyChanges() {
    List<String> told = new ArrayList<>();
    ProbeResults results =
        new ProbeResults(
            ProbeType.READINESS,
            (type, pod, id, result) -> told.add(type + " " + id + " " + result));

    results.set("kubemu://a", ProbeResult.FAILURE, "uid");
    results.set("kubemu://a", ProbeResult.FAILURE, "uid");
    results.set("kubemu://a", ProbeResult.SUCCESS, "uid");
    results.set("kubemu://a", ProbeResult.SUCCESS, "uid");
    results.remove("kubemu://a");
    results.set("kubemu://a", ProbeResult.SUCCESS, "uid");

    assertThat(told)
        .containsExactly(
            "READINESS kubemu://a FAILURE",
            "READINESS kubemu://a SUCCESS",
            "READINESS kubemu://a SUCCESS");
    assertThat(results.get("kubemu://a")).isEqualTo(ProbeResult.SUCCESS);
  }
}
