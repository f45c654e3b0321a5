package io.kubemu.engine.kubectl;

import io.kubemu.engine.runtime.shell.LogLine;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code kubectl logs POD|TYPE/NAME [-c CONTAINER] [-p] [--tail N]} (logs.go): the container's
 * output as the kubelet kept it; for a Job, Deployment, ReplicaSet, StatefulSet or DaemonSet, of
 * the first of its pods in podutils.ByLogging order. Without {@code -c}, the pod's {@code
 * kubectl.kubernetes.io/default-container} annotation, else its first container. Errors are the API
 * server's (pod log REST ValidateContainer / kubelet): an unknown container, a container still
 * waiting, no previous instance.
 */
final class LogsCommand {
  private LogsCommand() {}

  static final Flags FLAGS =
      new Flags(
          "logs",
          List.of(
              Flags.value("namespace", "n"),
              Flags.value("container", "c"),
              Flags.bool("previous", "p"),
              Flags.value("tail", null)));

  static String run(Context ctx, List<String> words) {
    Flags.Args args = FLAGS.parse(words);
    if (args.positional().size() != 1) {
      throw KubectlException.error(
          "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n"
              + "POD or TYPE/NAME is a required argument for the logs command\n"
              + "See 'kubectl logs -h' for help and examples");
    }
    String namespace = ctx.namespace(args);
    Pod pod = pod(ctx, namespace, args.positional().get(0));
    String name = pod.metadata().name();
    String container = container(pod, args.value("container"));
    boolean previous = args.bool("previous");
    ContainerStatus status = status(pod, container);
    if (previous
        && (status == null
            || status.lastState() == null
            || status.lastState().terminated() == null)) {
      throw badRequest(
          "previous terminated container \"" + container + "\" in pod \"" + name + "\" not found");
    }
    if (!previous
        && (status == null
            || status.state() == null
            || (status.state().running() == null && status.state().terminated() == null))) {
      String reason =
          status != null && status.state() != null && status.state().waiting() != null
              ? status.state().waiting().reason()
              : "ContainerCreating";
      throw badRequest(
          "container \"" + container + "\" in pod \"" + name + "\" is waiting to start: " + reason);
    }
    List<LogLine> lines = ctx.cluster().logs(namespace + "/" + name, container, previous);
    int from = 0;
    String tail = args.value("tail");
    if (tail != null) {
      int n;
      try {
        n = Integer.parseInt(tail);
      } catch (NumberFormatException e) {
        throw KubectlException.error(
            "invalid argument \""
                + tail
                + "\" for \"--tail\" flag: strconv.ParseInt: parsing \""
                + tail
                + "\": invalid syntax");
      }
      if (n >= 0) from = Math.max(0, lines.size() - n);
    }
    StringBuilder out = new StringBuilder();
    for (LogLine l : lines.subList(from, lines.size())) {
      out.append(l.text());
      if (!l.text().endsWith("\n")) out.append('\n');
    }
    return out.toString();
  }

  // polymorphichelpers.logsForObject: a pod, or the first pod (podutils.ByLogging) a workload
  // selects
  private static Pod pod(Context ctx, String namespace, String target) {
    int slash = target.indexOf('/');
    if (slash < 0) return ctx.cluster().get(Pod.class, namespace + "/" + target);
    Kind kind = ResourceTypes.resolve(target.substring(0, slash));
    String name = target.substring(slash + 1);
    KubernetesObject o = ctx.get(kind, namespace, name);
    if (o instanceof Pod p) return p;
    LabelSelector selector;
    if (o instanceof Job j) {
      selector = j.spec() == null ? null : j.spec().selector();
    } else if (o instanceof Deployment d) {
      selector = d.spec() == null ? null : d.spec().selector();
    } else if (o instanceof ReplicaSet r) {
      selector = r.spec() == null ? null : r.spec().selector();
    } else if (o instanceof StatefulSet st) {
      selector = st.spec() == null ? null : st.spec().selector();
    } else if (o instanceof DaemonSet ds) {
      selector = ds.spec() == null ? null : ds.spec().selector();
    } else {
      String type = "*" + kind.version() + "." + kind.kind();
      throw KubectlException.error(
          "cannot get the logs from " + type + ": selector for " + type + " not implemented");
    }
    String labels = selector == null ? "" : Selector.from(selector).toString();
    List<Pod> pods = new ArrayList<>();
    for (KubernetesObject p : ctx.list(ResourceTypes.resolve("pods"), namespace, labels, null)) {
      pods.add((Pod) p);
    }
    if (pods.isEmpty()) {
      throw KubectlException.error("timed out waiting for the condition");
    }
    pods.sort(BY_LOGGING);
    return pods.get(0);
  }

  // podutils.ByLogging: assigned, then Running < Unknown < Pending, ready, more restarts, older
  private static final Comparator<Pod> BY_LOGGING =
      Comparator.comparing((Pod p) -> nodeName(p).isEmpty())
          .thenComparing(p -> phaseRank(p))
          .thenComparing(p -> !ready(p))
          .thenComparing(p -> -maxRestarts(p))
          .thenComparing(
              p -> p.metadata().creationTimestamp(),
              Comparator.nullsLast(Comparator.naturalOrder()));

  private static String nodeName(Pod p) {
    return p.spec() == null || p.spec().nodeName() == null ? "" : p.spec().nodeName();
  }

  private static int phaseRank(Pod p) {
    String phase = p.status() == null ? "" : String.valueOf(p.status().phase());
    return switch (phase) {
      case Pod.PHASE_UNKNOWN -> 1;
      case Pod.PHASE_PENDING -> 2;
      default -> 0;
    };
  }

  private static boolean ready(Pod p) {
    if (p.status() == null) return false;
    return p.status().conditions().stream()
        .anyMatch(c -> "Ready".equals(c.type()) && "True".equals(c.status()));
  }

  private static int maxRestarts(Pod p) {
    if (p.status() == null) return 0;
    int max = 0;
    for (ContainerStatus s : p.status().containerStatuses()) {
      max = Math.max(max, s.restartCount() == null ? 0 : s.restartCount());
    }
    return max;
  }

  // logs.go / podcmd.FindOrDefaultContainerByName, then the API server's ValidateContainer
  private static String container(Pod pod, String wanted) {
    List<String> names = new ArrayList<>();
    if (pod.spec() != null) {
      for (Container c : pod.spec().initContainers()) names.add(c.name());
      for (Container c : pod.spec().containers()) names.add(c.name());
    }
    if (wanted == null || wanted.isEmpty()) {
      String annotated =
          pod.metadata().annotations().get("kubectl.kubernetes.io/default-container");
      if (annotated != null && names.contains(annotated)) return annotated;
      if (pod.spec() == null || pod.spec().containers().isEmpty()) {
        throw badRequest("a container name must be specified for pod " + pod.metadata().name());
      }
      return pod.spec().containers().get(0).name();
    }
    if (!names.contains(wanted)) {
      throw badRequest("container " + wanted + " is not valid for pod " + pod.metadata().name());
    }
    return wanted;
  }

  private static ContainerStatus status(Pod pod, String container) {
    if (pod.status() == null) return null;
    for (ContainerStatus s : pod.status().initContainerStatuses()) {
      if (container.equals(s.name())) return s;
    }
    for (ContainerStatus s : pod.status().containerStatuses()) {
      if (container.equals(s.name())) return s;
    }
    return null;
  }

  private static KubectlException badRequest(String message) {
    return new KubectlException("Error from server (BadRequest): " + message);
  }
}
