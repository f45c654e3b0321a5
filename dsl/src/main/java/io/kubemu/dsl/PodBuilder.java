package io.kubemu.dsl;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.HostAlias;
import io.kubemu.model.core.LocalObjectReference;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodReadinessGate;
import io.kubemu.model.core.PodSecurityContext;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.Toleration;
import io.kubemu.model.core.TopologySpreadConstraint;
import io.kubemu.model.core.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Pod}, or with {@link #buildTemplate()} the {@link PodTemplateSpec} of a workload
 * ({@code pod()} passed to {@code template(...)}). Every {@link PodSpec} field is kept; the common
 * ones have a method, the rest are reached with {@link #spec(UnaryOperator)}. Adds no defaults.
 * Mutable, not thread-safe.
 */
public final class PodBuilder extends AbstractObjectBuilder<Pod, PodBuilder> {

  private final List<Container> containers = new ArrayList<>();
  private final List<Container> initContainers = new ArrayList<>();
  private final List<LocalObjectReference> imagePullSecrets = new ArrayList<>();
  private Boolean enableServiceLinks;
  private final List<Volume> volumes = new ArrayList<>();
  private final Map<String, String> nodeSelector = new LinkedHashMap<>();
  private String nodeName;
  private Affinity affinity;
  private final List<Toleration> tolerations = new ArrayList<>();
  private String schedulerName;
  private String runtimeClassName;
  private String priorityClassName;
  private Integer priority;
  private String preemptionPolicy;
  private final List<TopologySpreadConstraint> topologySpreadConstraints = new ArrayList<>();
  private final Map<String, Quantity> overhead = new LinkedHashMap<>();
  private String restartPolicy;
  private Long terminationGracePeriodSeconds;
  private Long activeDeadlineSeconds;
  private final List<PodReadinessGate> readinessGates = new ArrayList<>();
  private String hostname;
  private Boolean setHostnameAsFQDN;
  private String subdomain;
  private final List<HostAlias> hostAliases = new ArrayList<>();
  private String dnsPolicy;
  private Boolean hostNetwork;
  private Boolean hostPID;
  private Boolean hostIPC;
  private Boolean shareProcessNamespace;
  private String serviceAccountName;
  private Boolean automountServiceAccountToken;
  private PodSecurityContext securityContext;
  private PodStatus status;

  PodBuilder() {}

  /** {@return a builder holding every field of {@code pod}, status included} */
  public static PodBuilder from(Pod pod) {
    PodBuilder b = new PodBuilder().metadata(pod.metadata());
    b.load(pod.spec());
    b.status = pod.status();
    return b;
  }

  /** {@return a builder holding the metadata and spec of a pod template} */
  public static PodBuilder from(PodTemplateSpec template) {
    PodBuilder b = new PodBuilder().metadata(template.metadata());
    b.load(template.spec());
    return b;
  }

  /** Appends to {@code spec.containers}. */
  public PodBuilder container(ContainerBuilder container) {
    return container(container.build());
  }

  /** Appends to {@code spec.containers}. */
  public PodBuilder container(Container container) {
    containers.add(container);
    return this;
  }

  /** Appends to {@code spec.initContainers}. */
  public PodBuilder initContainer(ContainerBuilder container) {
    return initContainer(container.build());
  }

  /** Appends to {@code spec.initContainers}. */
  public PodBuilder initContainer(Container container) {
    initContainers.add(container);
    return this;
  }

  /**
   * Sets the image of container (or init container) {@code container}, as {@code kubectl set image}
   * does.
   *
   * @throws IllegalArgumentException if there is no such container
   */
  public PodBuilder withImage(String container, String image) {
    load(spec().withImage(container, image));
    return this;
  }

  /** {@code spec.restartPolicy}: Always, OnFailure or Never (unset means Always). */
  public PodBuilder restartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
    return this;
  }

  /** {@code spec.nodeName}: binds the pod to a node, bypassing the scheduler. */
  public PodBuilder nodeName(String nodeName) {
    this.nodeName = nodeName;
    return this;
  }

  /** Merged into {@code spec.nodeSelector}: {@code nodeSelector("ssd", "true")}. */
  public PodBuilder nodeSelector(String... keyValues) {
    Pairs.putAll(nodeSelector, keyValues);
    return this;
  }

  /** {@code spec.affinity}; replaces it. */
  public PodBuilder affinity(Affinity affinity) {
    this.affinity = affinity;
    return this;
  }

  /**
   * Appends a term to {@code
   * spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms} (a
   * node must match one of them).
   */
  public PodBuilder requiredNodeAffinity(NodeSelectorTermBuilder term) {
    affinity = Affinities.addRequiredNode(affinity, term.build());
    return this;
  }

  /**
   * Appends {@code {weight, preference: term}} to {@code
   * spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution}.
   */
  public PodBuilder preferredNodeAffinity(int weight, NodeSelectorTermBuilder term) {
    affinity = Affinities.addPreferredNode(affinity, weight, term.build());
    return this;
  }

  /**
   * Appends to {@code spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution}.
   */
  public PodBuilder requiredPodAffinity(PodAffinityTermBuilder term) {
    affinity = Affinities.addPodAffinity(affinity, false, true, null, term.build());
    return this;
  }

  /**
   * Appends {@code {weight, podAffinityTerm: term}} to {@code
   * spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution}.
   */
  public PodBuilder preferredPodAffinity(int weight, PodAffinityTermBuilder term) {
    affinity = Affinities.addPodAffinity(affinity, false, false, weight, term.build());
    return this;
  }

  /**
   * Appends to {@code
   * spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution}.
   */
  public PodBuilder requiredPodAntiAffinity(PodAffinityTermBuilder term) {
    affinity = Affinities.addPodAffinity(affinity, true, true, null, term.build());
    return this;
  }

  /**
   * Appends {@code {weight, podAffinityTerm: term}} to {@code
   * spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution}.
   */
  public PodBuilder preferredPodAntiAffinity(int weight, PodAffinityTermBuilder term) {
    affinity = Affinities.addPodAffinity(affinity, true, false, weight, term.build());
    return this;
  }

  /** Appends to {@code spec.tolerations}. */
  public PodBuilder toleration(TolerationBuilder toleration) {
    return toleration(toleration.build());
  }

  /** Appends to {@code spec.tolerations}. */
  public PodBuilder toleration(Toleration toleration) {
    tolerations.add(toleration);
    return this;
  }

  /** Appends to {@code spec.topologySpreadConstraints}. */
  public PodBuilder topologySpreadConstraint(TopologySpreadConstraint constraint) {
    topologySpreadConstraints.add(constraint);
    return this;
  }

  /** Appends to {@code spec.volumes} (see {@code Kubemu.emptyDirVolume} and friends). */
  public PodBuilder volume(Volume volume) {
    volumes.add(volume);
    return this;
  }

  /** {@code spec.terminationGracePeriodSeconds} (unset means 30). */
  public PodBuilder terminationGracePeriodSeconds(long seconds) {
    this.terminationGracePeriodSeconds = seconds;
    return this;
  }

  /** {@code spec.activeDeadlineSeconds}: seconds after start before the pod is failed. */
  public PodBuilder activeDeadlineSeconds(long seconds) {
    this.activeDeadlineSeconds = seconds;
    return this;
  }

  /** {@code spec.hostname} (unset means the pod's name). */
  public PodBuilder hostname(String hostname) {
    this.hostname = hostname;
    return this;
  }

  /** {@code spec.subdomain}. */
  public PodBuilder subdomain(String subdomain) {
    this.subdomain = subdomain;
    return this;
  }

  /** {@code spec.hostNetwork}. */
  public PodBuilder hostNetwork(boolean hostNetwork) {
    this.hostNetwork = hostNetwork;
    return this;
  }

  /** {@code spec.hostPID}. */
  public PodBuilder hostPID(boolean hostPID) {
    this.hostPID = hostPID;
    return this;
  }

  /** {@code spec.hostIPC}. */
  public PodBuilder hostIPC(boolean hostIPC) {
    this.hostIPC = hostIPC;
    return this;
  }

  /** {@code spec.serviceAccountName}. */
  public PodBuilder serviceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
    return this;
  }

  /** Appends to {@code spec.imagePullSecrets}, by secret name. */
  public PodBuilder imagePullSecrets(String... secretNames) {
    for (String name : secretNames) imagePullSecrets.add(new LocalObjectReference(name));
    return this;
  }

  /** {@code spec.priorityClassName}. */
  public PodBuilder priorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
    return this;
  }

  /** {@code spec.priority} (normally set by admission from priorityClassName). */
  public PodBuilder priority(int priority) {
    this.priority = priority;
    return this;
  }

  /** {@code spec.schedulerName} (unset means default-scheduler). */
  public PodBuilder schedulerName(String schedulerName) {
    this.schedulerName = schedulerName;
    return this;
  }

  /** {@code spec.dnsPolicy} (unset means ClusterFirst). */
  public PodBuilder dnsPolicy(String dnsPolicy) {
    this.dnsPolicy = dnsPolicy;
    return this;
  }

  /** {@code spec.securityContext}. */
  public PodBuilder securityContext(PodSecurityContext securityContext) {
    this.securityContext = securityContext;
    return this;
  }

  /** {@code status} (normally written by the kubelet; for tests that need a given status). */
  public PodBuilder status(PodStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Escape hatch: edits {@code spec} as a record (an unset spec is passed as {@link
   * PodSpec#EMPTY}); the result is kept even if empty.
   */
  public PodBuilder spec(UnaryOperator<PodSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public Pod build() {
    return new Pod(meta(), present(spec(), PodSpec.EMPTY), status);
  }

  /** {@return the template {@code {metadata, spec}} of a workload; the status is not part of it} */
  public PodTemplateSpec buildTemplate() {
    return new PodTemplateSpec(meta(), present(spec(), PodSpec.EMPTY));
  }

  private PodSpec spec() {
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

  private void load(PodSpec s) {
    specGiven(s != null);
    if (s == null) s = PodSpec.EMPTY;
    containers.clear();
    containers.addAll(s.containers());
    initContainers.clear();
    initContainers.addAll(s.initContainers());
    imagePullSecrets.clear();
    imagePullSecrets.addAll(s.imagePullSecrets());
    enableServiceLinks = s.enableServiceLinks();
    volumes.clear();
    volumes.addAll(s.volumes());
    nodeSelector.clear();
    nodeSelector.putAll(s.nodeSelector());
    nodeName = s.nodeName();
    affinity = s.affinity();
    tolerations.clear();
    tolerations.addAll(s.tolerations());
    schedulerName = s.schedulerName();
    runtimeClassName = s.runtimeClassName();
    priorityClassName = s.priorityClassName();
    priority = s.priority();
    preemptionPolicy = s.preemptionPolicy();
    topologySpreadConstraints.clear();
    topologySpreadConstraints.addAll(s.topologySpreadConstraints());
    overhead.clear();
    overhead.putAll(s.overhead());
    restartPolicy = s.restartPolicy();
    terminationGracePeriodSeconds = s.terminationGracePeriodSeconds();
    activeDeadlineSeconds = s.activeDeadlineSeconds();
    readinessGates.clear();
    readinessGates.addAll(s.readinessGates());
    hostname = s.hostname();
    setHostnameAsFQDN = s.setHostnameAsFQDN();
    subdomain = s.subdomain();
    hostAliases.clear();
    hostAliases.addAll(s.hostAliases());
    dnsPolicy = s.dnsPolicy();
    hostNetwork = s.hostNetwork();
    hostPID = s.hostPID();
    hostIPC = s.hostIPC();
    shareProcessNamespace = s.shareProcessNamespace();
    serviceAccountName = s.serviceAccountName();
    automountServiceAccountToken = s.automountServiceAccountToken();
    securityContext = s.securityContext();
  }
}
