package io.kubemu.model.core;

import io.kubemu.model.Quantity;
import io.kubemu.model.internal.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The desired state of a pod (core/v1 PodSpec). Null means unset; the API server's defaulting fills
 * in the defaults stated here.
 *
 * @param containers the app containers; required, at least one, names unique
 * @param initContainers run in order before the app containers; one with {@code restartPolicy:
 *     Always} is a sidecar
 * @param enableServiceLinks inject service environment variables; defaults to true
 * @param nodeSelector node labels the node must have
 * @param nodeName the node the pod is bound to; set by the scheduler unless given
 * @param schedulerName defaults to {@value #DEFAULT_SCHEDULER}
 * @param priority set from priorityClassName by admission; 0 when there is none
 * @param preemptionPolicy PreemptLowerPriority (set by admission) or Never
 * @param restartPolicy Always, OnFailure or Never; defaults to Always
 * @param terminationGracePeriodSeconds defaults to 30
 * @param activeDeadlineSeconds seconds after startTime before the pod is failed
 * @param hostname defaults to the pod's name
 * @param subdomain with hostname, gives {@code hostname.subdomain.namespace.svc}
 * @param dnsPolicy defaults to ClusterFirst
 * @param hostNetwork defaults to false
 * @param hostPID defaults to false
 * @param hostIPC defaults to false
 * @param securityContext defaults to an empty context
 */
public record PodSpec(
    List<Container> containers,
    List<Container> initContainers,
    List<LocalObjectReference> imagePullSecrets,
    Boolean enableServiceLinks,
    List<Volume> volumes,
    Map<String, String> nodeSelector,
    String nodeName,
    Affinity affinity,
    List<Toleration> tolerations,
    String schedulerName,
    String runtimeClassName,
    String priorityClassName,
    Integer priority,
    String preemptionPolicy,
    List<TopologySpreadConstraint> topologySpreadConstraints,
    Map<String, Quantity> overhead,
    String restartPolicy,
    Long terminationGracePeriodSeconds,
    Long activeDeadlineSeconds,
    List<PodReadinessGate> readinessGates,
    String hostname,
    Boolean setHostnameAsFQDN,
    String subdomain,
    List<HostAlias> hostAliases,
    String dnsPolicy,
    Boolean hostNetwork,
    Boolean hostPID,
    Boolean hostIPC,
    Boolean shareProcessNamespace,
    String serviceAccountName,
    Boolean automountServiceAccountToken,
    PodSecurityContext securityContext) {

  /** The default {@code schedulerName}. */
  public static final String DEFAULT_SCHEDULER = "default-scheduler";

  /** The default {@code terminationGracePeriodSeconds}. */
  public static final long DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;

  /** dnsPolicy ClusterFirst, the default. */
  public static final String DNS_CLUSTER_FIRST = "ClusterFirst";

  /** {@code PodSpec} with every field unset. */
  public static final PodSpec EMPTY =
      new PodSpec(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null);

  public PodSpec {
    containers = Copies.list(containers);
    initContainers = Copies.list(initContainers);
    imagePullSecrets = Copies.list(imagePullSecrets);
    volumes = Copies.list(volumes);
    nodeSelector = Copies.map(nodeSelector);
    tolerations = Copies.list(tolerations);
    topologySpreadConstraints = Copies.list(topologySpreadConstraints);
    overhead = Copies.map(overhead);
    readinessGates = Copies.list(readinessGates);
    hostAliases = Copies.list(hostAliases);
  }

  public PodSpec withContainers(List<Container> containers) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withInitContainers(List<Container> initContainers) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withVolumes(List<Volume> volumes) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withNodeSelector(Map<String, String> nodeSelector) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withNodeName(String nodeName) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withAffinity(Affinity affinity) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withTolerations(List<Toleration> tolerations) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withSchedulerName(String schedulerName) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withPriority(Integer priority) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withRestartPolicy(String restartPolicy) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withHostname(String hostname) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withSubdomain(String subdomain) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withDnsPolicy(String dnsPolicy) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withEnableServiceLinks(Boolean enableServiceLinks) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  public PodSpec withSecurityContext(PodSecurityContext securityContext) {
    return new PodSpec(
        containers,
        initContainers,
        imagePullSecrets,
        enableServiceLinks,
        volumes,
        nodeSelector,
        nodeName,
        affinity,
        tolerations,
        schedulerName,
        runtimeClassName,
        priorityClassName,
        priority,
        preemptionPolicy,
        topologySpreadConstraints,
        overhead,
        restartPolicy,
        terminationGracePeriodSeconds,
        activeDeadlineSeconds,
        readinessGates,
        hostname,
        setHostnameAsFQDN,
        subdomain,
        hostAliases,
        dnsPolicy,
        hostNetwork,
        hostPID,
        hostIPC,
        shareProcessNamespace,
        serviceAccountName,
        automountServiceAccountToken,
        securityContext);
  }

  /** {@return a spec with just these containers} */
  public static PodSpec of(Container... containers) {
    return EMPTY.withContainers(List.of(containers));
  }

  /** {@return the container or init container with this name, or null} */
  public Container container(String name) {
    for (Container c : containers) {
      if (name.equals(c.name())) return c;
    }
    for (Container c : initContainers) {
      if (name.equals(c.name())) return c;
    }
    return null;
  }

  /**
   * {@return a copy whose container (or init container) {@code name} runs {@code image}, as {@code
   * kubectl set image} does}
   *
   * @throws IllegalArgumentException if there is no such container
   */
  public PodSpec withImage(String name, String image) {
    if (container(name) == null) {
      throw new IllegalArgumentException("unable to find container named \"" + name + "\"");
    }
    return withContainers(replaceImage(containers, name, image))
        .withInitContainers(replaceImage(initContainers, name, image));
  }

  private static List<Container> replaceImage(List<Container> list, String name, String image) {
    List<Container> out = new ArrayList<>(list.size());
    for (Container c : list) out.add(name.equals(c.name()) ? c.withImage(image) : c);
    return out;
  }
}
