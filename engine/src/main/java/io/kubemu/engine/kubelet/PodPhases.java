package io.kubemu.engine.kubelet;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The pod phase from its container statuses (kubelet_pods.go getPhase, v1.30). */
final class PodPhases {
  private PodPhases() {}

  static boolean isRestartableInit(Container c) {
    return Container.RESTART_ALWAYS.equals(c.restartPolicy());
  }

  static ContainerStatus find(List<ContainerStatus> statuses, String name) {
    for (ContainerStatus s : statuses) if (name.equals(s.name())) return s;
    return null;
  }

  private static ContainerState state(ContainerStatus s) {
    return s.state() == null ? new ContainerState(null, null, null) : s.state();
  }

  private static boolean lastTerminated(ContainerStatus s) {
    return s.lastState() != null && s.lastState().terminated() != null;
  }

  // kubecontainer.HasAnyRegularContainerStarted
  static boolean hasAnyRegularContainerStarted(PodSpec spec, List<ContainerStatus> statuses) {
    if (statuses.isEmpty()) return false;
    Set<String> names = new HashSet<>();
    for (Container c : spec.containers()) names.add(c.name());
    for (ContainerStatus s : statuses) {
      if (!names.contains(s.name())) continue;
      ContainerState st = state(s);
      if (st.running() != null || st.terminated() != null) return true;
    }
    return false;
  }

  // getPhase
  static String getPhase(Pod pod, List<ContainerStatus> info, boolean podIsTerminal) {
    PodSpec spec = pod.spec();
    int pendingInitialization = 0;
    int failedInitialization = 0;
    for (Container c : spec.initContainers()) {
      if (isRestartableInit(c)) continue;
      ContainerStatus s = find(info, c.name());
      if (s == null) {
        pendingInitialization++;
        continue;
      }
      ContainerState st = state(s);
      if (st.running() != null) {
        pendingInitialization++;
      } else if (st.terminated() != null) {
        if (exitCode(st) != 0) failedInitialization++;
      } else if (st.waiting() != null) {
        if (lastTerminated(s)) {
          if (s.lastState().terminated().exitCode() != null
              && s.lastState().terminated().exitCode() != 0) {
            failedInitialization++;
          }
        } else {
          pendingInitialization++;
        }
      } else {
        pendingInitialization++;
      }
    }

    int unknown = 0;
    int running = 0;
    int waiting = 0;
    int stopped = 0;
    int succeeded = 0;
    for (Container c : spec.initContainers()) {
      if (!isRestartableInit(c)) continue;
      ContainerStatus s = find(info, c.name());
      if (s == null) {
        unknown++;
        continue;
      }
      ContainerState st = state(s);
      if (st.running() != null) {
        if (s.started() == null || !s.started()) pendingInitialization++;
        running++;
      } else if (st.terminated() != null) {
        // terminated restartable init containers do not count for the phase
      } else if (st.waiting() != null) {
        if (!lastTerminated(s)) {
          pendingInitialization++;
          waiting++;
        }
      } else {
        pendingInitialization++;
        unknown++;
      }
    }
    for (Container c : spec.containers()) {
      ContainerStatus s = find(info, c.name());
      if (s == null) {
        unknown++;
        continue;
      }
      ContainerState st = state(s);
      if (st.running() != null) {
        running++;
      } else if (st.terminated() != null) {
        stopped++;
        if (exitCode(st) == 0) succeeded++;
      } else if (st.waiting() != null) {
        if (lastTerminated(s)) stopped++;
        else waiting++;
      } else {
        unknown++;
      }
    }

    String restartPolicy = spec.restartPolicy();
    if (failedInitialization > 0 && Pod.RESTART_NEVER.equals(restartPolicy)) {
      return Pod.PHASE_FAILED;
    }
    if ((pendingInitialization > 0 && !hasAnyRegularContainerStarted(spec, info)) || waiting > 0) {
      return Pod.PHASE_PENDING;
    }
    if (running > 0 && unknown == 0) return Pod.PHASE_RUNNING;
    if (running == 0 && stopped > 0 && unknown == 0) {
      if (podIsTerminal) {
        return stopped == succeeded ? Pod.PHASE_SUCCEEDED : Pod.PHASE_FAILED;
      }
      if (Pod.RESTART_ALWAYS.equals(restartPolicy)) return Pod.PHASE_RUNNING;
      if (stopped == succeeded) return Pod.PHASE_SUCCEEDED;
      if (Pod.RESTART_NEVER.equals(restartPolicy)) return Pod.PHASE_FAILED;
      return Pod.PHASE_RUNNING;
    }
    return Pod.PHASE_PENDING;
  }

  private static int exitCode(ContainerState st) {
    Integer c = st.terminated().exitCode();
    return c == null ? 0 : c;
  }
}
