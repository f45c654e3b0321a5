package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.scheduler.helper.RequiredNodeAffinity;
import io.kubemu.engine.scheduler.helper.Taints;
import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetUpdateStrategy;
import io.kubemu.model.apps.RollingUpdateDaemonSet;
import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAffinity;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import io.kubemu.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DaemonSet helpers (upstream pkg/controller/daemon/util/daemonset_util.go and
 * daemon_controller.go's NodeShouldRunDaemonPod, v1.30): which nodes run the daemon pod, the
 * tolerations every daemon pod gets, and how a pod is pinned to its node. Stateless.
 */
public final class DaemonSetUtil {
  private DaemonSetUtil() {}

  /** The label naming a pod's ControllerRevision hash (DefaultDaemonSetUniqueLabelKey). */
  public static final String REVISION_HASH_LABEL = "controller-revision-hash";

  /** The legacy label holding the template generation (DaemonSetTemplateGenerationKey). */
  public static final String TEMPLATE_GENERATION_LABEL = "pod-template-generation";

  /** The only node field matchFields may name (NodeFieldSelectorKeyNodeName). */
  public static final String NODE_NAME_FIELD = "metadata.name";

  /**
   * Whether a node should run the daemon pod (NodeShouldRunDaemonPod).
   *
   * @param shouldRun a pod should be created there if none runs
   * @param shouldContinueRunning a pod running there may stay (it tolerates the NoExecute taints)
   */
  public record ShouldRun(boolean shouldRun, boolean shouldContinueRunning) {}

  /**
   * NodeShouldRunDaemonPod: the template's nodeName, nodeSelector and required node affinity must
   * match the node (else neither), and its tolerations plus the automatic daemon tolerations must
   * tolerate the node's NoSchedule and NoExecute taints (else a running pod may stay only when it
   * tolerates the NoExecute ones). Resources, ports and the rest are the scheduler's business.
   */
  public static ShouldRun nodeShouldRunDaemonPod(Node node, DaemonSet ds) {
    return DaemonPodPredicate.of(ds).test(node);
  }

  /**
   * NodeShouldRunDaemonPod's node-independent part, built once per template (upstream builds the
   * pod with NewPod once per sync): the template's nodeName, its required node affinity and its
   * tolerations plus the daemon ones.
   */
  record DaemonPodPredicate(
      String templateNode, RequiredNodeAffinity affinity, List<Toleration> tolerations) {

    static DaemonPodPredicate of(DaemonSet ds) {
      // the node's name only sets spec.nodeName, which the predicates below do not read
      Pod pod = newPod(ds, null);
      PodSpec template = ds.spec().template().spec();
      return new DaemonPodPredicate(
          template == null ? null : template.nodeName(),
          RequiredNodeAffinity.of(pod),
          pod.spec().tolerations());
    }

    /** NodeShouldRunDaemonPod for one node. */
    ShouldRun test(Node node) {
      if (templateNode != null
          && !templateNode.isEmpty()
          && !templateNode.equals(node.metadata().name())) {
        return new ShouldRun(false, false);
      }
      List<Taint> taints = node.spec() == null ? List.of() : node.spec().taints();
      // predicates: fitsNodeName is true by construction (NewPod sets the node's name)
      boolean fitsNodeAffinity = affinity.matches(node);
      if (!fitsNodeAffinity) return new ShouldRun(false, false);
      boolean fitsTaints =
          Taints.findMatchingUntoleratedTaint(taints, tolerations, Taints.DO_NOT_SCHEDULE) == null;
      if (!fitsTaints) {
        // scheduled daemon pods keep running if they tolerate the NoExecute taints
        boolean untoleratedNoExecute =
            Taints.findMatchingUntoleratedTaint(
                    taints, tolerations, t -> Taint.EFFECT_NO_EXECUTE.equals(t.effect()))
                != null;
        return new ShouldRun(false, !untoleratedNoExecute);
      }
      return new ShouldRun(true, true);
    }
  }

  /** NewPod: the template's pod on the node, with the daemon tolerations. */
  static Pod newPod(DaemonSet ds, String nodeName) {
    PodTemplateSpec t = ds.spec().template();
    PodSpec spec = t.spec() == null ? PodSpec.EMPTY : t.spec();
    spec = spec.withNodeName(nodeName).withTolerations(addOrUpdateDaemonPodTolerations(spec));
    return new Pod(t.metadata().withNamespace(ds.metadata().namespace()), spec, null);
  }

  /**
   * AddOrUpdateDaemonPodTolerations: NoExecute tolerations of not-ready and unreachable (daemon
   * pods are never evicted for node problems), NoSchedule tolerations of disk-pressure,
   * memory-pressure, pid-pressure and unschedulable, and of network-unavailable for host-network
   * pods; each replaces a toleration with the same key, operator, value and effect.
   */
  public static List<Toleration> addOrUpdateDaemonPodTolerations(PodSpec spec) {
    List<Toleration> out = new ArrayList<>(spec.tolerations());
    add(out, Taint.NOT_READY, Taint.EFFECT_NO_EXECUTE);
    add(out, Taint.UNREACHABLE, Taint.EFFECT_NO_EXECUTE);
    add(out, Taint.DISK_PRESSURE, Taint.EFFECT_NO_SCHEDULE);
    add(out, Taint.MEMORY_PRESSURE, Taint.EFFECT_NO_SCHEDULE);
    add(out, Taint.PID_PRESSURE, Taint.EFFECT_NO_SCHEDULE);
    add(out, Taint.UNSCHEDULABLE, Taint.EFFECT_NO_SCHEDULE);
    if (Boolean.TRUE.equals(spec.hostNetwork())) {
      add(out, Taint.NETWORK_UNAVAILABLE, Taint.EFFECT_NO_SCHEDULE);
    }
    return out;
  }

  // AddOrUpdateTolerationInPodSpec: a matching toleration (same key, operator, value, effect) is
  // replaced unless equal; otherwise the toleration is appended
  private static void add(List<Toleration> list, String key, String effect) {
    Toleration t = new Toleration(key, Toleration.OPERATOR_EXISTS, null, effect, null);
    for (int i = 0; i < list.size(); i++) {
      Toleration o = list.get(i);
      if (Objects.equals(nz(o.key()), key)
          && Objects.equals(nz(o.operator()), Toleration.OPERATOR_EXISTS)
          && Objects.equals(nz(o.value()), "")
          && Objects.equals(nz(o.effect()), effect)) {
        if (o.tolerationSeconds() != null) list.set(i, t);
        return;
      }
    }
    list.add(t);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * CreatePodTemplate: the template with the daemon tolerations, the {@value
   * #TEMPLATE_GENERATION_LABEL} label (when the DaemonSet has a generation annotation) and the
   * {@value #REVISION_HASH_LABEL} label.
   */
  static PodTemplateSpec createPodTemplate(PodTemplateSpec template, Long generation, String hash) {
    PodSpec spec = template.spec() == null ? PodSpec.EMPTY : template.spec();
    ObjectMeta m = template.metadata();
    if (generation != null) m = m.withLabel(TEMPLATE_GENERATION_LABEL, Long.toString(generation));
    if (hash != null && !hash.isEmpty()) m = m.withLabel(REVISION_HASH_LABEL, hash);
    return new PodTemplateSpec(m, spec.withTolerations(addOrUpdateDaemonPodTolerations(spec)));
  }

  /** IsPodUpdated: the pod carries the current hash (or the legacy template generation). */
  static boolean isPodUpdated(Pod pod, String hash, Long generation) {
    boolean templateMatches =
        generation != null
            && Long.toString(generation).equals(pod.metadata().label(TEMPLATE_GENERATION_LABEL));
    boolean hashMatches =
        hash != null && !hash.isEmpty() && hash.equals(pod.metadata().label(REVISION_HASH_LABEL));
    return hashMatches || templateMatches;
  }

  /** GetTemplateGeneration: the deprecated annotation, or null when absent or unparseable. */
  static Long templateGeneration(DaemonSet ds) {
    String a = ds.metadata().annotation(DaemonSet.DEPRECATED_TEMPLATE_GENERATION);
    if (a == null || !a.matches("-?[0-9]{1,18}")) return null;
    return Long.parseLong(a);
  }

  /**
   * ReplaceDaemonSetPodNodeNameNodeAffinity: the required node affinity becomes the one term {@code
   * matchFields metadata.name In [node]}, so that the scheduler binds the pod there.
   */
  public static Affinity replaceDaemonSetPodNodeNameNodeAffinity(Affinity affinity, String node) {
    NodeSelectorRequirement req =
        new NodeSelectorRequirement(NODE_NAME_FIELD, NodeSelectorRequirement.IN, List.of(node));
    NodeSelector selector =
        new NodeSelector(List.of(new NodeSelectorTerm(List.of(), List.of(req))));
    if (affinity == null) return new Affinity(new NodeAffinity(selector, List.of()), null, null);
    NodeAffinity na = affinity.nodeAffinity();
    return new Affinity(
        new NodeAffinity(
            selector,
            na == null ? List.of() : na.preferredDuringSchedulingIgnoredDuringExecution()),
        affinity.podAffinity(),
        affinity.podAntiAffinity());
  }

  /**
   * GetTargetNodeName: spec.nodeName, else the node of a {@code metadata.name In [node]} match
   * field of the required node affinity; {@return null when there is none}
   */
  public static String getTargetNodeName(Pod pod) {
    if (pod.spec() == null) return null;
    if (pod.spec().nodeName() != null && !pod.spec().nodeName().isEmpty()) {
      return pod.spec().nodeName();
    }
    NodeSelector required = RequiredNodeAffinity.requiredOf(pod);
    if (required == null) return null;
    for (NodeSelectorTerm term : required.nodeSelectorTerms()) {
      for (NodeSelectorRequirement r : term.matchFields()) {
        if (NODE_NAME_FIELD.equals(r.key()) && NodeSelectorRequirement.IN.equals(r.operator())) {
          return r.values().size() == 1 ? r.values().get(0) : null;
        }
      }
    }
    return null;
  }

  /** SurgeCount: maxSurge scaled (rounded up) for RollingUpdate, else 0. */
  static int surgeCount(DaemonSet ds, int numberToSchedule) {
    RollingUpdateDaemonSet r = rollingUpdate(ds);
    if (r == null || r.maxSurge() == null) return 0;
    return r.maxSurge().scaledValue(numberToSchedule, true);
  }

  /**
   * UnavailableCount: maxUnavailable scaled (rounded up) for RollingUpdate, else 0.
   *
   * @throws IllegalArgumentException for a missing or bad value (intstr's error)
   */
  static int unavailableCount(DaemonSet ds, int numberToSchedule) {
    RollingUpdateDaemonSet r = rollingUpdate(ds);
    if (r == null) return 0;
    IntOrString v = r.maxUnavailable();
    if (v == null) throw new IllegalArgumentException("nil value for IntOrString");
    return v.scaledValue(numberToSchedule, true);
  }

  /** AllowsSurge: more than one pod may run on a node during an update. */
  static boolean allowsSurge(DaemonSet ds) {
    try {
      return surgeCount(ds, 1) > 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static RollingUpdateDaemonSet rollingUpdate(DaemonSet ds) {
    DaemonSetUpdateStrategy s = ds.spec().updateStrategy();
    if (s == null || !DaemonSetUpdateStrategy.ROLLING_UPDATE.equals(s.type())) return null;
    return s.rollingUpdate();
  }
}
