package io.kubemu.engine.kubelet;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Watch;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.runtime.ClaimStorage;
import io.kubemu.engine.runtime.ContainerBehaviors;
import io.kubemu.engine.runtime.Images;
import io.kubemu.engine.runtime.PodSandbox;
import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.engine.runtime.shell.LogLine;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAddress;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated kubelets of a cluster: one {@link Kubelet} per Node object, started when the Node
 * appears (it registers the node's status) and stopped when it goes; each runs the pods whose
 * {@code spec.nodeName} names its node. Construct it once with the API server; it watches Nodes and
 * Pods from then on (deliveries are event-loop tasks, so nothing happens until the loop runs).
 *
 * <p>Defaults: {@link KubeletConfig#DEFAULT}, the well-known {@link Images}, {@link
 * ClaimStorage#inMemory()}. Behaviours: {@link #faults()} first, then the given registry. The API
 * server should be built with {@code expireGracePeriods(false)}: the kubelets remove deleted pods
 * themselves once their containers stopped, as in Kubernetes.
 *
 * <p>Not thread-safe: use it on the event loop's thread.
 */
public final class Kubelets implements AutoCloseable {
  private final ApiServer api;
  private final EventRecorder recorder;
  private final KubeletConfig config;
  private final Images images;
  private final ContainerBehaviors behaviors;
  private final ClaimStorage claims;
  private final Faults faults;
  private final Map<String, Kubelet> kubelets = new LinkedHashMap<>();
  private final Watch nodeWatch;
  private final Watch podWatch;
  private final Watch claimWatch;
  private int nextIndex;

  /** Kubelets with the default configuration and images, and the given behaviours. */
  public Kubelets(ApiServer api, EventRecorder recorder, ContainerBehaviors behaviors) {
    this(api, recorder, behaviors, new Images(), KubeletConfig.DEFAULT, ClaimStorage.inMemory());
  }

  /** Kubelets with everything given. */
  public Kubelets(
      ApiServer api,
      EventRecorder recorder,
      ContainerBehaviors behaviors,
      Images images,
      KubeletConfig config,
      ClaimStorage claims) {
    this.api = Objects.requireNonNull(api);
    this.recorder = Objects.requireNonNull(recorder);
    this.behaviors = Objects.requireNonNull(behaviors);
    this.images = Objects.requireNonNull(images);
    this.config = Objects.requireNonNull(config);
    this.claims = Objects.requireNonNull(claims);
    this.faults = new Faults(this);
    this.nodeWatch = api.watch(Node.class, null, this::onNode);
    this.podWatch = api.watch(Pod.class, null, this::onPod);
    this.claimWatch = api.watch(PersistentVolumeClaim.class, null, this::onClaim);
  }

  /** {@return the fault injection of these kubelets} */
  public Faults faults() {
    return faults;
  }

  /** {@return the behaviours registry users register on} */
  public ContainerBehaviors behaviors() {
    return behaviors;
  }

  /** {@return the image catalogue} */
  public Images images() {
    return images;
  }

  /** {@return the configuration} */
  public KubeletConfig config() {
    return config;
  }

  /** {@return the kubelet of a node, if it runs} */
  public Optional<Kubelet> kubelet(String node) {
    return Optional.ofNullable(kubelets.get(node));
  }

  /** {@return every running kubelet, in start order} */
  public List<Kubelet> kubelets() {
    return new ArrayList<>(kubelets.values());
  }

  /** {@return the probes run by every kubelet so far} */
  public long probeEvaluations() {
    long n = 0;
    for (Kubelet k : kubelets.values()) n += k.probeEvaluations();
    return n;
  }

  /**
   * {@return the newest instance of a pod's container (or, {@code previous}, the one before), as
   * {@code kubectl logs [--previous]} finds it}
   */
  public Optional<RuntimeContainer> container(String podKey, String container, boolean previous) {
    for (Kubelet k : kubelets.values()) {
      for (PodSandbox sb : k.runtime().sandboxes()) {
        if (!sb.key().equals(podKey)) continue;
        List<RuntimeContainer> l = sb.instances(container);
        int i = previous ? 1 : 0;
        if (l.size() > i) return Optional.of(l.get(i));
      }
    }
    return Optional.empty();
  }

  /** {@return the log of a pod's container ({@code kubectl logs}); empty if there is none} */
  public List<LogLine> logs(String podKey, String container, boolean previous) {
    return container(podKey, container, previous).map(RuntimeContainer::logs).orElse(List.of());
  }

  /** Stops a node's kubelet as if the machine died (the hook for node failure). */
  public void stopNode(String node) {
    Kubelet k = kubelets.get(node);
    if (k != null) k.stop();
  }

  /**
   * Starts a stopped node's kubelet again, as a machine that boots: a new kubelet with the node's
   * address and pod CIDR re-lists the pods bound to the node, starts their containers afresh and
   * finishes the deletions that were asked for meanwhile. Nothing happens if it is running.
   */
  public void startNode(String node) {
    Kubelet old = kubelets.get(node);
    if (old == null || !old.stopped()) return;
    kubelets.remove(node);
    api.find(Node.class, null, node).ifPresent(n -> start(n, old.index));
  }

  /** Stops watching; running kubelets stop too. */
  @Override
  public void close() {
    nodeWatch.close();
    podWatch.close();
    claimWatch.close();
    for (Kubelet k : kubelets.values()) k.stop();
  }

  List<ContainerBehaviors> registries() {
    return List.of(faults.registry(), behaviors);
  }

  ApiServer api() {
    return api;
  }

  private void onNode(WatchEvent<Node> e) {
    String name = e.object().metadata().name();
    switch (e.type()) {
      case ADDED -> {
        if (!kubelets.containsKey(name)) start(e.object());
      }
      case DELETED -> {
        Kubelet k = kubelets.remove(name);
        if (k != null) k.stop();
      }
      case MODIFIED -> {}
    }
  }

  private void start(Node node) {
    start(node, nextIndex++);
  }

  private void start(Node node, int i) {
    String name = node.metadata().name();
    NodeSpec spec = node.spec();
    String cidr =
        spec != null && spec.podCIDR() != null && !spec.podCIDR().isEmpty()
            ? spec.podCIDR()
            : config.podCidrPrefix() + "." + i + ".0/24";
    String ip = config.nodeIpPrefix() + "." + (i + 10);
    if (node.status() != null) {
      for (NodeAddress a : node.status().addresses()) {
        if (NodeAddress.INTERNAL_IP.equals(a.type())) {
          ip = a.address();
          break;
        }
      }
    }
    Kubelet k = new Kubelet(name, i, api, recorder, config, images, registries(), claims, ip, cidr);
    kubelets.put(name, k);
    k.register();
    for (Pod p : api.list(Pod.class)) {
      if (name.equals(p.spec() == null ? null : p.spec().nodeName())) k.podUpserted(p);
    }
  }

  // the volume manager's desired state populator sees claims bind (WaitForAttachAndMount)
  private void onClaim(WatchEvent<PersistentVolumeClaim> e) {
    String ns = e.object().metadata().namespace();
    String name = e.object().metadata().name();
    for (Kubelet k : new ArrayList<>(kubelets.values())) k.claimChanged(ns, name);
  }

  private void onPod(WatchEvent<Pod> e) {
    Pod p = e.object();
    String node = p.spec() == null ? null : p.spec().nodeName();
    if (node == null || node.isEmpty()) return;
    Kubelet k = kubelets.get(node);
    if (k == null) return;
    if (e.type() == WatchEvent.Type.DELETED) k.podDeleted(p);
    else k.podUpserted(p);
  }
}
