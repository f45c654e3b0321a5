package io.kubemu.examples.tour;

import java.time.Duration;

/** Seed 5.3: a CronJob every minute keeping the 3 newest successful Jobs. */
final class CronJobScenario implements Scenario {
  @Override
  public String name() {
    return "cronjob";
  }

  @Override
  public String title() {
    return "5. CronJob";
  }

  @Override
  public void play(Session s) {
    s.section("5.3 hello: */1 * * * *, Forbid, 3 successful jobs kept");
    s.kubectl("apply -f seed/manifests/cronjob.yaml");
    s.sleep(Duration.ofSeconds(396));
    s.kubectl("get cronjob -o wide");
    s.kubectl("get job -o wide");
    s.kubectl("get pod");
    s.kubectl("logs job/hello-29453766");
  }
}
