package io.kubemu.engine.controller.endpoints;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.core.Service;
import java.time.Instant;
import java.util.List;

/** An API server with the endpoints controller; pod IPs and readiness are written by hand. */
final class Fixture {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  final EventLoop loop = new EventLoop(T0, 1);
  final Timeline timeline = new Timeline();
  final ApiServer api = new ApiServer(loop, ApiServer.Options.DEFAULT, timeline);
  final ControllerContext ctx;

  Fixture() {
    DefaultAdmission.install(api);
    ctx = new ControllerContext(api, loop, new EventRecorder(api));
    new EndpointsController(ctx).start();
    loop.runDue();
  }

  /** Creates the objects of a YAML text. */
  void apply(String yaml) {
    api.applyAll(Manifests.read(yaml));
    loop.runDue();
  }

  /** Creates a pod with labels {@code app: web}, one container with the given port lines. */
  Pod pod(String ns, String name, String extraLabels, String ports) {
    return pod(ns, name, extraLabels, ports, "");
  }

  /** Creates a pod as above with extra spec lines (at two spaces of indentation). */
  Pod pod(String ns, String name, String extraLabels, String ports, String extraSpec) {
    String yaml =
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: %s
          namespace: %s
          labels:
            app: web
            %s
        spec:
          nodeName: node-1
          %s
          containers:
          - name: c
            image: nginx
            ports: %s
        """
            .formatted(name, ns, extraLabels, extraSpec, ports);
    Pod p = api.create(Manifests.readOne(yaml, Pod.class));
    loop.runDue();
    return p;
  }

  /** Writes the pod's status: Running, with this IP and Ready condition. */
  void status(String ns, String name, String ip, boolean ready) {
    Pod cur = api.get(Pod.class, ns, name);
    String s = ready ? ConditionStatus.TRUE : ConditionStatus.FALSE;
    PodStatus st =
        PodStatus.EMPTY
            .withPhase(Pod.PHASE_RUNNING)
            .withPodIP(ip)
            .withConditions(
                List.of(new PodCondition(PodCondition.READY, s, null, loop.now(), null, null)));
    api.updateStatus(cur.withStatus(st));
    loop.runDue();
  }

  Endpoints endpoints(String ns, String name) {
    return api.find(Endpoints.class, ns, name).orElse(null);
  }

  Service service(String ns, String name) {
    return api.get(Service.class, ns, name);
  }
}
