package io.kubemu.engine.api;

import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.EventSource;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.FieldSelector;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields each kind can be selected by (the registries' ToSelectableFields / GetAttrs and the
 * field label conversion functions): {@code metadata.name} and {@code metadata.namespace} for every
 * kind, plus the pod, event, node and namespace fields Kubernetes serves. Stateless.
 */
final class FieldSelectors {
  private FieldSelectors() {}

  private static final Set<String> META = Set.of("metadata.name", "metadata.namespace");

  // pod ToSelectableFields
  private static final Set<String> POD =
      Set.of(
          "spec.nodeName",
          "spec.restartPolicy",
          "spec.schedulerName",
          "spec.serviceAccountName",
          "spec.hostNetwork",
          "status.phase",
          "status.podIP",
          "status.nominatedNodeName");

  // event ToSelectableFields
  private static final Set<String> EVENT =
      Set.of(
          "involvedObject.kind",
          "involvedObject.namespace",
          "involvedObject.name",
          "involvedObject.uid",
          "involvedObject.apiVersion",
          "involvedObject.resourceVersion",
          "involvedObject.fieldPath",
          "reason",
          "reportingComponent",
          "source",
          "type");

  /**
   * Checks that every field of the selector is supported for the kind.
   *
   * @throws ApiException.BadRequest with upstream's message otherwise
   */
  static void validate(Kind kind, FieldSelector selector) {
    for (FieldSelector.Term t : selector.terms()) {
      String f = t.field();
      if (META.contains(f) || specific(kind).contains(f)) continue;
      if (hasConversionFunc(kind)) {
        throw new ApiException.BadRequest("field label not supported: " + f);
      }
      // runtime.DefaultMetaV1FieldSelectorConversion
      throw new ApiException.BadRequest(
          GoFormat.quote(f)
              + " is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");
    }
  }

  /** {@return whether the object matches; the selector must have been validated} */
  static boolean matches(Kind kind, FieldSelector selector, KubernetesObject obj) {
    return selector.empty() || selector.matches(fields(kind, obj));
  }

  /** {@return the field values of an object ("" for an unset field)} */
  static Function<String, String> fields(Kind kind, KubernetesObject obj) {
    return field -> {
      String v = value(kind, obj, field);
      return v == null ? "" : v;
    };
  }

  private static Set<String> specific(Kind kind) {
    Class<?> t = kind.type();
    if (t == Pod.class) return POD;
    if (t == Event.class) return EVENT;
    if (t == Node.class) return Set.of("spec.unschedulable");
    if (t == Namespace.class) return Set.of("status.phase");
    return Set.of();
  }

  private static boolean hasConversionFunc(Kind kind) {
    Class<?> t = kind.type();
    return t == Pod.class || t == Event.class || t == Node.class || t == Namespace.class;
  }

  private static String value(Kind kind, KubernetesObject obj, String field) {
    switch (field) {
      case "metadata.name":
        return obj.metadata().name();
      case "metadata.namespace":
        return kind.namespaced() ? obj.metadata().namespace() : "";
      default:
        break;
    }
    if (obj instanceof Pod pod) return podField(pod, field);
    if (obj instanceof Event event) return eventField(event, field);
    if (obj instanceof Node node && field.equals("spec.unschedulable")) {
      return Boolean.toString(
          node.spec() != null && Boolean.TRUE.equals(node.spec().unschedulable()));
    }
    if (obj instanceof Namespace ns && field.equals("status.phase")) {
      return ns.status() == null ? null : ns.status().phase();
    }
    return null;
  }

  private static String podField(Pod pod, String field) {
    PodSpec spec = pod.spec();
    PodStatus status = pod.status();
    return switch (field) {
      case "spec.nodeName" -> spec == null ? null : spec.nodeName();
      case "spec.restartPolicy" -> spec == null ? null : spec.restartPolicy();
      case "spec.schedulerName" -> spec == null ? null : spec.schedulerName();
      case "spec.serviceAccountName" -> spec == null ? null : spec.serviceAccountName();
      case "spec.hostNetwork" ->
          Boolean.toString(spec != null && Boolean.TRUE.equals(spec.hostNetwork()));
      case "status.phase" -> status == null ? null : status.phase();
      case "status.podIP" -> status == null ? null : firstPodIp(status);
      case "status.nominatedNodeName" -> status == null ? null : status.nominatedNodeName();
      default -> null;
    };
  }

  private static String firstPodIp(PodStatus status) {
    List<?> ips = status.podIPs();
    if (!ips.isEmpty()) return status.podIPs().get(0).ip();
    return status.podIP();
  }

  private static String eventField(Event e, String field) {
    ObjectReference ref = e.involvedObject();
    EventSource src = e.source();
    if (field.startsWith("involvedObject.")) {
      if (ref == null) return null;
      return switch (field) {
        case "involvedObject.kind" -> ref.kind();
        case "involvedObject.namespace" -> ref.namespace();
        case "involvedObject.name" -> ref.name();
        case "involvedObject.uid" -> ref.uid();
        case "involvedObject.apiVersion" -> ref.apiVersion();
        case "involvedObject.resourceVersion" -> ref.resourceVersion();
        case "involvedObject.fieldPath" -> ref.fieldPath();
        default -> null;
      };
    }
    return switch (field) {
      case "reason" -> e.reason();
      case "reportingComponent" -> e.reportingComponent();
      case "source" -> {
        String c = src == null ? null : src.component();
        yield c == null || c.isEmpty() ? e.reportingComponent() : c;
      }
      case "type" -> e.type();
      default -> null;
    };
  }
}
