package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.apps.DeploymentStrategy;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetSpec;
import io.kubemu.model.apps.ReplicaSetStatus;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.Map;

/**
 * A controller that is never started, over a bare API server (no admission), for calling the
 * rollout steps directly as upstream's table tests do; ReplicaSets are stored for real, so an
 * "update action" is a changed resourceVersion.
 */
final class Fixture {
  static final Instant T0 = Instant.parse("2016-05-20T00:00:00Z");

  final EventLoop loop = new EventLoop(T0, 7);
  final ApiServer api = new ApiServer(loop);
  final EventRecorder recorder = new EventRecorder(api);
  final DeploymentController dc =
      new DeploymentController(new ControllerContext(api, loop, recorder));

  /**
   * newDeployment of deployment_controller_test.go: RollingUpdate with maxSurge and maxUnavailable
   * 0 unless given, the selector as template labels, image foo/bar.
   */
  static Deployment newDeployment(
      String name,
      int replicas,
      Integer revisionHistoryLimit,
      IntOrString maxSurge,
      IntOrString maxUnavailable,
      Map<String, String> selector) {
    Map<String, String> labels = selector == null ? Map.of() : selector;
    DeploymentStrategy strategy =
        DeploymentStrategy.rollingUpdate(
            maxUnavailable == null ? IntOrString.of(0) : maxUnavailable,
            maxSurge == null ? IntOrString.of(0) : maxSurge);
    PodTemplateSpec template =
        new PodTemplateSpec(
            ObjectMeta.EMPTY.withLabels(labels), PodSpec.of(Container.of("", "foo/bar")));
    DeploymentSpec spec =
        new DeploymentSpec(
            replicas,
            LabelSelector.of(labels),
            template,
            strategy,
            null,
            revisionHistoryLimit,
            null,
            null);
    return new Deployment(
        ObjectMeta.named(ApiServer.DEFAULT_NAMESPACE, name)
            .withUid("uid-" + name)
            .withGeneration(1L),
        spec,
        null);
  }

  /** Stores rs(name, replicas, selector) created at the current virtual time. */
  ReplicaSet rs(String name, int replicas, Map<String, String> selector) {
    ReplicaSet rs =
        new ReplicaSet(
            ObjectMeta.named(ApiServer.DEFAULT_NAMESPACE, name),
            new ReplicaSetSpec(
                replicas,
                null,
                LabelSelector.of(selector == null ? Map.of() : selector),
                new PodTemplateSpec(null, null)),
            null);
    return api.create(rs);
  }

  /** Writes the ReplicaSet's availableReplicas (and replicas) as its controller would. */
  ReplicaSet withStatus(ReplicaSet rs, int statusReplicas, int available) {
    return api.updateStatus(
        rs.withStatus(new ReplicaSetStatus(statusReplicas, null, null, available, null, 1L, null)));
  }

  ReplicaSet get(String name) {
    return api.get(ReplicaSet.class, ApiServer.DEFAULT_NAMESPACE, name);
  }

  static int replicas(ReplicaSet rs) {
    return rs.spec().replicas();
  }
}
