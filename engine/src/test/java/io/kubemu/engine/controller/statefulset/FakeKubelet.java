package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.volume.PodVolumes;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stand-in for scheduler + kubelet in the StatefulSet tests (the real ones are wired in
 * ControlPlane by the lead): a new pod is put on node {@code n1} and started {@code startDelay}
 * later once its claims are Bound, becomes Ready {@code readyDelay} after that, and a terminating
 * pod is gone {@code stopDelay} after its deletion was requested.
 */
final class FakeKubelet {
  final ApiServer api;
  final EventLoop loop;
  final Duration startDelay;
  final Duration readyDelay;
  final Duration stopDelay;
  private final Set<String> stopping = new HashSet<>(); // uids, membership only

  FakeKubelet(ApiServer api, Duration startDelay, Duration readyDelay, Duration stopDelay) {
    this.api = api;
    this.loop = api.loop();
    this.startDelay = startDelay;
    this.readyDelay = readyDelay;
    this.stopDelay = stopDelay;
  }

  void start() {
    api.watch(Pod.class, null, this::on);
  }

  private void on(WatchEvent<Pod> e) {
    Pod pod = e.object();
    String uid = pod.metadata().uid();
    if (e.type() == WatchEvent.Type.DELETED) return;
    if (pod.metadata().deletionTimestamp() != null) {
      if (stopping.add(uid)) loop.scheduleAfter(stopDelay, "kubelet stop", () -> remove(pod));
      return;
    }
    if (e.type() == WatchEvent.Type.ADDED) {
      loop.scheduleAfter(startDelay, "kubelet start", () -> run(pod));
    }
  }

  private Pod current(Pod pod) {
    return api.find(Pod.class, pod.metadata().namespace(), pod.metadata().name())
        .filter(p -> Objects.equals(p.metadata().uid(), pod.metadata().uid()))
        .orElse(null);
  }

  private void run(Pod pod) {
    Pod p = current(pod);
    if (p == null || p.metadata().deletionTimestamp() != null) return;
    if (!PodVolumes.claimsBound(p, api)) { // wait for the claims
      loop.scheduleAfter(Duration.ofSeconds(1), "kubelet wait volumes", () -> run(pod));
      return;
    }
    p = api.update(p.withNodeName("n1"));
    PodCondition notReady =
        new PodCondition(PodCondition.READY, ConditionStatus.FALSE, null, loop.now(), null, null);
    api.updateStatus(
        p.withStatus(
            PodStatus.EMPTY.withPhase(Pod.PHASE_RUNNING).withConditions(List.of(notReady))));
    loop.scheduleAfter(readyDelay, "kubelet ready", () -> ready(pod));
  }

  private void ready(Pod pod) {
    Pod p = current(pod);
    if (p == null || p.metadata().deletionTimestamp() != null) return;
    PodCondition ready =
        new PodCondition(PodCondition.READY, ConditionStatus.TRUE, null, loop.now(), null, null);
    api.updateStatus(p.withStatus(p.status().withConditions(List.of(ready))));
  }

  private void remove(Pod pod) {
    if (current(pod) == null) return;
    try {
      api.delete(
          Pod.class,
          pod.metadata().namespace(),
          pod.metadata().name(),
          DeleteOptions.gracePeriod(0));
    } catch (ApiException.NotFound e) {
      // already gone
    }
  }
}
