package io.kubemu.engine.kubelet;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodReadinessGate;
import io.kubemu.model.core.PodSpec;
import java.util.ArrayList;
import java.util.List;

/** The kubelet's pod conditions (pkg/kubelet/status/generate.go, v1.30). */
final class PodConditions {
  private PodConditions() {}

  static final String UNKNOWN_CONTAINER_STATUSES = "UnknownContainerStatuses";
  static final String POD_COMPLETED = "PodCompleted";
  static final String CONTAINERS_NOT_READY = "ContainersNotReady";
  static final String CONTAINERS_NOT_INITIALIZED = "ContainersNotInitialized";
  static final String READINESS_GATES_NOT_READY = "ReadinessGatesNotReady";

  /** The condition types the kubelet owns (kubetypes.PodConditionsByKubelet). */
  static final List<String> BY_KUBELET =
      List.of(
          PodCondition.POD_SCHEDULED,
          PodCondition.READY,
          PodCondition.INITIALIZED,
          PodCondition.CONTAINERS_READY,
          PodCondition.POD_READY_TO_START_CONTAINERS);

  static PodCondition condition(String type, String status, String reason, String message) {
    return new PodCondition(type, status, null, null, reason, message);
  }

  // Go's fmt %s of a []string: [a b]
  private static String goList(List<String> names) {
    return "[" + String.join(" ", names) + "]";
  }

  private static boolean ready(ContainerStatus s) {
    return s.ready() != null && s.ready();
  }

  // GenerateContainersReadyCondition
  static PodCondition containersReady(PodSpec spec, List<ContainerStatus> statuses, String phase) {
    if (statuses == null) {
      return condition(
          PodCondition.CONTAINERS_READY, ConditionStatus.FALSE, UNKNOWN_CONTAINER_STATUSES, null);
    }
    List<String> unknown = new ArrayList<>();
    List<String> unready = new ArrayList<>();
    for (Container c : spec.initContainers()) {
      if (!PodPhases.isRestartableInit(c)) continue;
      ContainerStatus s = PodPhases.find(statuses, c.name());
      if (s == null) unknown.add(c.name());
      else if (!ready(s)) unready.add(c.name());
    }
    for (Container c : spec.containers()) {
      ContainerStatus s = PodPhases.find(statuses, c.name());
      if (s == null) unknown.add(c.name());
      else if (!ready(s)) unready.add(c.name());
    }
    if (Pod.PHASE_SUCCEEDED.equals(phase) && unknown.isEmpty()) {
      return condition(PodCondition.CONTAINERS_READY, ConditionStatus.FALSE, POD_COMPLETED, null);
    }
    List<String> messages = new ArrayList<>();
    if (!unknown.isEmpty()) messages.add("containers with unknown status: " + goList(unknown));
    if (!unready.isEmpty()) messages.add("containers with unready status: " + goList(unready));
    if (!messages.isEmpty()) {
      return condition(
          PodCondition.CONTAINERS_READY,
          ConditionStatus.FALSE,
          CONTAINERS_NOT_READY,
          String.join(", ", messages));
    }
    return condition(PodCondition.CONTAINERS_READY, ConditionStatus.TRUE, null, null);
  }

  // GeneratePodReadyCondition
  static PodCondition podReady(
      PodSpec spec, List<PodCondition> conditions, List<ContainerStatus> statuses, String phase) {
    PodCondition cr = containersReady(spec, statuses, phase);
    if (!ConditionStatus.TRUE.equals(cr.status())) {
      return condition(PodCondition.READY, cr.status(), cr.reason(), cr.message());
    }
    List<String> messages = new ArrayList<>();
    for (PodReadinessGate rg : spec.readinessGates()) {
      PodCondition c = null;
      for (PodCondition x : conditions) if (x.type().equals(rg.conditionType())) c = x;
      if (c == null) {
        messages.add(
            "corresponding condition of pod readiness gate \""
                + rg.conditionType()
                + "\" does not exist.");
      } else if (!ConditionStatus.TRUE.equals(c.status())) {
        messages.add(
            "the status of pod readiness gate \""
                + rg.conditionType()
                + "\" is not \"True\", but "
                + c.status());
      }
    }
    if (!messages.isEmpty()) {
      return condition(
          PodCondition.READY,
          ConditionStatus.FALSE,
          READINESS_GATES_NOT_READY,
          String.join(", ", messages));
    }
    return condition(PodCondition.READY, ConditionStatus.TRUE, null, null);
  }

  // isInitContainerInitialized
  private static boolean initialized(Container c, ContainerStatus s) {
    if (PodPhases.isRestartableInit(c)) return s.started() != null && s.started();
    return ready(s);
  }

  // GeneratePodInitializedCondition
  static PodCondition initialized(PodSpec spec, List<ContainerStatus> statuses, String phase) {
    if (statuses == null && !spec.initContainers().isEmpty()) {
      return condition(
          PodCondition.INITIALIZED, ConditionStatus.FALSE, UNKNOWN_CONTAINER_STATUSES, null);
    }
    List<ContainerStatus> all = statuses == null ? List.of() : statuses;
    List<String> unknown = new ArrayList<>();
    List<String> incomplete = new ArrayList<>();
    for (Container c : spec.initContainers()) {
      ContainerStatus s = PodPhases.find(all, c.name());
      if (s == null) unknown.add(c.name());
      else if (!initialized(c, s)) incomplete.add(c.name());
    }
    if (Pod.PHASE_SUCCEEDED.equals(phase) && unknown.isEmpty()) {
      return condition(PodCondition.INITIALIZED, ConditionStatus.TRUE, POD_COMPLETED, null);
    }
    if (PodPhases.hasAnyRegularContainerStarted(spec, all)) {
      return condition(PodCondition.INITIALIZED, ConditionStatus.TRUE, null, null);
    }
    List<String> messages = new ArrayList<>();
    if (!unknown.isEmpty()) messages.add("containers with unknown status: " + goList(unknown));
    if (!incomplete.isEmpty()) {
      messages.add("containers with incomplete status: " + goList(incomplete));
    }
    if (!messages.isEmpty()) {
      return condition(
          PodCondition.INITIALIZED,
          ConditionStatus.FALSE,
          CONTAINERS_NOT_INITIALIZED,
          String.join(", ", messages));
    }
    return condition(PodCondition.INITIALIZED, ConditionStatus.TRUE, null, null);
  }

  // GeneratePodReadyToStartContainersCondition: True once a ready sandbox exists
  static PodCondition readyToStartContainers(boolean sandboxReady) {
    return condition(
        PodCondition.POD_READY_TO_START_CONTAINERS,
        sandboxReady ? ConditionStatus.TRUE : ConditionStatus.FALSE,
        null,
        null);
  }
}
