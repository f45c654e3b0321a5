package io.kubemu.examples.tour;

import java.time.Duration;

/**
 * Seed 8: nodeName, nodeSelector, node affinity (4 cases), pod affinity, taints and tolerations, a
 * dedicated node, and drain, on three tainted masters and three labelled workers.
 */
final class SchedulingScenario implements Scenario {
  private static final Duration SETTLE = Duration.ofSeconds(30);

  @Override
  public String name() {
    return "scheduling";
  }

  @Override
  public String title() {
    return "8. Scheduling";
  }

  @Override
  public String nodes() {
    return CENTOS7;
  }

  @Override
  public void play(Session s) {
    s.section("8.1 the nodes: masters tainted, workers labelled ssd/cpu");
    s.kubectl("get node -L ssd,cpu");

    place(s, "8.2.1 nodeName: every pod on centos-7-56", "sched-nodename.yaml");
    place(s, "8.2.2 nodeSelector ssd=true AND cpu=high: centos-7-54", "sched-nodeselector.yaml");
    place(
        s,
        "8.3.1 required node affinity (no ssd, cpu In high): centos-7-56",
        "sched-nodeaffinity-1-required-match.yaml");

    s.section("8.3.2 required node affinity nothing matches (cpu NotIn high): Pending");
    s.kubectl("apply -f seed/manifests/sched-nodeaffinity-2-required-nomatch.yaml");
    s.sleep(SETTLE);
    s.kubectl("get pod -o wide");
    s.kubectl("get events --field-selector reason=FailedScheduling");
    s.kubectl("delete -f seed/manifests/sched-nodeaffinity-2-required-nomatch.yaml");
    s.sleep(SETTLE);

    place(
        s,
        "8.3.3 preferred node affinity nothing matches: spread over the workers",
        "sched-nodeaffinity-3-preferred-nomatch.yaml");
    place(
        s,
        "8.3.4 preferred node affinity (weight 10) to centos-7-56: most, not all, there",
        "sched-nodeaffinity-4-preferred-match.yaml");

    s.section("8.4.1 required pod affinity, topologyKey cpu: next to the app=nginx pod's cpu");
    s.kubectl("label node centos-7-55 cpu=slow");
    s.kubectl("apply -f seed/manifests/sched-nodename.yaml");
    s.kubectl("scale deployment nginx-deploy --replicas=1");
    s.sleep(SETTLE);
    s.kubectl("get pod -l app=nginx -o wide");
    s.kubectl("apply -f seed/manifests/sched-podaffinity-1-required.yaml");
    s.sleep(SETTLE);
    s.kubectl("get pod -l app=slb -o wide");
    s.kubectl("delete -f seed/manifests/sched-podaffinity-1-required.yaml");

    s.section("8.4.2 preferred pod affinity: most on centos-7-56's cpu topology");
    s.kubectl("label node centos-7-54 cpu=slow --overwrite");
    s.kubectl("apply -f seed/manifests/sched-podaffinity-2-preferred.yaml");
    s.sleep(SETTLE);
    s.kubectl("get pod -l app=slb -o wide");
    s.kubectl("delete -f seed/manifests/sched-podaffinity-2-preferred.yaml");
    s.kubectl("delete deployment nginx-deploy");
    s.sleep(SETTLE);

    s.section("8.5 taints: NoSchedule keeps new pods away, NoExecute evicts");
    s.kubectl("describe node centos-7-51");
    s.kubectl("apply -f seed/manifests/sched-taint-demo.yaml");
    s.sleep(SETTLE);
    s.kubectl("get pod -o wide");
    s.kubectl("taint node centos-7-54 monitor=true:NoSchedule");
    s.kubectl("get pod -o wide");
    s.kubectl("set image deployment nginx-deploy nginx-demo=linuxduduniao/nginx:v1.0.1");
    s.kubectl("rollout status deployment nginx-deploy");
    s.kubectl("get pod -o wide");
    s.kubectl("taint node centos-7-55 monitor=true:NoExecute");
    s.sleep(SETTLE);
    s.kubectl("get pod -o wide");

    s.section("8.5.3 a dedicated node: label + taint centos-7-56, tolerate it");
    s.kubectl("label node centos-7-56 prometheus=true");
    s.kubectl("taint node centos-7-56 monitor=true:NoSchedule");
    s.kubectl("apply -f seed/manifests/sched-prometheus-dedicated.yaml");
    s.sleep(SETTLE);
    s.kubectl("get pod -o wide -l app=prometheus");

    s.section("8.6 drain: cordon centos-7-56 and evict its pods");
    s.kubectl("taint node centos-7-54 monitor-");
    s.kubectl("taint node centos-7-55 monitor:NoExecute-");
    s.kubectl("drain centos-7-56 --ignore-daemonsets");
    s.sleep(SETTLE);
    s.kubectl("get node");
    s.kubectl("get pod -o wide");
    s.kubectl("uncordon centos-7-56");
  }

  /** Applies a seed manifest, shows where its pods went, and deletes it again. */
  private static void place(Session s, String title, String manifest) {
    s.section(title);
    s.kubectl("apply -f seed/manifests/" + manifest);
    s.sleep(SETTLE);
    s.kubectl("get pod -o wide");
    s.kubectl("delete -f seed/manifests/" + manifest);
    s.sleep(SETTLE);
  }
}
