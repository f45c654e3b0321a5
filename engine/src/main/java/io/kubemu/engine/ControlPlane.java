package io.kubemu.engine;

/**
 * Wires the control plane into a new cluster, in the order a real cluster starts it: admission
 * plugins on the API server, then the controllers, the scheduler and one kubelet per node.
 */
final class ControlPlane {
  private ControlPlane() {}

  static void install(Cluster cluster, Cluster.Builder options) {}
}
