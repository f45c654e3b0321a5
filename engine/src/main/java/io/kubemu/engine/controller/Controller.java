package io.kubemu.engine.controller;

/**
 * A control loop of kube-controller-manager: started once, it opens its watches and reconciles the
 * keys they queue. It reads from and writes to the API server only.
 */
public interface Controller {

  /** {@return the controller's name as kube-controller-manager names it, e.g. "deployment"} */
  String name();

  /** Opens the controller's watches. Called once, when the cluster starts. */
  void start();
}
