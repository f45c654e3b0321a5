package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodReadinessGate;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pods (printers.go printPod, v1.30): NAME READY STATUS RESTARTS AGE, wide IP NODE NOMINATED NODE
 * READINESS GATES. STATUS is derived from the phase, the status reason, the init and app container
 * states and the deletion timestamp as kubectl does ({@code Init:0/1}, {@code ContainerCreating},
 * {@code CrashLoopBackOff}, {@code Completed}, {@code Terminating}, ...).
 */
public final class PodPrinter implements ObjectPrinter<Pod> {

  /** The pod status reason the node lifecycle controller sets (node.NodeUnreachablePodReason). */
  public static final String NODE_UNREACHABLE_REASON = "NodeLost";

  private static final List<Column> COLUMNS =
      List.of(
          Column.nameColumn(),
          Column.of("Ready"),
          Column.of("Status"),
          Column.of("Restarts"),
          Column.of("Age"),
          Column.wide("IP"),
          Column.wide("Node"),
          Column.wide("Nominated Node"),
          Column.wide("Readiness Gates"));

  /**
   * What printPod derives from a pod.
   *
   * @param ready ready containers (app containers, and started sidecars that are ready)
   * @param total app containers plus restartable (sidecar) init containers
   * @param status the STATUS cell
   * @param restarts the restarts counted for the RESTARTS cell
   * @param lastRestart when the last counted restart happened (the latest {@code
   *     lastState.terminated.finishedAt}), or null
   */
  public record Summary(int ready, int total, String status, int restarts, Instant lastRestart) {

    /** {@return the READY cell, {@code ready/total}} */
    public String readyCell() {
      return ready + "/" + total;
    }

    /** {@return the RESTARTS cell: {@code N}, or {@code N (5m12s ago)}} */
    public String restartsCell(Instant now) {
      if (restarts != 0 && lastRestart != null) {
        return restarts + " (" + HumanDuration.since(lastRestart, now) + " ago)";
      }
      return Integer.toString(restarts);
    }
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> cells(Pod pod, Instant now) {
    Summary s = summarize(pod);
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    PodStatus st = statusOf(pod);
    String podIp = !st.podIPs().isEmpty() ? st.podIPs().get(0).ip() : st.podIP();
    String readinessGates = "<none>";
    if (!spec.readinessGates().isEmpty()) {
      int trueConditions = 0;
      for (PodReadinessGate gate : spec.readinessGates()) {
        for (PodCondition c : st.conditions()) {
          if (c.type().equals(gate.conditionType())) {
            if ("True".equals(c.status())) trueConditions++;
            break;
          }
        }
      }
      readinessGates = trueConditions + "/" + spec.readinessGates().size();
    }
    return List.of(
        pod.metadata().name(),
        s.readyCell(),
        s.status(),
        s.restartsCell(now),
        HumanDuration.since(pod.metadata().creationTimestamp(), now),
        Formats.orNone(podIp),
        Formats.orNone(spec.nodeName()),
        Formats.orNone(st.nominatedNodeName()),
        readinessGates);
  }

  /** {@return the STATUS cell of a pod} */
  public static String status(Pod pod) {
    return summarize(pod).status();
  }

  // printers.go printPod (v1.30: Terminating whenever the deletionTimestamp is set)
  /** {@return what kubectl derives from the pod for its READY, STATUS and RESTARTS cells} */
  public static Summary summarize(Pod pod) {
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    PodStatus st = statusOf(pod);
    int restarts = 0;
    int restartableInitRestarts = 0;
    int total = spec.containers().size();
    int ready = 0;
    Instant lastRestart = null;
    Instant lastRestartableInitRestart = null;

    String phase = st.phase() == null ? "" : st.phase();
    String reason = phase;
    if (st.reason() != null && !st.reason().isEmpty()) reason = st.reason();
    for (PodCondition c : st.conditions()) {
      if ("PodScheduled".equals(c.type()) && "SchedulingGated".equals(c.reason())) {
        reason = "SchedulingGated";
      }
    }

    Map<String, Container> initContainers = new HashMap<>();
    for (Container c : spec.initContainers()) {
      initContainers.put(c.name(), c);
      if (restartable(c)) total++;
    }

    boolean initializing = false;
    List<ContainerStatus> initStatuses = st.initContainerStatuses();
    for (int i = 0; i < initStatuses.size(); i++) {
      ContainerStatus cs = initStatuses.get(i);
      restarts += intOf(cs.restartCount());
      Instant finished = lastFinished(cs);
      lastRestart = later(lastRestart, finished);
      boolean sidecar = restartable(initContainers.get(cs.name()));
      if (sidecar) {
        restartableInitRestarts += intOf(cs.restartCount());
        lastRestartableInitRestart = later(lastRestartableInitRestart, finished);
      }
      ContainerState state = stateOf(cs);
      ContainerStateTerminated term = state.terminated();
      if (term != null && intOf(term.exitCode()) == 0) continue;
      if (sidecar && Boolean.TRUE.equals(cs.started())) {
        if (Boolean.TRUE.equals(cs.ready())) ready++;
        continue;
      }
      if (term != null) {
        // initialization failed
        if (isEmpty(term.reason())) {
          reason =
              intOf(term.signal()) != 0
                  ? "Init:Signal:" + term.signal()
                  : "Init:ExitCode:" + intOf(term.exitCode());
        } else {
          reason = "Init:" + term.reason();
        }
      } else if (state.waiting() != null
          && !isEmpty(state.waiting().reason())
          && !"PodInitializing".equals(state.waiting().reason())) {
        reason = "Init:" + state.waiting().reason();
      } else {
        reason = "Init:" + i + "/" + spec.initContainers().size();
      }
      initializing = true;
      break;
    }

    if (!initializing || initializedConditionTrue(st)) {
      restarts = restartableInitRestarts;
      lastRestart = lastRestartableInitRestart;
      boolean hasRunning = false;
      List<ContainerStatus> statuses = st.containerStatuses();
      for (int i = statuses.size() - 1; i >= 0; i--) {
        ContainerStatus cs = statuses.get(i);
        restarts += intOf(cs.restartCount());
        lastRestart = later(lastRestart, lastFinished(cs));
        ContainerState state = stateOf(cs);
        ContainerStateTerminated term = state.terminated();
        if (state.waiting() != null && !isEmpty(state.waiting().reason())) {
          reason = state.waiting().reason();
        } else if (term != null && !isEmpty(term.reason())) {
          reason = term.reason();
        } else if (term != null) {
          reason =
              intOf(term.signal()) != 0
                  ? "Signal:" + term.signal()
                  : "ExitCode:" + intOf(term.exitCode());
        } else if (Boolean.TRUE.equals(cs.ready()) && state.running() != null) {
          hasRunning = true;
          ready++;
        }
      }
      // back to "Running" if at least one container still reports running
      if ("Completed".equals(reason) && hasRunning) {
        reason = readyConditionTrue(st) ? "Running" : "NotReady";
      }
    }

    if (pod.metadata().deletionTimestamp() != null && NODE_UNREACHABLE_REASON.equals(st.reason())) {
      reason = "Unknown";
    } else if (pod.metadata().deletionTimestamp() != null) {
      reason = "Terminating";
    }
    return new Summary(ready, total, reason, restarts, lastRestart);
  }

  /** {@return whether the init container is a sidecar: {@code restartPolicy: Always}} */
  static boolean restartable(Container c) {
    return c != null && "Always".equals(c.restartPolicy());
  }

  private static boolean initializedConditionTrue(PodStatus st) {
    for (PodCondition c : st.conditions()) {
      if ("Initialized".equals(c.type())) return "True".equals(c.status());
    }
    return false;
  }

  private static boolean readyConditionTrue(PodStatus st) {
    for (PodCondition c : st.conditions()) {
      if ("Ready".equals(c.type()) && "True".equals(c.status())) return true;
    }
    return false;
  }

  static PodStatus statusOf(Pod pod) {
    return pod.status() != null
        ? pod.status()
        : new PodStatus(
            null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static ContainerState stateOf(ContainerStatus cs) {
    return cs.state() == null ? new ContainerState(null, null, null) : cs.state();
  }

  private static Instant lastFinished(ContainerStatus cs) {
    if (cs.lastState() == null || cs.lastState().terminated() == null) return null;
    return cs.lastState().terminated().finishedAt();
  }

  private static Instant later(Instant a, Instant b) {
    if (b == null) return a;
    if (a == null || a.isBefore(b)) return b;
    return a;
  }

  private static int intOf(Integer i) {
    return i == null ? 0 : i;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
