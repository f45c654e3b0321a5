package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.disruption.DisruptionController;
import io.kubemu.engine.controller.disruption.Evictions;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A control plane for node tests: API server with the default admission (so pods get the 300 s
 * not-ready/unreachable tolerations), the node lifecycle, taint-eviction and disruption
 * controllers, and hand-made nodes and pods (no scheduler or kubelet).
 */
public final class Cp {
  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  public final EventLoop loop = new EventLoop(T0, 7);
  public final ApiServer api = new ApiServer(loop);
  public final ControllerContext ctx;
  public final NodeHealth health = new NodeHealth(loop);
  public final Evictions evictions = new Evictions(api);
  public final NodeOperations ops = new NodeOperations(api, evictions, health);

  public Cp() {
    DefaultAdmission.install(api);
    ctx = new ControllerContext(api, loop, new EventRecorder(api));
    new NodeLifecycleController(ctx, health).start();
    new TaintEvictionController(ctx).start();
    new DisruptionController(ctx).start();
    loop.runDue();
  }

  /** Registers a Ready node, as its kubelet would. */
  public Node node(String name) {
    NodeCondition ready =
        new NodeCondition(
            NodeCondition.READY,
            ConditionStatus.TRUE,
            T0,
            T0,
            "KubeletReady",
            "kubelet is posting ready status");
    Node n =
        new Node(
            ObjectMeta.named(name).withLabel(Node.LABEL_HOSTNAME, name),
            NodeSpec.EMPTY,
            NodeStatus.EMPTY.withConditions(List.of(ready)));
    Node created = api.create(n);
    api.updateStatus(created.withStatus(n.status()));
    loop.runDue();
    return api.get(Node.class, null, name);
  }

  /** Creates a Running, Ready pod bound to {@code node}, shaped by {@code edit}. */
  public Pod pod(String ns, String name, String node, UnaryOperator<Pod> edit) {
    Pod p =
        edit.apply(
            Pod.of(
                    ObjectMeta.named(ns, name).withLabel("app", "web"),
                    PodSpec.of(Container.of("c", "nginx")))
                .withNodeName(node));
    Pod created = api.create(p);
    markReady(created);
    loop.runDue();
    return api.get(Pod.class, ns, name);
  }

  /** Writes Running + Ready=True, as the kubelet would. */
  public void markReady(Pod p) {
    Pod cur = api.get(Pod.class, p.metadata().namespace(), p.metadata().name());
    PodCondition ready =
        new PodCondition(PodCondition.READY, ConditionStatus.TRUE, null, loop.now(), null, null);
    api.updateStatus(
        cur.withStatus(
            (cur.status() == null ? PodStatus.EMPTY : cur.status())
                .withPhase(Pod.PHASE_RUNNING)
                .withConditions(List.of(ready))));
  }

  public <T extends KubernetesObject> T create(String yaml, Class<T> type) {
    T o = api.create(Manifests.readOne(yaml, type));
    loop.runDue();
    return o;
  }

  public Pod pod(String ns, String name) {
    return api.find(Pod.class, ns, name).orElse(null);
  }

  public Node getNode(String name) {
    return api.get(Node.class, null, name);
  }

  public List<String> events(String reason) {
    return api.list(Event.class).stream()
        .filter(e -> reason.equals(e.reason()))
        .map(e -> e.involvedObject().name() + ": " + e.message())
        .toList();
  }

  public Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  public void advanceTo(long seconds) {
    loop.advanceTo(at(seconds));
  }

  public Duration since(Instant t) {
    return Duration.between(T0, t);
  }
}
