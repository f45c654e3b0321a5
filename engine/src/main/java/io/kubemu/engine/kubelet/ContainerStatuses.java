package io.kubemu.engine.kubelet;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStateRunning;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStateWaiting;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Container statuses from the runtime (kubelet_pods.go convertToAPIContainerStatuses, v1.30). */
final class ContainerStatuses {
  private ContainerStatuses() {}

  static final String CONTAINER_CREATING = "ContainerCreating";
  static final String POD_INITIALIZING = "PodInitializing";
  static final String STATUS_UNKNOWN = "ContainerStatusUnknown";

  /** metav1.Time has whole seconds (normalizeStatus). */
  static Instant seconds(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS);
  }

  private static ContainerState waiting(String reason, String message) {
    return new ContainerState(new ContainerStateWaiting(reason, message), null, null);
  }

  // convertContainerStatus
  private static ContainerStatus convert(PodRuntimeStatus.Instance cs) {
    ContainerState state;
    switch (cs.state()) {
      case RUNNING ->
          state =
              new ContainerState(null, new ContainerStateRunning(seconds(cs.startedAt())), null);
      case CREATED -> state = waiting(null, null);
      default ->
          state =
              new ContainerState(
                  null,
                  null,
                  new ContainerStateTerminated(
                      cs.exitCode(),
                      null,
                      cs.reason(),
                      cs.message(),
                      seconds(cs.startedAt()),
                      seconds(cs.finishedAt()),
                      cs.containerId()));
    }
    return new ContainerStatus(
        cs.name(),
        state,
        new ContainerState(null, null, null),
        false,
        cs.restartCount(),
        cs.image(),
        cs.imageRef(),
        cs.containerId(),
        null);
  }

  static List<ContainerStatus> convert(
      Pod pod,
      PodRuntimeStatus podStatus,
      List<ContainerStatus> previous,
      List<Container> containers,
      boolean hasInitContainers,
      boolean isInit,
      ReasonCache reasons) {
    Map<String, ContainerStatus> old = new LinkedHashMap<>();
    for (ContainerStatus s : previous) old.put(s.name(), s);
    ContainerState defaultWaiting =
        waiting(hasInitContainers ? POD_INITIALIZING : CONTAINER_CREATING, null);
    Map<String, ContainerStatus> statuses = new LinkedHashMap<>();
    for (Container c : containers) {
      ContainerStatus s =
          new ContainerStatus(
              c.name(), defaultWaiting, emptyState(), false, 0, c.image(), "", null, null);
      ContainerStatus o = old.get(c.name());
      if (o != null) {
        if (o.state() != null && o.state().terminated() != null) {
          s = o;
        } else {
          s = s.withRestartCount(o.restartCount()).withLastState(o.lastState());
        }
      }
      statuses.put(c.name(), s);
    }
    // containers the runtime no longer knows but that ran before (not normally the case here)
    for (Container c : containers) {
      if (podStatus.latest(c.name()) != null) continue;
      ContainerStatus o = old.get(c.name());
      if (o == null || o.state() == null) continue;
      if (o.state().terminated() != null || o.state().running() == null) continue;
      ContainerStatus s = statuses.get(c.name());
      String def = hasInitContainers ? POD_INITIALIZING : CONTAINER_CREATING;
      boolean isDefault = s.state().waiting() != null && def.equals(s.state().waiting().reason());
      if (!isDefault || (s.lastState() != null && s.lastState().terminated() != null)) continue;
      ContainerStateTerminated unknown =
          new ContainerStateTerminated(
              137,
              null,
              STATUS_UNKNOWN,
              "The container could not be located when the pod was deleted.  The container used"
                  + " to be Running",
              null,
              null,
              null);
      s = s.withLastState(new ContainerState(null, null, unknown));
      if (pod.metadata().deletionTimestamp() == null) s = s.withRestartCount(s.restartCount() + 1);
      statuses.put(c.name(), s);
    }
    // the latest instance is the state, the one before the last termination state
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<PodRuntimeStatus.Instance> byCreation = new ArrayList<>(podStatus.containers());
    byCreation.sort(
        Comparator.comparing(
                PodRuntimeStatus.Instance::createdAt,
                Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(PodRuntimeStatus.Instance::restartCount)
            .reversed());
    for (PodRuntimeStatus.Instance cs : byCreation) {
      if (!statuses.containsKey(cs.name())) continue;
      int n = seen.getOrDefault(cs.name(), 0);
      if (n >= 2) continue;
      ContainerStatus s = convert(cs);
      if (n == 0) statuses.put(cs.name(), s);
      else statuses.put(cs.name(), statuses.get(cs.name()).withLastState(s.state()));
      seen.put(cs.name(), n + 1);
    }
    // containers to be (re)started show why they are waiting
    for (Container c : containers) {
      if (isInit) {
        PodRuntimeStatus.Instance s = podStatus.latest(c.name());
        if (s != null && s.exited() && s.exitCode() == 0) continue;
      }
      if (!PodActions.shouldContainerBeRestarted(c, pod, podStatus)) continue;
      ReasonCache.Reason r = reasons.get(pod.metadata().uid(), c.name());
      if (r == null) continue;
      ContainerStatus s = statuses.get(c.name());
      if (s.state() != null && s.state().terminated() != null) s = s.withLastState(s.state());
      statuses.put(c.name(), s.withState(waiting(r.reason(), r.message())));
    }
    List<ContainerStatus> out = new ArrayList<>();
    if (isInit) {
      for (Container c : containers) out.add(statuses.get(c.name())); // spec order
    } else {
      out.addAll(statuses.values());
      out.sort(Comparator.comparing(ContainerStatus::name)); // SortedContainerStatuses
    }
    return out;
  }

  static ContainerState emptyState() {
    return new ContainerState(null, null, null);
  }
}
