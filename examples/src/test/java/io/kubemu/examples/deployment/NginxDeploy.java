package io.kubemu.examples.deployment;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.controller.endpoints.ServiceTraffic;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seed's section 2 Deployment, {@code app/nginx-deploy}, applied from {@code
 * seed/manifests/nginx-<version>.yaml} (unmodified) as the seed applies it: {@code kubectl apply
 * --filename=... --record=true}, which records the command as the change-cause.
 */
final class NginxDeploy {
  private NginxDeploy() {}

  static final String KEY = "app/nginx-deploy";

  /**
   * {@return the command that applies a version, as the seed types it (file from the classpath)}
   */
  static String applyCommand(String version) {
    return "kubectl apply --filename=seed/manifests/nginx-" + version + ".yaml --record=true";
  }

  /** {@return the change-cause {@code --record} writes for {@link #applyCommand}: the command} */
  static String cause(String version) {
    return applyCommand(version);
  }

  /** Applies each version and waits for its rollout, without printing: the earlier sections. */
  static void rolledOut(Cluster cluster, String... versions) {
    for (String v : versions) {
      cluster.kubectl(applyCommand(v));
      cluster.rollout().status(KEY);
    }
  }

  /** {@return the ReplicaSet whose pod template carries {@code version=<version>}} */
  static ReplicaSet replicaSetOf(Cluster cluster, String version) {
    return cluster.list(ReplicaSet.class, "app", "version=" + version).stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ReplicaSet of " + version));
  }

  /** {@return the pod-template-hash of a version's ReplicaSet} */
  static String hashOf(Cluster cluster, String version) {
    return replicaSetOf(cluster, version).metadata().label(ServiceTraffic.POD_TEMPLATE_HASH);
  }

  /** {@return how many non-terminating pods run each version} */
  static Map<String, Integer> podsByVersion(Cluster cluster) {
    Map<String, Integer> out = new TreeMap<>();
    for (Pod p : cluster.list(Pod.class, "app", "partition=website")) {
      if (p.metadata().deletionTimestamp() == null) {
        out.merge(p.metadata().label("version"), 1, Integer::sum);
      }
    }
    return out;
  }
}
