package io.kubemu.engine.kubelet;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.HostIP;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodIP;
import io.kubemu.model.core.PodStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The API status of a pod from what the runtime knows (kubelet_pods.go generateAPIPodStatus,
 * v1.30): container statuses, phase (a terminal phase never goes back), the reason and message kept
 * with the phase, the active deadline's eviction (Failed, DeadlineExceeded), readiness from the
 * probes, the kubelet's conditions (PodReadyToStartContainers, Initialized, Ready, ContainersReady,
 * PodScheduled) after the ones others own, host and pod IPs and the QoS class.
 */
final class PodStatusGenerator {

  static final String DEADLINE_REASON = "DeadlineExceeded";
  static final String DEADLINE_MESSAGE =
      "Pod was active on the node longer than the specified deadline";

  private final StatusManager statuses;
  private final ProbeManager probes;
  private final ReasonCache reasons;
  private final String hostIp;

  PodStatusGenerator(
      StatusManager statuses, ProbeManager probes, ReasonCache reasons, String hostIp) {
    this.statuses = statuses;
    this.probes = probes;
    this.reasons = reasons;
    this.hostIp = hostIp;
  }

  PodStatus generate(
      Pod pod, PodRuntimeStatus st, boolean podIsTerminal, boolean pastActiveDeadline) {
    String uid = pod.metadata().uid();
    PodStatus api = pod.status() == null ? PodStatus.EMPTY : pod.status();
    PodStatus old = statuses.get(uid).orElse(api);
    boolean hasInit = !pod.spec().initContainers().isEmpty();

    String podIp = st.ip() != null ? st.ip() : old.podIP();
    if (Boolean.TRUE.equals(pod.spec().hostNetwork())) podIp = hostIp;
    List<ContainerStatus> containers =
        ContainerStatuses.convert(
            pod, st, old.containerStatuses(), pod.spec().containers(), hasInit, false, reasons);
    List<ContainerStatus> inits =
        ContainerStatuses.convert(
            pod,
            st,
            old.initContainerStatuses(),
            pod.spec().initContainers(),
            hasInit,
            true,
            reasons);
    List<ContainerStatus> all = new ArrayList<>(containers);
    all.addAll(inits);
    String phase = PodPhases.getPhase(pod, all, podIsTerminal);
    if (!StatusManager.isTerminal(phase)) {
      if (StatusManager.isTerminal(old.phase())) phase = old.phase();
      else if (StatusManager.isTerminal(api.phase())) phase = api.phase();
    }
    String reason = null;
    String message = null;
    if (phase.equals(old.phase())) {
      reason = old.reason() != null ? old.reason() : api.reason();
      message = old.message() != null ? old.message() : api.message();
    }
    if (pastActiveDeadline) {
      phase = Pod.PHASE_FAILED;
      reason = DEADLINE_REASON;
      message = DEADLINE_MESSAGE;
    }
    if (StatusManager.isTerminal(api.phase()) && !phase.equals(api.phase())) phase = api.phase();

    containers = probes.updateContainers(uid, containers);
    inits = probes.updateInitContainers(uid, pod.spec().initContainers(), inits);

    List<PodCondition> conditions = new ArrayList<>();
    for (PodCondition c : api.conditions()) {
      if (!PodConditions.BY_KUBELET.contains(c.type())) conditions.add(c);
    }
    List<ContainerStatus> allReady = new ArrayList<>(inits);
    allReady.addAll(containers);
    conditions.add(PodConditions.readyToStartContainers(st.sandboxReady()));
    conditions.add(PodConditions.initialized(pod.spec(), allReady, phase));
    conditions.add(PodConditions.podReady(pod.spec(), conditions, allReady, phase));
    conditions.add(PodConditions.containersReady(pod.spec(), allReady, phase));
    conditions.add(
        PodConditions.condition(PodCondition.POD_SCHEDULED, ConditionStatus.TRUE, null, null));

    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        api.nominatedNodeName(),
        hostIp,
        hostIp == null ? List.of() : List.of(new HostIP(hostIp)),
        podIp,
        podIp == null ? List.of() : List.of(new PodIP(podIp)),
        old.startTime(),
        inits,
        containers,
        QosClasses.podQos(pod));
  }
}
