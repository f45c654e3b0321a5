package io.kubemu.examples.tour;

import java.time.Duration;

/** Seed 2.3: create, blue-green, rolling, canary (pause/resume) and rollback of nginx-deploy. */
final class DeploymentScenario implements Scenario {
  private static final String PODS = "get pod -n app -l partition=website -L version";

  @Override
  public String name() {
    return "deployment";
  }

  @Override
  public String title() {
    return "2. Deployment";
  }

  @Override
  public void play(Session s) {
    s.section("2.3.1 create: 5 replicas of nginx v1.12");
    s.kubectl("apply -f seed/manifests/nginx-v1.12.yaml --record");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl("get pods -n app -l partition=website");
    s.kubectl("get rs -n app -l partition=website -o wide");
    s.kubectl("get deployment -n app -o wide");

    s.section("2.3.2 blue-green: maxSurge 5, maxUnavailable 0");
    Session.Mark applied = s.mark();
    s.kubectl("apply -f seed/manifests/nginx-v1.13.yaml --record");
    s.kubectl("rollout status deployment nginx-deploy -n app");
    s.watchedSince(applied, PODS + " -w");
    s.kubectl("rollout history deployment nginx-deploy -n app");
    s.kubectl("get rs -n app -l tier=slb -L version");

    s.section("2.3.3 rolling: maxSurge 1, maxUnavailable 0, one pod at a time");
    s.kubectl("apply -f seed/manifests/nginx-v1.14.yaml --record");
    s.watch(PODS + " -w", Duration.ofMinutes(2));
    s.kubectl("get rs -n app -l tier=slb -L version");
    s.kubectl("rollout history deployment nginx-deploy -n app");

    s.section("2.3.4 canary: apply v1.15 and pause at once");
    s.kubectl("apply -f seed/manifests/nginx-v1.15.yaml --record");
    s.kubectl("rollout pause deployment nginx-deploy -n app");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl("get rs -n app -l tier=slb -L version");
    s.kubectl(PODS);
    s.kubectl("rollout resume deployment nginx-deploy -n app");
    s.kubectl("rollout pause deployment nginx-deploy -n app");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl("get rs -n app -l tier=slb -L version");
    s.kubectl("rollout resume deployment nginx-deploy -n app");
    s.kubectl("rollout status deployment nginx-deploy -n app");
    s.kubectl("rollout history deployment nginx-deploy -n app");

    s.section("2.3.5 rollback: undo returns to v1.14, revision 3 becomes 5");
    s.kubectl("rollout undo deployment nginx-deploy -n app");
    s.kubectl("rollout status deployment nginx-deploy -n app");
    s.kubectl("rollout history deployment nginx-deploy -n app");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl(PODS);
    s.kubectl("get rs -n app -l tier=slb -L version");
    s.kubectl("rollout undo deployment nginx-deploy --to-revision=2 -n app");
    s.kubectl("rollout status deployment nginx-deploy -n app");
    s.kubectl("rollout history deployment nginx-deploy -n app");
    s.kubectl("describe deployment nginx-deploy -n app");
  }
}
