package io.kubemu.examples.tour;

import java.time.Duration;

/** Seed 4: a Job whose one pod sleeps 60 s and completes. */
final class JobScenario implements Scenario {
  @Override
  public String name() {
    return "job";
  }

  @Override
  public String title() {
    return "4. Job";
  }

  @Override
  public void play(Session s) {
    s.section("4.3 test-job: one pod runs sleep 60");
    s.kubectl("apply -f seed/manifests/job.yaml");
    s.sleep(Duration.ofSeconds(30));
    s.kubectl("get pod -o wide -l jobType=sleep");
    s.kubectl("get job -o wide");
    s.sleep(Duration.ofSeconds(176));
    s.kubectl("get pod -o wide -l jobType=sleep");
    s.kubectl("get job -o wide");
  }
}
