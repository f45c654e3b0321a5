package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.time.Instant;
import java.util.List;

/**
 * The observed state of a pod (core/v1 PodStatus), written by the scheduler and the kubelet.
 *
 * @param phase Pending, Running, Succeeded, Failed or Unknown (see {@link Pod})
 * @param message why the pod is in this state
 * @param reason a brief CamelCase reason, e.g. {@code Evicted}
 * @param nominatedNodeName the node preemption made room on
 * @param hostIP the node's primary IP
 * @param podIP the pod's primary IP
 * @param startTime when the kubelet acknowledged the pod
 * @param qosClass Guaranteed, Burstable or BestEffort (see {@link Pod})
 */
public record PodStatus(
    String phase,
    List<PodCondition> conditions,
    String message,
    String reason,
    String nominatedNodeName,
    String hostIP,
    List<HostIP> hostIPs,
    String podIP,
    List<PodIP> podIPs,
    Instant startTime,
    List<ContainerStatus> initContainerStatuses,
    List<ContainerStatus> containerStatuses,
    String qosClass) {

  /** {@code PodStatus} with every field unset. */
  public static final PodStatus EMPTY =
      new PodStatus(null, null, null, null, null, null, null, null, null, null, null, null, null);

  public PodStatus {
    conditions = Copies.list(conditions);
    hostIPs = Copies.list(hostIPs);
    podIPs = Copies.list(podIPs);
    initContainerStatuses = Copies.list(initContainerStatuses);
    containerStatuses = Copies.list(containerStatuses);
  }

  public PodStatus withPhase(String phase) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withConditions(List<PodCondition> conditions) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withMessage(String message) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withReason(String reason) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withNominatedNodeName(String nominatedNodeName) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withHostIP(String hostIP) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withHostIPs(List<HostIP> hostIPs) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withPodIP(String podIP) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withPodIPs(List<PodIP> podIPs) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withStartTime(Instant startTime) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withInitContainerStatuses(List<ContainerStatus> initContainerStatuses) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withContainerStatuses(List<ContainerStatus> containerStatuses) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  public PodStatus withQosClass(String qosClass) {
    return new PodStatus(
        phase,
        conditions,
        message,
        reason,
        nominatedNodeName,
        hostIP,
        hostIPs,
        podIP,
        podIPs,
        startTime,
        initContainerStatuses,
        containerStatuses,
        qosClass);
  }

  /** {@return the condition of this type, or null} */
  public PodCondition condition(String type) {
    for (PodCondition c : conditions) {
      if (type.equals(c.type())) return c;
    }
    return null;
  }

  /** {@return the status of the container or init container with this name, or null} */
  public ContainerStatus containerStatus(String name) {
    for (ContainerStatus s : containerStatuses) {
      if (name.equals(s.name())) return s;
    }
    for (ContainerStatus s : initContainerStatuses) {
      if (name.equals(s.name())) return s;
    }
    return null;
  }
}
