package io.kubemu.engine.kubelet;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.runtime.ClaimStorage;
import io.kubemu.engine.runtime.ContainerBehaviors;
import io.kubemu.engine.runtime.ContainerRuntime;
import io.kubemu.engine.runtime.Images;
import io.kubemu.engine.runtime.PodSandbox;
import io.kubemu.engine.runtime.ProbeType;
import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node's simulated kubelet: registers the node, then runs the pods bound to it (a {@link
 * PodWorker} each) on its {@link ContainerRuntime}, with the kubelet's image manager, probe
 * manager, lifecycle hooks, restart back-off and status manager. Its writes go through the API
 * server, its events come from {@code kubelet, <node>}. Created and fed by {@link Kubelets}.
 *
 * <p>Network: pod CIDR {@code <podCidrPrefix>.<index>.0/24} (pods from {@code .2}), InternalIP
 * {@code <nodeIpPrefix>.<index + 10>} (unless the Node states addresses and a pod CIDR). Not
 * thread-safe: runs on the event loop's thread.
 */
public final class Kubelet {
  final String nodeName;
  final int index;
  final String hostIp;
  final String podCidr;
  final ApiServer api;
  final EventLoop loop;
  final EventRecorder recorder;
  final KubeletConfig config;
  final ContainerRuntime runtime;
  final StatusManager statuses;
  final ReasonCache reasons = new ReasonCache();
  final ProbeManager probes;
  final Prober prober;
  final PodStatusGenerator generator;
  final ImageManager images;
  final HandlerRunner hooks;
  final ContainerKiller killer;
  final ContainerStarter starter;
  final Backoff backoff;
  final Volumes volumes;
  final PodIpam ipam;
  final NodeRegistration registration;
  private final Map<String, PodWorker> workers = new LinkedHashMap<>();
  boolean stopped;

  Kubelet(
      String nodeName,
      int index,
      ApiServer api,
      EventRecorder recorder,
      KubeletConfig config,
      Images catalogue,
      List<ContainerBehaviors> behaviors,
      ClaimStorage claims,
      String hostIp,
      String podCidr) {
    this.nodeName = nodeName;
    this.index = index;
    this.api = api;
    this.loop = api.loop();
    this.recorder = recorder;
    this.config = config;
    this.hostIp = hostIp;
    this.podCidr = podCidr;
    this.runtime = new ContainerRuntime(nodeName, loop, catalogue, behaviors);
    this.runtime.setListener(this::containerExited);
    this.statuses = new StatusManager(api);
    this.prober = new Prober(runtime, recorder, nodeName);
    this.probes = new ProbeManager(loop, statuses, prober, this::probeResult);
    this.generator = new PodStatusGenerator(statuses, probes, reasons, hostIp);
    this.registration = new NodeRegistration(this);
    this.images =
        new ImageManager(
            runtime,
            recorder,
            nodeName,
            loop,
            config.serializeImagePulls(),
            registration::imagesChanged);
    this.hooks = new HandlerRunner(runtime, loop);
    this.killer = new ContainerKiller(this);
    this.starter = new ContainerStarter(this);
    this.backoff = new Backoff(Backoff.INITIAL, Backoff.MAX, loop::now);
    this.volumes = new Volumes(api, claims);
    String cidr = podCidr.substring(0, podCidr.indexOf('/'));
    this.ipam = new PodIpam(cidr.substring(0, cidr.lastIndexOf('.')));
  }

  // ================================================================ public view

  /** {@return the node's name} */
  public String nodeName() {
    return nodeName;
  }

  /** {@return the node's InternalIP} */
  public String hostIP() {
    return hostIp;
  }

  /** {@return the node's pod CIDR} */
  public String podCIDR() {
    return podCidr;
  }

  /** {@return the node's container runtime (sandboxes, containers, images)} */
  public ContainerRuntime runtime() {
    return runtime;
  }

  /** {@return whether {@link #stop()} was called} */
  public boolean stopped() {
    return stopped;
  }

  /** {@return the probes this kubelet has run} */
  public long probeEvaluations() {
    return prober.evaluations();
  }

  /** {@return the keys ({@code namespace/name}) of the pods it runs, in arrival order} */
  public List<String> pods() {
    List<String> out = new ArrayList<>();
    for (PodWorker w : workers.values()) out.add(w.pod().metadata().key());
    return out;
  }

  /**
   * Stops the kubelet as a node that loses power: its containers die, it reports nothing more (the
   * hook for node failure; NotReady and eviction are the node lifecycle controller's).
   */
  public void stop() {
    if (stopped) return;
    stopped = true;
    for (PodWorker w : new ArrayList<>(workers.values())) w.stopNode();
  }

  // ================================================================ inputs

  void register() {
    registration.register();
  }

  /** A pod bound to this node was added or changed. */
  void podUpserted(Pod pod) {
    if (stopped) return;
    String uid = pod.metadata().uid();
    PodWorker w = workers.get(uid);
    if (w == null) {
      w = new PodWorker(this, pod);
      workers.put(uid, w);
      w.update(pod);
      return;
    }
    if (onlyStatusChanged(w.raw(), pod)) {
      return; // the kubelet's own status writes (HandlePodReconcile: nothing to sync)
    }
    w.update(pod);
  }

  // config.checkAndUpdatePod: only spec, labels, annotations and deletion make an update
  private static boolean onlyStatusChanged(Pod known, Pod pod) {
    return Objects.equals(known.spec(), pod.spec())
        && known
            .metadata()
            .withResourceVersion(null)
            .equals(pod.metadata().withResourceVersion(null));
  }

  /** A pod bound to this node was removed from the API server. */
  void podDeleted(Pod pod) {
    PodWorker w = workers.get(pod.metadata().uid());
    if (w != null) w.removed();
  }

  /** A PersistentVolumeClaim changed: the pods waiting to mount it sync again. */
  void claimChanged(String namespace, String name) {
    if (stopped) return;
    for (PodWorker w : new ArrayList<>(workers.values())) {
      if (w.waitsForVolumes() && w.mountsClaim(namespace, name)) w.requestSync();
    }
  }

  void forget(String uid) {
    workers.remove(uid);
  }

  private void containerExited(PodSandbox sb, RuntimeContainer c) {
    PodWorker w = workers.get(sb.uid());
    if (w != null) w.requestSync();
  }

  // prober results: liveness on failure, readiness and startup on any change (syncLoopIteration)
  private void probeResult(ProbeType type, String podUid, String containerId, ProbeResult result) {
    PodWorker w = workers.get(podUid);
    if (w == null) return;
    if (type == ProbeType.LIVENESS && result != ProbeResult.FAILURE) return;
    w.requestSync();
  }

  // ================================================================ helpers

  PodActions.ProbeState probeState(String uid) {
    return new PodActions.ProbeState() {
      @Override
      public boolean livenessFailed(String containerId) {
        return probes.liveness.get(containerId) == ProbeResult.FAILURE;
      }

      @Override
      public boolean startupFailed(String containerId) {
        return probes.startup.get(containerId) == ProbeResult.FAILURE;
      }

      @Override
      public boolean started(Container c, PodRuntimeStatus.Instance instance) {
        Optional<PodStatus> s = statuses.get(uid);
        if (s.isEmpty()) return false;
        ContainerStatus cs = PodPhases.find(s.get().initContainerStatuses(), c.name());
        return cs != null
            && instance.containerId().equals(cs.containerID())
            && Boolean.TRUE.equals(cs.started());
      }
    };
  }

  void event(Pod pod, Container c, String type, String reason, String message) {
    recorder.record(
        ContainerRefs.ref(pod, c), type, reason, message, KubeletEvents.COMPONENT, nodeName);
  }

  void podEvent(Pod pod, String type, String reason, String message) {
    recorder.record(pod, type, reason, message, KubeletEvents.COMPONENT, nodeName);
  }
}
