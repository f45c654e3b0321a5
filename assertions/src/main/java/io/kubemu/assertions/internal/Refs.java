package io.kubemu.assertions.internal;

import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names objects as {@code kubectl get -o name} prints them: {@code deployment.apps/web}. */
public final class Refs {
  private Refs() {}

  /** {@return e.g. {@code pod/web-1}, {@code deployment.apps/web}, {@code node/n1}} */
  public static String of(KubernetesObject o) {
    return resource(Kinds.of(o.getClass())) + "/" + o.metadata().name();
  }

  /** {@return the reference named the same way, e.g. an event's involvedObject} */
  public static String of(ObjectReference r) {
    if (r == null) return "<none>";
    String kind = r.kind() == null ? "object" : r.kind().toLowerCase(Locale.ROOT);
    String apiVersion = r.apiVersion() == null ? "" : r.apiVersion();
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : "." + apiVersion.substring(0, slash);
    return kind + group + "/" + r.name();
  }

  /**
   * {@return a pod as {@code pod/web-5d8f7c9b4-x2x7k (Running, node-2)}: phase and node when set,
   * {@code terminating} when it has a deletionTimestamp}
   */
  public static String describe(Pod pod) {
    List<String> parts = new ArrayList<>();
    if (PodStates.phase(pod) != null) parts.add(PodStates.phase(pod));
    if (PodStates.nodeName(pod) != null) parts.add(PodStates.nodeName(pod));
    if (PodStates.isTerminating(pod)) parts.add("terminating");
    String ref = "pod/" + pod.metadata().name();
    return parts.isEmpty() ? ref : ref + " (" + String.join(", ", parts) + ")";
  }

  /** {@return {@code deployment.apps}, {@code pod}} */
  public static String resource(Kind kind) {
    String k = kind.kind().toLowerCase(Locale.ROOT);
    return kind.group().isEmpty() ? k : k + "." + kind.group();
  }
}
