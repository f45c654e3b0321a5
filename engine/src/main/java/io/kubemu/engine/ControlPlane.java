package io.kubemu.engine;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.scheduler.Scheduler;

/**
 * Wires the control plane into a new cluster, in the order a real cluster starts it: admission
 * plugins on the API server, then the controllers, the scheduler and one kubelet per node.
 */
final class ControlPlane {
  private ControlPlane() {}

  /** The components a cluster runs; the facade reaches them through this. */
  record Components(Scheduler scheduler) {}

  static Components install(Cluster cluster, Cluster.Builder options) {
    ApiServer api = cluster.api();
    DefaultAdmission.install(api);
    Scheduler scheduler = new Scheduler(api, cluster.recorder());
    scheduler.start();
    return new Components(scheduler);
  }
}
