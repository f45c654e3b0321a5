package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.Verb;
import io.kubemu.engine.controller.util.Harness;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.engine.events.Timeline;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The seed's section 2 driven by hand: manifests applied with a change cause, kubectl rollout. */
final class Seed {
  static final String NS = "app";
  static final String KEY = "app/nginx-deploy";

  final Harness h;
  final DeploymentRollouts rollouts;

  Seed(Harness h) {
    this.h = h;
    this.rollouts = new DeploymentRollouts(h.api);
  }

  /** {@code kubectl apply -f <manifest> --record}, then everything due now runs. */
  Deployment apply(String version) {
    Deployment d =
        Manifests.readOneResource("seed/manifests/nginx-" + version + ".yaml", Deployment.class);
    d =
        d.withMetadata(
            d.metadata().withAnnotation(Deployment.CHANGE_CAUSE_ANNOTATION, cause(version)));
    Deployment stored = h.api.apply(d).object();
    h.loop.runDue();
    return stored;
  }

  static String cause(String version) {
    return "kubectl apply --filename=http://k8s-yaml.od.com/base_resource/deployment/nginx-"
        + version
        + ".yaml --record=true";
  }

  Deployment deployment() {
    return h.api.get(Deployment.class, NS, "nginx-deploy");
  }

  List<ReplicaSet> replicaSets() {
    return h.api.list(ReplicaSet.class, NS);
  }

  ReplicaSet replicaSetOf(String version) {
    return replicaSets().stream()
        .filter(rs -> version.equals(rs.spec().template().metadata().label("version")))
        .findFirst()
        .orElseThrow();
  }

  /** {@return version label -> active pods} */
  Map<String, Integer> activePodsByVersion() {
    Map<String, Integer> m = new TreeMap<>();
    for (Pod p : h.activePods(NS)) m.merge(p.metadata().label("version"), 1, Integer::sum);
    return m;
  }

  /** The extremes of a rollout read back from the timeline. */
  record Extremes(int maxPods, int minAvailable) {}

  /**
   * Replays the timeline from entry {@code from} and, after every pod write, counts the pods that
   * are not terminating and those of them that are Ready.
   */
  static Extremes extremes(Timeline timeline, long from, String namespace) {
    Map<String, Pod> pods = new TreeMap<>();
    int maxPods = 0;
    int minAvailable = Integer.MAX_VALUE;
    for (Timeline.Entry e : timeline.entries()) {
      if (!e.is(Pod.class)) continue;
      Pod p = e.as(Pod.class);
      if (!namespace.equals(p.metadata().namespace())) continue;
      if (e.verb() == Verb.DELETED_FINAL) pods.remove(e.key());
      else pods.put(e.key(), p);
      if (e.sequence() < from) continue;
      List<Pod> active = PodUtils.filterActivePods(pods.values());
      maxPods = Math.max(maxPods, active.size());
      minAvailable =
          Math.min(minAvailable, (int) active.stream().filter(PodUtils::isPodReady).count());
    }
    return new Extremes(maxPods, minAvailable);
  }
}
