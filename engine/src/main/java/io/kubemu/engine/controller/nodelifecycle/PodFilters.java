package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.disruption.PodHelpers;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kubectl drain's pod filters (staging/src/k8s.io/kubectl/pkg/drain/filters.go, v1.30), applied in
 * order daemonSet, mirrorPod, localStorage, unreplicated; the first that keeps a pod decides.
 */
final class PodFilters {
  static final String DAEMON_SET_FATAL =
      "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
  static final String DAEMON_SET_WARNING = "ignoring DaemonSet-managed Pods";
  static final String LOCAL_STORAGE_FATAL =
      "Pods with local storage (use --delete-emptydir-data to override)";
  static final String LOCAL_STORAGE_WARNING = "deleting Pods with local storage";
  static final String UNMANAGED_FATAL =
      "cannot delete Pods that declare no controller (use --force to override)";
  static final String UNMANAGED_WARNING = "deleting Pods that declare no controller";
  static final String MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

  enum Reason {
    OKAY,
    SKIP,
    WARNING,
    ERROR
  }

  record Status(boolean delete, Reason reason, String message) {
    static final Status OKAY = new Status(true, Reason.OKAY, null);
  }

  /** GetPodsForDeletion's result: the pods to evict, warnings and errors as kubectl words them. */
  record Result(List<Pod> pods, String warnings, List<String> errors) {}

  private PodFilters() {}

  static Result podsForDeletion(ApiServer api, List<Pod> pods, DrainOptions o) {
    List<Pod> delete = new ArrayList<>();
    Map<String, List<String>> warnings = new LinkedHashMap<>();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Pod pod : pods) {
      Status s = Status.OKAY;
      for (int i = 0; i < 4 && s.delete(); i++) {
        s =
            switch (i) {
              case 0 -> daemonSet(api, pod, o);
              case 1 -> mirror(pod);
              case 2 -> localStorage(pod, o);
              default -> unreplicated(pod, o);
            };
      }
      String ref = pod.metadata().namespace() + "/" + pod.metadata().name();
      if (s.delete()) delete.add(pod);
      if (s.reason() == Reason.WARNING)
        warnings.computeIfAbsent(s.message(), k -> new ArrayList<>()).add(ref);
      if (s.reason() == Reason.ERROR)
        errors.computeIfAbsent(s.message(), k -> new ArrayList<>()).add(ref);
    }
    List<String> w = new ArrayList<>();
    warnings.forEach((m, ps) -> w.add(m + ": " + String.join(", ", ps)));
    List<String> e = new ArrayList<>();
    errors.forEach(
        (m, ps) ->
            e.add(
                (m.toLowerCase().startsWith("cannot delete") ? m : "cannot delete " + m)
                    + ": "
                    + String.join(", ", ps)));
    return new Result(delete, String.join("; ", w), e);
  }

  // daemonSetFilter
  static Status daemonSet(ApiServer api, Pod pod, DrainOptions o) {
    OwnerReference ref = pod.metadata().controllerRef();
    if (ref == null || !DaemonSet.KIND.equals(ref.kind())) return Status.OKAY;
    if (PodHelpers.isTerminal(pod)) return Status.OKAY;
    if (api.find(DaemonSet.class, pod.metadata().namespace(), ref.name()).isEmpty()) {
      String err = "daemonsets.apps \"" + ref.name() + "\" not found";
      return o.force()
          ? new Status(true, Reason.WARNING, err)
          : new Status(false, Reason.ERROR, err);
    }
    if (!o.ignoreDaemonSets()) return new Status(false, Reason.ERROR, DAEMON_SET_FATAL);
    return new Status(false, Reason.WARNING, DAEMON_SET_WARNING);
  }

  // mirrorPodFilter
  static Status mirror(Pod pod) {
    return pod.metadata().annotations().containsKey(MIRROR_POD_ANNOTATION)
        ? new Status(false, Reason.SKIP, null)
        : Status.OKAY;
  }

  // localStorageFilter
  static Status localStorage(Pod pod, DrainOptions o) {
    boolean local = false;
    for (Volume v : pod.spec() == null ? List.<Volume>of() : pod.spec().volumes()) {
      if (v.emptyDir() != null) local = true;
    }
    if (!local || PodHelpers.isTerminal(pod)) return Status.OKAY;
    if (!o.deleteEmptyDirData()) return new Status(false, Reason.ERROR, LOCAL_STORAGE_FATAL);
    return new Status(true, Reason.WARNING, LOCAL_STORAGE_WARNING);
  }

  // unreplicatedFilter
  static Status unreplicated(Pod pod, DrainOptions o) {
    if (PodHelpers.isTerminal(pod) || pod.metadata().controllerRef() != null) return Status.OKAY;
    if (o.force()) return new Status(true, Reason.WARNING, UNMANAGED_WARNING);
    return new Status(false, Reason.ERROR, UNMANAGED_FATAL);
  }
}
