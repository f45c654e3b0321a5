package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.EndpointAddress;
import io.kubemu.model.core.EndpointPort;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.Secret;
import java.util.List;
import java.util.Map;

/**
 * Validation of the core/v1 kinds other than pods, services and volumes (upstream
 * pkg/apis/core/validation: ValidateNamespace, ValidateNode, ValidateConfigMap, ValidateSecret,
 * ValidateEndpoints, ValidateEventCreate, and their updates). Stateless.
 */
final class CoreValidation {
  private CoreValidation() {}

  /** The most bytes a Secret or ConfigMap may hold (core.MaxSecretSize, 1 MiB). */
  static final int MAX_SECRET_SIZE = 1024 * 1024;

  private static final String IMMUTABLE_WHEN_SET = "field is immutable when `immutable` is set";

  /** ValidateNamespace: a DNS-1123 label name; spec finalizers qualified or standard. */
  static void namespace(List<FieldError> errs, Namespace ns) {
    MetaValidation.objectMeta(errs, ns.metadata(), false, NameValidation.DNS_LABEL);
    if (ns.spec() == null) return;
    FieldPath path = FieldPath.root("spec", "finalizers");
    for (String f : ns.spec().finalizers()) {
      // core's validateFinalizerName: apimachinery's check, then validateKubeFinalizerName's
      LabelValidation.qualifiedName(errs, f, path);
      LabelValidation.qualifiedName(errs, f, path);
      if (!f.contains("/")
          && !f.equals(Namespace.FINALIZER_KUBERNETES)
          && !f.equals("orphan")
          && !f.equals("foregroundDeletion")) {
        errs.add(
            FieldError.invalid(
                path, f, "name is neither a standard finalizer name nor is it fully qualified"));
      }
    }
  }

  /** ValidateNode: a DNS subdomain name; taints (under metadata, as upstream); resources. */
  static void node(List<FieldError> errs, Node node) {
    MetaValidation.objectMeta(errs, node.metadata(), false, NameValidation.DNS_SUBDOMAIN);
    nodeSpecAndStatus(errs, node);
  }

  /** ValidateNodeUpdate. */
  static void nodeUpdate(List<FieldError> errs, Node node, Node old) {
    MetaValidation.objectMetaUpdate(errs, node.metadata(), old.metadata());
    nodeSpecAndStatus(errs, node);
  }

  private static void nodeSpecAndStatus(List<FieldError> errs, Node node) {
    if (node.spec() != null && !node.spec().taints().isEmpty()) {
      // upstream passes the metadata path here: the errors read metadata.taints[i]
      SchedulingValidation.taints(errs, node.spec().taints(), FieldPath.root("metadata", "taints"));
    }
    // ValidateNodeResources
    NodeStatus status = node.status();
    if (status == null) return;
    resources(errs, status.capacity(), FieldPath.root("status", "capacity"));
    resources(errs, status.allocatable(), FieldPath.root("status", "allocatable"));
  }

  private static void resources(List<FieldError> errs, Map<String, Quantity> list, FieldPath path) {
    list.forEach((k, v) -> ResourceValidation.quantityValue(errs, k, v, path.child(k)));
  }

  /** ValidateConfigMap: keys and total size. */
  static void configMap(List<FieldError> errs, ConfigMap cm) {
    MetaValidation.objectMeta(errs, cm.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    long total = 0;
    for (Map.Entry<String, String> e : cm.data().entrySet()) {
      FieldPath p = FieldPath.root("data").key(e.getKey());
      for (String m : NameValidation.isConfigMapKey(e.getKey())) {
        errs.add(FieldError.invalid(p, e.getKey(), m));
      }
      if (cm.binaryData().containsKey(e.getKey())) {
        errs.add(FieldError.invalid(p, e.getKey(), "duplicate of key present in binaryData"));
      }
      total += NameValidation.len(e.getValue());
    }
    for (Map.Entry<String, String> e : cm.binaryData().entrySet()) {
      for (String m : NameValidation.isConfigMapKey(e.getKey())) {
        errs.add(FieldError.invalid(FieldPath.root("binaryData").key(e.getKey()), e.getKey(), m));
      }
      total += NameValidation.len(e.getValue());
    }
    if (total > MAX_SECRET_SIZE) {
      errs.add(FieldError.tooLong(FieldPath.root(""), "", MAX_SECRET_SIZE));
    }
  }

  /** ValidateConfigMapUpdate: an immutable ConfigMap keeps its data. */
  static void configMapUpdate(List<FieldError> errs, ConfigMap cm, ConfigMap old) {
    MetaValidation.objectMetaUpdate(errs, cm.metadata(), old.metadata());
    if (Boolean.TRUE.equals(old.immutable())) {
      if (!Boolean.TRUE.equals(cm.immutable())) {
        errs.add(FieldError.forbidden(FieldPath.root("immutable"), IMMUTABLE_WHEN_SET));
      }
      if (!cm.data().equals(old.data())) {
        errs.add(FieldError.forbidden(FieldPath.root("data"), IMMUTABLE_WHEN_SET));
      }
      if (!cm.binaryData().equals(old.binaryData())) {
        errs.add(FieldError.forbidden(FieldPath.root("binaryData"), IMMUTABLE_WHEN_SET));
      }
    }
    configMap(errs, cm);
  }

  /** ValidateSecret: keys and total size. */
  static void secret(List<FieldError> errs, Secret s) {
    MetaValidation.objectMeta(errs, s.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    FieldPath data = FieldPath.root("data");
    long total = 0;
    for (Map.Entry<String, String> e : s.data().entrySet()) {
      for (String m : NameValidation.isConfigMapKey(e.getKey())) {
        errs.add(FieldError.invalid(data.key(e.getKey()), e.getKey(), m));
      }
      total += NameValidation.len(e.getValue());
    }
    if (total > MAX_SECRET_SIZE) errs.add(FieldError.tooLong(data, "", MAX_SECRET_SIZE));
  }

  /** ValidateSecretUpdate: type immutable; an immutable Secret keeps its data. */
  static void secretUpdate(List<FieldError> errs, Secret s, Secret old) {
    MetaValidation.objectMetaUpdate(errs, s.metadata(), old.metadata());
    MetaValidation.immutable(
        errs, s.type(), old.type(), s.type() == null ? "" : s.type(), FieldPath.root("type"));
    if (Boolean.TRUE.equals(old.immutable())) {
      if (!Boolean.TRUE.equals(s.immutable())) {
        errs.add(FieldError.forbidden(FieldPath.root("immutable"), IMMUTABLE_WHEN_SET));
      }
      if (!s.data().equals(old.data())) {
        errs.add(FieldError.forbidden(FieldPath.root("data"), IMMUTABLE_WHEN_SET));
      }
    }
    secret(errs, s);
  }

  /** ValidateEndpoints: addresses are IPs, ports valid and named when several. */
  static void endpoints(List<FieldError> errs, Endpoints ep) {
    MetaValidation.objectMeta(errs, ep.metadata(), true, NameValidation.DNS_SUBDOMAIN);
    FieldPath subsets = FieldPath.root("subsets");
    for (int i = 0; i < ep.subsets().size(); i++) {
      EndpointSubset ss = ep.subsets().get(i);
      FieldPath p = subsets.index(i);
      if (ss.addresses().isEmpty() && ss.notReadyAddresses().isEmpty()) {
        errs.add(FieldError.required(p, "must specify `addresses` or `notReadyAddresses`"));
      }
      addresses(errs, ss.addresses(), p.child("addresses"));
      addresses(errs, ss.notReadyAddresses(), p.child("notReadyAddresses"));
      for (int j = 0; j < ss.ports().size(); j++) {
        EndpointPort port = ss.ports().get(j);
        FieldPath pp = p.child("ports").index(j);
        String name = port.name() == null ? "" : port.name();
        if (ss.ports().size() > 1 && name.isEmpty()) {
          errs.add(FieldError.required(pp.child("name"), ""));
        } else if (!name.isEmpty()) {
          NameValidation.dns1123Label(errs, name, pp.child("name"));
        }
        int num = port.port() == null ? 0 : port.port();
        for (String m : NameValidation.isValidPortNum(num)) {
          errs.add(FieldError.invalid(pp.child("port"), num, m));
        }
        String protocol = port.protocol() == null ? "" : port.protocol();
        if (protocol.isEmpty()) {
          errs.add(FieldError.required(pp.child("protocol"), ""));
        } else if (!List.of("SCTP", "TCP", "UDP").contains(protocol)) {
          errs.add(
              FieldError.notSupported(
                  pp.child("protocol"), protocol, List.of("SCTP", "TCP", "UDP")));
        }
      }
    }
  }

  private static void addresses(List<FieldError> errs, List<EndpointAddress> list, FieldPath path) {
    for (int i = 0; i < list.size(); i++) {
      EndpointAddress a = list.get(i);
      IPs.validIP(errs, a.ip(), path.index(i).child("ip"));
      if (a.hostname() != null && !a.hostname().isEmpty()) {
        NameValidation.dns1123Label(errs, a.hostname(), path.index(i).child("hostname"));
      }
      if (a.nodeName() != null && !a.nodeName().isEmpty()) {
        NameValidation.name(
            errs, NameValidation.DNS_SUBDOMAIN, a.nodeName(), path.index(i).child("nodeName"));
      }
    }
  }

  /**
   * ValidateEventCreate for core/v1 (legacyValidateEvent): the event lives in its object's
   * namespace (or default for cluster-scoped objects). Event names are not validated.
   */
  static void event(List<FieldError> errs, Event e) {
    String ns = e.metadata().namespace() == null ? "" : e.metadata().namespace();
    String involved =
        e.involvedObject() == null || e.involvedObject().namespace() == null
            ? ""
            : e.involvedObject().namespace();
    if (e.eventTime() == null) {
      boolean ok = involved.isEmpty() ? ns.isEmpty() || ns.equals("default") : ns.equals(involved);
      if (!ok) {
        errs.add(
            FieldError.invalid(
                FieldPath.root("involvedObject", "namespace"),
                involved,
                "does not match event.namespace"));
      }
    }
    for (String m : NameValidation.isDNS1123Subdomain(ns)) {
      errs.add(FieldError.invalid(FieldPath.root("namespace"), ns, m));
    }
  }
}
