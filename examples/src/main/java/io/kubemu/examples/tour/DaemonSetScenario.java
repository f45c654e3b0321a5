package io.kubemu.examples.tour;

import io.kubemu.dsl.Kubemu;
import java.time.Duration;

/** Seed 3.3: a proxy on every node, its rolling update, and a node joining and leaving. */
final class DaemonSetScenario implements Scenario {
  @Override
  public String name() {
    return "daemonset";
  }

  @Override
  public String title() {
    return "3. DaemonSet";
  }

  @Override
  public void play(Session s) {
    s.section("3.3.1 one proxy pod per node");
    s.kubectl("apply -f seed/manifests/proxy-v1.12.yaml --record");
    s.sleep(Duration.ofSeconds(56));
    s.kubectl("get daemonset -n app");
    s.kubectl("get pod -n app -l tier=proxy -o wide");

    s.section("3.3.2 rolling update to v1.13 (maxUnavailable 1)");
    s.kubectl("rollout history daemonset proxy-daemonset -n app");
    s.kubectl("apply -f seed/manifests/proxy-v1.13.yaml --record");
    s.kubectl("rollout status daemonset proxy-daemonset -n app");
    s.kubectl("rollout history daemonset proxy-daemonset -n app");
    s.kubectl("get pod -n app -l tier=proxy -L version");

    s.section("a node joins: it gets a daemon pod; a node leaves: its pod goes with it");
    s.note("the kubelet of a third node, hdss7-23.host.com, registers it");
    s.cluster().addNode(Kubemu.node("hdss7-23.host.com"));
    s.sleep(Duration.ofSeconds(30));
    s.kubectl("get pod -n app -l tier=proxy -o wide");
    s.kubectl("delete node hdss7-22.host.com");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl("get daemonset -n app");
    s.kubectl("get pod -n app -l tier=proxy -o wide");
  }
}
