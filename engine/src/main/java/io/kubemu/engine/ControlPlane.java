package io.kubemu.engine;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.cronjob.CronJobController;
import io.kubemu.engine.controller.daemonset.DaemonSetController;
import io.kubemu.engine.controller.deployment.DeploymentController;
import io.kubemu.engine.controller.disruption.DisruptionController;
import io.kubemu.engine.controller.disruption.Evictions;
import io.kubemu.engine.controller.endpoints.EndpointsController;
import io.kubemu.engine.controller.garbagecollector.GarbageCollector;
import io.kubemu.engine.controller.garbagecollector.PodGarbageCollector;
import io.kubemu.engine.controller.job.JobController;
import io.kubemu.engine.controller.job.TtlAfterFinishedController;
import io.kubemu.engine.controller.nodelifecycle.NodeHealth;
import io.kubemu.engine.controller.nodelifecycle.NodeLifecycleController;
import io.kubemu.engine.controller.nodelifecycle.NodeOperations;
import io.kubemu.engine.controller.nodelifecycle.TaintEvictionController;
import io.kubemu.engine.controller.replicaset.ReplicaSetController;
import io.kubemu.engine.controller.statefulset.StatefulSetController;
import io.kubemu.engine.controller.volume.PersistentVolumeController;
import io.kubemu.engine.controller.volume.VolumeFilesystems;
import io.kubemu.engine.kubelet.KubeletConfig;
import io.kubemu.engine.kubelet.Kubelets;
import io.kubemu.engine.runtime.ContainerBehaviors;
import io.kubemu.engine.runtime.Images;
import io.kubemu.engine.scheduler.Scheduler;

/**
 * Wires the control plane into a new cluster, in the order a real cluster starts it: admission
 * plugins on the API server, then kube-controller-manager's controllers, the scheduler and one
 * kubelet per node.
 */
final class ControlPlane {
  private ControlPlane() {}

  /** The components a cluster runs; the facade reaches them through this. */
  record Components(
      ControllerContext controllers,
      Scheduler scheduler,
      VolumeFilesystems volumes,
      NodeHealth nodeHealth,
      NodeOperations nodeOperations,
      Kubelets kubelets) {}

  static Components install(Cluster cluster, Cluster.Builder options) {
    ApiServer api = cluster.api();
    DefaultAdmission.install(api);

    ControllerContext ctx = new ControllerContext(api, cluster.loop(), cluster.recorder());
    VolumeFilesystems volumes = new VolumeFilesystems();
    NodeHealth health = new NodeHealth(cluster.loop());
    NodeOperations nodeOperations = new NodeOperations(api, new Evictions(api), health);
    if (options.controllers) {
      new DeploymentController(ctx).start();
      new ReplicaSetController(ctx).start();
      new DaemonSetController(ctx).start();
      new JobController(ctx).start();
      new TtlAfterFinishedController(ctx).start();
      new CronJobController(ctx).start();
      new StatefulSetController(ctx).start();
      new PersistentVolumeController(ctx, volumes).start();
      new EndpointsController(ctx).start();
      new GarbageCollector(ctx).start();
      new PodGarbageCollector(ctx).start();
      new NodeLifecycleController(ctx, health).start();
      new TaintEvictionController(ctx).start();
      new DisruptionController(ctx).start();
    }

    Scheduler scheduler = new Scheduler(api, cluster.recorder(), options.schedulerOptions);
    if (options.scheduler) scheduler.start();
    Kubelets kubelets = null;
    if (options.kubelets) {
      ContainerBehaviors behaviors = new ContainerBehaviors();
      options.behaviors.forEach(b -> b.accept(behaviors));
      Images images = new Images();
      options.images.forEach(images::register);
      kubelets =
          new Kubelets(
              api,
              cluster.recorder(),
              behaviors,
              images,
              KubeletConfig.DEFAULT,
              volumes.claimStorage(api));
      health.onStop(kubelets::stopNode);
      health.onStart(kubelets::startNode);
    }
    return new Components(ctx, scheduler, volumes, health, nodeOperations, kubelets);
  }
}
