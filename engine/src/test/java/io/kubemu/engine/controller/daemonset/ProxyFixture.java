package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.controller.job.ControllerHarness;
import io.kubemu.engine.controller.job.ControllerHarness.Run;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * The seed's proxy DaemonSet on the two hdss7 nodes, with a simulated scheduler (which binds a
 * daemon pod to the node its affinity names, unless the node is labelled scheduling=pending) and
 * kubelet (Ready 6 s after binding, stopped 1 s after deletion).
 */
final class ProxyFixture {

  static final String KEY = "app/proxy-daemonset";
  static final String N21 = "hdss7-21.host.com";
  static final String N22 = "hdss7-22.host.com";

  final ControllerHarness h = new ControllerHarness();
  final DaemonSetRollouts rollouts = new DaemonSetRollouts(h.api);

  ProxyFixture() {
    for (KubernetesObject n : Manifests.readResource("seed/manifests/nodes-hdss7.yaml")) {
      h.api.create(n);
    }
    h.start(new DaemonSetController(h.ctx));
    h.kubelet(
        p -> {
          String node = DaemonSetUtil.getTargetNodeName(p);
          boolean exists = node != null && h.api.find(Node.class, null, node).isPresent();
          return exists && !"pending".equals(label(node)) ? node : null;
        },
        p -> new Run(Duration.ofSeconds(6), Duration.ofDays(365), 0));
    h.stopDeletedPodsAfter(Duration.ofSeconds(1));
  }

  private String label(String node) {
    return h.api
        .find(Node.class, null, node)
        .map(n -> n.metadata().label("scheduling"))
        .orElse(null);
  }

  DaemonSet ds() {
    return h.api.get(DaemonSet.class, "app", "proxy-daemonset");
  }

  static DaemonSet manifest(String file) {
    return Manifests.readOneResource("seed/manifests/" + file, DaemonSet.class);
  }

  /** Creates the DaemonSet or replaces its spec, as kubectl apply would. */
  DaemonSet apply(DaemonSet in) {
    DaemonSet cur = h.api.find(DaemonSet.class, "app", "proxy-daemonset").orElse(null);
    DaemonSet out = cur == null ? h.api.create(in) : h.api.update(cur.withSpec(in.spec()));
    h.loop.runDue();
    return out;
  }

  DaemonSet apply(String file) {
    return apply(manifest(file));
  }

  /** The pods not being deleted. */
  List<Pod> pods() {
    return h.pods("app").stream().filter(p -> p.metadata().deletionTimestamp() == null).toList();
  }

  static String image(Pod p) {
    return p.spec().containers().get(0).image();
  }

  /** The nodes with an available daemon pod that is not being deleted. */
  int availableNodes() {
    TreeSet<String> nodes = new TreeSet<>();
    for (Pod p : h.api.list(Pod.class, "app")) {
      if (p.metadata().deletionTimestamp() == null && PodUtils.isPodAvailable(p, 0, h.loop.now())) {
        nodes.add(DaemonSetUtil.getTargetNodeName(p));
      }
    }
    return nodes.size();
  }
}
