package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.HostAlias;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSecurityContext;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validation of pods, pod specs and pod templates (upstream pkg/apis/core/validation:
 * ValidatePodCreate, ValidatePodUpdate, ValidatePodSpec, ValidatePodTemplateSpec), appending
 * Kubernetes' field errors. Containers are in {@link ContainerValidation}, volumes in {@link
 * VolumeValidation}, scheduling constraints in {@link SchedulingValidation}. Stateless.
 */
final class PodValidation {
  private PodValidation() {}

  static final FieldPath SPEC = FieldPath.root("spec");

  private static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
  private static final List<String> DNS_POLICIES =
      List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");
  private static final List<String> PREEMPTION_POLICIES = List.of("PreemptLowerPriority", "Never");
  private static final List<String> FS_GROUP_CHANGE_POLICIES = List.of("Always", "OnRootMismatch");

  /** The fields ValidatePodUpdate lets an update change (updatablePodSpecFields). */
  static final String UPDATABLE_POD_SPEC_FIELDS =
      String.join(
          ",",
          "`spec.containers[*].image`",
          "`spec.initContainers[*].image`",
          "`spec.activeDeadlineSeconds`",
          "`spec.tolerations` (only additions to existing tolerations)",
          "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously"
              + " negative)");

  /** ValidatePodCreate: metadata (DNS subdomain name), spec and the pod-only checks. */
  static void podCreate(List<FieldError> errs, Pod pod) {
    metadataAndSpec(errs, pod);
  }

  // validatePodMetadataAndSpec
  private static void metadataAndSpec(List<FieldError> errs, Pod pod) {
    MetaValidation.objectMeta(errs, pod.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    PodSpec spec = spec(pod);
    podSpec(errs, spec, SPEC, true);
    // validateContainersOnlyForPod: no whitespace around images
    containersOnlyForPod(errs, spec.containers(), SPEC.child("containers"));
    containersOnlyForPod(errs, spec.initContainers(), SPEC.child("initContainers"));
  }

  private static void containersOnlyForPod(
      List<FieldError> errs, List<Container> containers, FieldPath path) {
    for (int i = 0; i < containers.size(); i++) {
      String image = containers.get(i).image() == null ? "" : containers.get(i).image();
      if (!image.equals(image.strip())) {
        errs.add(
            FieldError.invalid(
                path.index(i).child("image"),
                image,
                "must not have leading or trailing whitespace"));
      }
    }
  }

  /**
   * ValidatePodUpdate: metadata and spec as on create, then only images, activeDeadlineSeconds (set
   * or lowered), tolerations (additions) and a negative grace period set to 1 may change.
   *
   * <p>kubemu has no pods/binding subresource: a scheduler binds with an update. So an update that
   * gives an unbound pod its {@code spec.nodeName} is accepted, as BindingREST would accept it.
   */
  static void podUpdate(List<FieldError> errs, Pod pod, Pod old) {
    MetaValidation.objectMetaUpdate(errs, pod.metadata(), old.metadata());
    metadataAndSpec(errs, pod);
    PodSpec spec = spec(pod);
    PodSpec oldSpec = spec(old);
    if (!containerUpdates(errs, spec.containers(), oldSpec.containers(), SPEC.child("containers"))
        || !containerUpdates(
            errs, spec.initContainers(), oldSpec.initContainers(), SPEC.child("initContainers"))) {
      return;
    }
    FieldPath ads = SPEC.child("activeDeadlineSeconds");
    if (spec.activeDeadlineSeconds() != null) {
      long value = spec.activeDeadlineSeconds();
      if (value < 0 || value > Integer.MAX_VALUE) {
        errs.add(
            FieldError.invalid(
                ads, value, NameValidation.inclusiveRangeError(0, Integer.MAX_VALUE)));
        return;
      }
      if (oldSpec.activeDeadlineSeconds() != null && oldSpec.activeDeadlineSeconds() < value) {
        errs.add(FieldError.invalid(ads, value, "must be less than or equal to previous value"));
        return;
      }
    } else if (oldSpec.activeDeadlineSeconds() != null) {
      errs.add(
          FieldError.invalid(ads, null, "must not update from a positive integer to nil value"));
    }
    SchedulingValidation.onlyAddedTolerations(
        errs, spec.tolerations(), oldSpec.tolerations(), SPEC.child("tolerations"));
    if (spec.equals(oldSpec)) return;
    // munge the updatable fields to the old values, then compare
    PodSpec munged =
        spec.withContainers(withImages(spec.containers(), oldSpec.containers()))
            .withInitContainers(withImages(spec.initContainers(), oldSpec.initContainers()))
            .withTolerations(oldSpec.tolerations());
    munged =
        RecordEdit.of(munged).set("activeDeadlineSeconds", oldSpec.activeDeadlineSeconds()).build();
    Long oldGrace = oldSpec.terminationGracePeriodSeconds();
    if (oldGrace != null
        && oldGrace < 0
        && Objects.equals(munged.terminationGracePeriodSeconds(), 1L)) {
      munged = munged.withTerminationGracePeriodSeconds(oldGrace);
    }
    if (isEmpty(oldSpec.nodeName()) && !isEmpty(munged.nodeName())) {
      munged = munged.withNodeName(oldSpec.nodeName());
    }
    if (!munged.equals(oldSpec)) {
      errs.add(
          FieldError.forbidden(
              SPEC,
              "pod updates may not change fields other than "
                  + UPDATABLE_POD_SPEC_FIELDS
                  + "\n"
                  + SpecDiff.diff("core.PodSpec", oldSpec, munged)));
    }
  }

  // ValidateContainerUpdates; false to stop
  private static boolean containerUpdates(
      List<FieldError> errs, List<Container> now, List<Container> old, FieldPath path) {
    if (now.size() != old.size()) {
      errs.add(FieldError.forbidden(path, "pod updates may not add or remove containers"));
      return false;
    }
    for (int i = 0; i < now.size(); i++) {
      String image = now.get(i).image() == null ? "" : now.get(i).image();
      if (image.isEmpty()) errs.add(FieldError.required(path.index(i).child("image"), ""));
      if (!image.equals(image.strip())) {
        errs.add(
            FieldError.invalid(
                path.index(i).child("image"),
                image,
                "must not have leading or trailing whitespace"));
      }
    }
    return true;
  }

  private static List<Container> withImages(List<Container> now, List<Container> old) {
    List<Container> out = new ArrayList<>(now.size());
    for (int i = 0; i < now.size(); i++) out.add(now.get(i).withImage(old.get(i).image()));
    return out;
  }

  /** ValidatePodTemplateSpec: template labels and annotations, then the pod spec. */
  static void template(List<FieldError> errs, PodTemplateSpec t, FieldPath path) {
    LabelValidation.labels(errs, t.metadata().labels(), path.child("labels"));
    LabelValidation.annotations(errs, t.metadata().annotations(), path.child("annotations"));
    podSpec(errs, t.spec() == null ? PodSpec.EMPTY : t.spec(), path.child("spec"), false);
  }

  /** ValidatePodSpec; {@code isPod} is PodValidationOptions.ResourceIsPod. */
  static void podSpec(List<FieldError> errs, PodSpec spec, FieldPath path, boolean isPod) {
    Long grace = spec.terminationGracePeriodSeconds();
    if (grace == null)
      errs.add(FieldError.required(path.child("terminationGracePeriodSeconds"), ""));
    Map<String, Volume> volumes =
        VolumeValidation.volumes(errs, spec.volumes(), path.child("volumes"));
    ContainerValidation.containers(
        errs, spec.containers(), volumes, grace, path.child("containers"));
    ContainerValidation.initContainers(
        errs,
        spec.initContainers(),
        spec.containers(),
        volumes,
        grace,
        path.child("initContainers"));
    hostNetworkDeps(errs, spec, path, isPod);
    String restart = spec.restartPolicy() == null ? "" : spec.restartPolicy();
    if (restart.isEmpty()) {
      errs.add(FieldError.required(path.child("restartPolicy"), ""));
    } else if (!RESTART_POLICIES.contains(restart)) {
      errs.add(FieldError.notSupported(path.child("restartPolicy"), restart, RESTART_POLICIES));
    }
    String dns = spec.dnsPolicy() == null ? "" : spec.dnsPolicy();
    if (dns.isEmpty()) {
      errs.add(FieldError.required(path.child("dnsPolicy"), ""));
    } else if (!DNS_POLICIES.contains(dns)) {
      errs.add(FieldError.notSupported(path.child("dnsPolicy"), dns, DNS_POLICIES));
    }
    LabelValidation.labels(errs, spec.nodeSelector(), path.child("nodeSelector"));
    securityContext(errs, spec, path.child("securityContext"));
    SchedulingValidation.affinity(errs, spec.affinity(), path.child("affinity"));
    for (int i = 0; i < spec.readinessGates().size(); i++) {
      String type = spec.readinessGates().get(i).conditionType();
      LabelValidation.qualifiedName(
          errs,
          type == null ? "" : type,
          path.child("readinessGates").index(i).child("conditionType"));
    }
    SchedulingValidation.topologySpreadConstraints(
        errs, spec.topologySpreadConstraints(), path.child("topologySpreadConstraints"));
    if (!isEmpty(spec.serviceAccountName())) {
      NameValidation.name(
          errs,
          NameValidation.DNS_SUBDOMAIN,
          spec.serviceAccountName(),
          path.child("serviceAccountName"));
    }
    if (!isEmpty(spec.nodeName())) {
      NameValidation.name(
          errs, NameValidation.DNS_SUBDOMAIN, spec.nodeName(), path.child("nodeName"));
    }
    if (spec.activeDeadlineSeconds() != null) {
      long v = spec.activeDeadlineSeconds();
      if (v < 1 || v > Integer.MAX_VALUE) {
        errs.add(
            FieldError.invalid(
                path.child("activeDeadlineSeconds"),
                v,
                NameValidation.inclusiveRangeError(1, Integer.MAX_VALUE)));
      }
    }
    if (!isEmpty(spec.hostname())) {
      NameValidation.dns1123Label(errs, spec.hostname(), path.child("hostname"));
    }
    if (!isEmpty(spec.subdomain())) {
      NameValidation.dns1123Label(errs, spec.subdomain(), path.child("subdomain"));
    }
    SchedulingValidation.tolerations(errs, spec.tolerations(), path.child("tolerations"));
    hostAliases(errs, spec.hostAliases(), path.child("hostAliases"));
    if (!isEmpty(spec.priorityClassName())) {
      NameValidation.name(
          errs,
          NameValidation.DNS_SUBDOMAIN,
          spec.priorityClassName(),
          path.child("priorityClassName"));
    }
    if (spec.runtimeClassName() != null) {
      NameValidation.name(
          errs,
          NameValidation.DNS_SUBDOMAIN,
          spec.runtimeClassName(),
          path.child("runtimeClassName"));
    }
    if (spec.preemptionPolicy() != null) {
      if (spec.preemptionPolicy().isEmpty()) {
        errs.add(FieldError.required(path.child("preemptionPolicy"), ""));
      } else if (!PREEMPTION_POLICIES.contains(spec.preemptionPolicy())) {
        errs.add(
            FieldError.notSupported(
                path.child("preemptionPolicy"), spec.preemptionPolicy(), PREEMPTION_POLICIES));
      }
    }
    if (!spec.overhead().isEmpty()) {
      ResourceValidation.containerResources(
          errs,
          new io.kubemu.model.core.ResourceRequirements(spec.overhead(), null),
          path.child("overhead"));
    }
  }

  // validatePodHostNetworkDeps
  private static void hostNetworkDeps(
      List<FieldError> errs, PodSpec spec, FieldPath path, boolean isPod) {
    if (!Boolean.TRUE.equals(spec.hostNetwork())) return;
    FieldPath containers = path.child("containers");
    for (int i = 0; i < spec.containers().size(); i++) {
      var ports = spec.containers().get(i).ports();
      for (int j = 0; j < ports.size(); j++) {
        int hp = ports.get(j).hostPort() == null ? 0 : ports.get(j).hostPort();
        int cp = ports.get(j).containerPort() == null ? 0 : ports.get(j).containerPort();
        if ((isPod || hp != 0) && hp != cp) {
          errs.add(
              FieldError.invalid(
                  containers.index(i).child("ports").index(j).child("hostPort"),
                  hp,
                  "must match `containerPort` when `hostNetwork` is true"));
        }
      }
    }
  }

  // validatePodSpecSecurityContext (the modelled fields)
  private static void securityContext(List<FieldError> errs, PodSpec spec, FieldPath path) {
    PodSecurityContext sc = spec.securityContext();
    if (sc != null) {
      ResourceValidation.idRange(errs, sc.fsGroup(), path.child("fsGroup"));
      ResourceValidation.idRange(errs, sc.runAsUser(), path.child("runAsUser"));
      ResourceValidation.idRange(errs, sc.runAsGroup(), path.child("runAsGroup"));
      for (int i = 0; i < sc.supplementalGroups().size(); i++) {
        ResourceValidation.idRange(
            errs, sc.supplementalGroups().get(i), path.child("supplementalGroups").index(i));
      }
      if (sc.fsGroupChangePolicy() != null
          && !FS_GROUP_CHANGE_POLICIES.contains(sc.fsGroupChangePolicy())) {
        errs.add(
            FieldError.notSupported(
                path.child("fsGroupChangePolicy"),
                sc.fsGroupChangePolicy(),
                FS_GROUP_CHANGE_POLICIES));
      }
    }
    if (Boolean.TRUE.equals(spec.shareProcessNamespace()) && Boolean.TRUE.equals(spec.hostPID())) {
      errs.add(
          FieldError.invalid(
              path.child("shareProcessNamespace"),
              true,
              "ShareProcessNamespace and HostPID cannot both be enabled"));
    }
  }

  // ValidateHostAliases
  private static void hostAliases(List<FieldError> errs, List<HostAlias> aliases, FieldPath path) {
    for (int i = 0; i < aliases.size(); i++) {
      HostAlias a = aliases.get(i);
      IPs.validIP(errs, a.ip(), path.index(i).child("ip"));
      for (int j = 0; j < a.hostnames().size(); j++) {
        NameValidation.dns1123Subdomain(
            errs, a.hostnames().get(j), path.index(i).child("hostnames").index(j));
      }
    }
  }

  /** validateLocalDescendingPath: relative, without '..'. */
  static void localDescendingPath(List<FieldError> errs, String target, FieldPath path) {
    if (target.startsWith("/"))
      errs.add(FieldError.invalid(path, target, "must be a relative path"));
    pathNoBacksteps(errs, target, path);
  }

  /** validatePathNoBacksteps. */
  static void pathNoBacksteps(List<FieldError> errs, String target, FieldPath path) {
    if (hasBacksteps(target)) errs.add(FieldError.invalid(path, target, "must not contain '..'"));
  }

  static boolean hasBacksteps(String target) {
    for (String item : target.replace('\\', '/').split("/", -1)) {
      if (item.equals("..")) return true;
    }
    return false;
  }

  private static PodSpec spec(Pod pod) {
    return pod.spec() == null ? PodSpec.EMPTY : pod.spec();
  }

  static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  /**
   * A short rendering of a spec change in the spirit of cmp.Diff (upstream appends its full diff to
   * the pod update error): the changed top-level fields, old and new.
   */
  static final class SpecDiff {
    private SpecDiff() {}

    static String diff(String type, Record old, Record now) {
      Map<String, Object[]> changed = new LinkedHashMap<>();
      var components = old.getClass().getRecordComponents();
      for (var c : components) {
        try {
          Object a = c.getAccessor().invoke(old);
          Object b = c.getAccessor().invoke(now);
          if (!Objects.equals(a, b)) changed.put(c.getName(), new Object[] {a, b});
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      StringBuilder sb = new StringBuilder("  ").append(type).append("{\n");
      changed.forEach(
          (name, v) -> {
            String field = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            sb.append("- \t").append(field).append(": ").append(show(v[0])).append(",\n");
            sb.append("+ \t").append(field).append(": ").append(show(v[1])).append(",\n");
          });
      return sb.append("  }\n").toString();
    }

    private static String show(Object v) {
      if (v == null) return "nil";
      if (v instanceof String || v instanceof Number || v instanceof Boolean) {
        return GoFormat.value(v);
      }
      return "{...}";
    }
  }
}
