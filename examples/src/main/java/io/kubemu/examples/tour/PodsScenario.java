package io.kubemu.examples.tour;

import java.time.Duration;

/** Seed 1.3: a pod's life (events, restart after its command exits) and a liveness probe. */
final class PodsScenario implements Scenario {
  @Override
  public String name() {
    return "pods";
  }

  @Override
  public String title() {
    return "1. Pods";
  }

  @Override
  public void play(Session s) {
    s.section("1.3.1 pod-demo: scheduled, pulled, started; sleep 3600 exits and restarts");
    s.kubectl("apply -f seed/manifests/pod-demo.yaml");
    s.kubectl("get pod -o wide -n app");
    s.sleep(Duration.ofSeconds(16));
    s.kubectl("get pod -o wide -n app");
    s.kubectl("describe pod pod-demo -n app");
    s.sleep(Duration.ofSeconds(3600));
    s.kubectl("get pod pod-demo -n app");

    s.section("1.3.2 pod-01: exec liveness probe fails after 60s, the container restarts");
    s.kubectl("apply -f seed/manifests/pod-01-liveness.yaml");
    s.watch("get pod pod-01 -n app -w", Duration.ofMinutes(6));
    s.kubectl("describe pod pod-01 -n app");
  }
}
