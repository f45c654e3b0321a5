package io.kubemu.engine.scheduler;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link SchedulerClient} over the {@link ApiServer}, writing as the default-scheduler. */
final class ApiSchedulerClient implements SchedulerClient {

  private static final Kind POD = Kinds.of(Pod.class);

  private final ApiServer api;
  private final EventRecorder.ComponentRecorder events;

  ApiSchedulerClient(ApiServer api, EventRecorder.ComponentRecorder events) {
    this.api = api;
    this.events = events;
  }

  // the binding subresource: spec.nodeName and PodScheduled=True in one transaction
  @Override
  public void bind(Pod pod, String nodeName) {
    api.atomically(
        () -> {
          String ns = pod.metadata().namespace();
          String name = pod.metadata().name();
          Pod cur = api.get(Pod.class, ns, name);
          if (pod.metadata().uid() != null && !pod.metadata().uid().equals(cur.metadata().uid())) {
            throw new ApiException.Conflict(
                "pods/binding",
                POD,
                name,
                "Precondition failed: UID in precondition: "
                    + pod.metadata().uid()
                    + ", UID in object meta: "
                    + cur.metadata().uid());
          }
          String assigned = cur.spec() == null ? null : cur.spec().nodeName();
          if (assigned != null && !assigned.isEmpty()) {
            throw new ApiException.Conflict(
                "pods/binding",
                POD,
                name,
                "pod " + name + " is already assigned to node \"" + assigned + "\"");
          }
          Pod bound = api.update(cur.withNodeName(nodeName));
          PodCondition scheduled =
              new PodCondition(PodCondition.POD_SCHEDULED, "True", null, null, null, null);
          PodStatus st = withCondition(bound.status(), scheduled);
          if (st != null) {
            api.updateStatus(bound.withStatus(st));
          }
          return null;
        });
  }

  @Override
  public void patchPodStatus(Pod pod, PodCondition condition, String nominatedNodeName) {
    Pod cur = api.find(Pod.class, pod.metadata().namespace(), pod.metadata().name()).orElse(null);
    if (cur == null
        || (pod.metadata().uid() != null && !pod.metadata().uid().equals(cur.metadata().uid()))) {
      return;
    }
    PodStatus status = cur.status() == null ? PodStatus.EMPTY : cur.status();
    boolean changed = false;
    if (condition != null) {
      PodStatus updated = withCondition(status, condition);
      if (updated != null) {
        status = updated;
        changed = true;
      }
    }
    if (nominatedNodeName != null) {
      String want = nominatedNodeName.isEmpty() ? null : nominatedNodeName;
      if (!Objects.equals(emptyToNull(status.nominatedNodeName()), want)) {
        status = status.withNominatedNodeName(want);
        changed = true;
      }
    }
    if (changed) {
      api.updateStatus(cur.withStatus(status));
    }
  }

  /**
   * {@return the status with the condition set, or null when nothing changes} (upstream
   * podutil.UpdatePodCondition: the transition time is now unless the status stays the same)
   */
  private PodStatus withCondition(PodStatus status, PodCondition c) {
    PodStatus s = status == null ? PodStatus.EMPTY : status;
    List<PodCondition> conditions = new ArrayList<>(s.conditions());
    for (int i = 0; i < conditions.size(); i++) {
      PodCondition old = conditions.get(i);
      if (!old.type().equals(c.type())) continue;
      var transition =
          Objects.equals(old.status(), c.status())
              ? old.lastTransitionTime()
              : api.clock().instant();
      PodCondition updated =
          new PodCondition(
              c.type(), c.status(), c.lastProbeTime(), transition, c.reason(), c.message());
      if (updated.equals(old)) {
        return null;
      }
      conditions.set(i, updated);
      return s.withConditions(conditions);
    }
    conditions.add(
        new PodCondition(
            c.type(),
            c.status(),
            c.lastProbeTime(),
            api.clock().instant(),
            c.reason(),
            c.message()));
    return s.withConditions(conditions);
  }

  @Override
  public void deletePod(Pod pod) {
    try {
      api.delete(Pod.class, pod.metadata().namespace(), pod.metadata().name());
    } catch (ApiException.NotFound gone) {
      // already deleted
    }
  }

  @Override
  public void recordEvent(
      Pod regarding, Pod related, String type, String reason, String action, String message) {
    events.event(regarding, type, reason, message);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
