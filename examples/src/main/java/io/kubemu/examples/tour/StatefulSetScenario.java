package io.kubemu.examples.tour;

import java.time.Duration;

/** Seed 6: ordered start, scale, reverse-order update, partitions, and PVCs outliving the set. */
final class StatefulSetScenario implements Scenario {
  @Override
  public String name() {
    return "statefulset";
  }

  @Override
  public String title() {
    return "6. StatefulSet";
  }

  @Override
  public void play(Session s) {
    s.section("6.3 nginx-web: pods one after another, each with its own PVC");
    s.kubectl("create namespace apps");
    s.kubectl("apply -f seed/manifests/statefulset-nginx-web.yaml");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl("-n apps get sts -o wide");
    s.kubectl("-n apps get pod -o wide");
    s.kubectl("-n apps get pvc -o wide");
    s.kubectl("-n apps get pv -o wide");
    s.kubectl("-n apps get endpoints my-svc");
    s.kubectl("-n apps describe svc my-svc");
    s.kubectl("-n apps describe pod nginx-web-0");

    s.section("6.4 scale to 5 (in order), then to 2 (in reverse order)");
    s.kubectl("-n apps patch sts nginx-web -p '{\"spec\":{\"replicas\":5}}'");
    s.watch("get pod -n apps -w", Duration.ofMinutes(1));
    s.kubectl("-n apps patch sts nginx-web -p '{\"spec\":{\"replicas\":2}}'");
    s.watch("get pod -n apps -w", Duration.ofMinutes(1));

    s.section("6.5 set image: pods updated in reverse ordinal order");
    s.kubectl("-n apps set image sts nginx-web nginx-web=linuxduduniao/nginx:v1.0.1");
    s.watch("get pod -n apps -w", Duration.ofMinutes(1));

    s.section("6.6 partition 3: only ordinals 4 and 3 update; partition 0: the rest");
    s.kubectl("-n apps patch sts nginx-web -p '{\"spec\":{\"replicas\":5}}'");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl(
        "-n apps patch sts nginx-web -p"
            + " '{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\","
            + "\"rollingUpdate\":{\"partition\":3}}}}'");
    s.kubectl("-n apps set image sts nginx-web nginx-web=linuxduduniao/nginx:v1.0.2");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl("-n apps get pod -o wide -L controller-revision-hash");
    s.kubectl(
        "-n apps patch sts nginx-web -p"
            + " '{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\","
            + "\"rollingUpdate\":{\"partition\":0}}}}'");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl("-n apps get pod -o wide -L controller-revision-hash");

    s.section("6.7 scale to 0 and delete: the PVCs and PVs stay Bound");
    s.kubectl("-n apps patch sts nginx-web -p '{\"spec\":{\"replicas\":0}}'");
    s.sleep(Duration.ofMinutes(1));
    s.kubectl("delete -n apps sts nginx-web");
    s.kubectl("delete svc -n apps my-svc");
    s.kubectl("get pv -n apps");
    s.kubectl("get pvc -n apps");
  }
}
