package io.kubemu.engine.kubelet;

import io.kubemu.engine.runtime.ProbeType;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Probe;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The kubelet's probe manager (pkg/kubelet/prober/prober_manager.go): one {@link ProbeWorker} per
 * container and probe type, the cached results, and the {@code started}/{@code ready} fields of
 * generated statuses ({@link #updatePodStatus}).
 */
final class ProbeManager {
  private final EventLoop loop;
  private final StatusManager statuses;
  private final Prober prober;
  final ProbeResults liveness;
  final ProbeResults readiness;
  final ProbeResults startup;
  private final Map<String, Map<String, ProbeWorker>> byPod = new LinkedHashMap<>();

  ProbeManager(
      EventLoop loop, StatusManager statuses, Prober prober, ProbeResults.Listener listener) {
    this.loop = loop;
    this.statuses = statuses;
    this.prober = prober;
    this.liveness = new ProbeResults(ProbeType.LIVENESS, listener);
    this.readiness = new ProbeResults(ProbeType.READINESS, listener);
    this.startup = new ProbeResults(ProbeType.STARTUP, listener);
  }

  EventLoop loop() {
    return loop;
  }

  StatusManager statuses() {
    return statuses;
  }

  Prober prober() {
    return prober;
  }

  private static String key(String container, ProbeType type) {
    return container + "/" + type;
  }

  private ProbeWorker worker(String uid, String container, ProbeType type) {
    Map<String, ProbeWorker> m = byPod.get(uid);
    return m == null ? null : m.get(key(container, type));
  }

  private ProbeResults results(ProbeType type) {
    return switch (type) {
      case LIVENESS -> liveness;
      case READINESS -> readiness;
      case STARTUP -> startup;
    };
  }

  /** AddPod: starts the workers of the pod's probes (app containers and sidecars). */
  void addPod(Pod pod, Supplier<Pod> latest) {
    String uid = pod.metadata().uid();
    List<Container> probed = new ArrayList<>();
    for (Container c : pod.spec().initContainers()) {
      if (PodPhases.isRestartableInit(c)) probed.add(c);
    }
    probed.addAll(pod.spec().containers());
    for (Container c : probed) {
      add(uid, latest, c, ProbeType.STARTUP, c.startupProbe());
      add(uid, latest, c, ProbeType.READINESS, c.readinessProbe());
      add(uid, latest, c, ProbeType.LIVENESS, c.livenessProbe());
    }
  }

  private void add(String uid, Supplier<Pod> pod, Container c, ProbeType type, Probe probe) {
    if (probe == null) return;
    Map<String, ProbeWorker> m = byPod.computeIfAbsent(uid, k -> new LinkedHashMap<>());
    String key = key(c.name(), type);
    if (m.containsKey(key)) return;
    ProbeWorker w = new ProbeWorker(this, type, uid, pod, c, probe, results(type));
    m.put(key, w);
    w.start();
  }

  /** StopLivenessAndStartup: at the start of termination. */
  void stopLivenessAndStartup(String uid) {
    stop(uid, type -> type != ProbeType.READINESS);
  }

  /** RemovePod: every worker of the pod stops. */
  void removePod(String uid) {
    stop(uid, type -> true);
  }

  private void stop(String uid, java.util.function.Predicate<ProbeType> which) {
    Map<String, ProbeWorker> m = byPod.get(uid);
    if (m == null) return;
    Iterator<ProbeWorker> it = m.values().iterator();
    while (it.hasNext()) {
      ProbeWorker w = it.next();
      if (which.test(w.type())) {
        w.stop();
        it.remove();
      }
    }
    if (m.isEmpty()) byPod.remove(uid);
  }

  private boolean hasWorker(String uid, String container, ProbeType type) {
    return worker(uid, container, type) != null;
  }

  /** Whether the container instance has started (isContainerStarted). */
  boolean started(String uid, ContainerStatus s) {
    if (s.state() == null || s.state().running() == null) return false;
    ProbeResult r = startup.get(s.containerID());
    if (r != null) return r == ProbeResult.SUCCESS;
    return !hasWorker(uid, s.name(), ProbeType.STARTUP);
  }

  /** UpdatePodStatus: sets {@code started} and {@code ready}; triggers pending readiness probes. */
  List<ContainerStatus> updateContainers(String uid, List<ContainerStatus> statuses) {
    List<ContainerStatus> out = new ArrayList<>(statuses.size());
    for (ContainerStatus c : statuses) {
      boolean started = started(uid, c);
      ContainerStatus s = c.withStarted(started);
      if (started) {
        boolean ready;
        if (c.state().running() == null) {
          ready = false;
        } else if (readiness.get(c.containerID()) == ProbeResult.SUCCESS) {
          ready = true;
        } else {
          ProbeWorker w = worker(uid, c.name(), ProbeType.READINESS);
          ready = w == null;
          if (w != null) w.triggerNow();
        }
        s = s.withReady(ready);
      }
      out.add(s);
    }
    return out;
  }

  /** UpdatePodStatus for init containers: a regular one is ready once it exited 0. */
  List<ContainerStatus> updateInitContainers(
      String uid, List<Container> specs, List<ContainerStatus> statuses) {
    List<ContainerStatus> out = new ArrayList<>(statuses.size());
    for (int i = 0; i < statuses.size(); i++) {
      ContainerStatus c = statuses.get(i);
      boolean started = started(uid, c);
      ContainerStatus s = c.withStarted(started);
      Container spec = i < specs.size() ? specs.get(i) : null;
      if (spec != null && !PodPhases.isRestartableInit(spec)) {
        if (c.state().terminated() != null
            && c.state().terminated().exitCode() != null
            && c.state().terminated().exitCode() == 0) {
          s = s.withReady(true);
        }
      } else if (started) {
        boolean ready =
            c.state().running() != null
                && (readiness.get(c.containerID()) == ProbeResult.SUCCESS
                    || !hasWorker(uid, c.name(), ProbeType.READINESS));
        s = s.withReady(ready);
      }
      out.add(s);
    }
    return out;
  }

  /** Re-evaluates the task mode of the pod's workers after its status changed. */
  void refresh(String uid) {
    Map<String, ProbeWorker> m = byPod.get(uid);
    if (m == null) return;
    for (ProbeWorker w : new ArrayList<>(m.values())) w.refreshMode();
  }

  /** {@return the number of running workers} */
  int workerCount() {
    int n = 0;
    for (Map<String, ProbeWorker> m : byPod.values()) n += m.size();
    return n;
  }
}
