package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServicePort;
import io.kubemu.model.core.ServiceSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validation of Services (upstream pkg/apis/core/validation: ValidateService,
 * ValidateServiceUpdate, validateServicePort, ValidateServiceClusterIPsRelatedFields). Stateless.
 */
final class ServiceValidation {
  private ServiceValidation() {}

  private static final FieldPath SPEC = FieldPath.root("spec");
  private static final List<String> TYPES =
      List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");
  private static final List<String> AFFINITIES = List.of("ClientIP", "None");
  private static final List<String> TRAFFIC_POLICIES = List.of("Cluster", "Local");
  private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
  private static final List<String> IP_FAMILIES = List.of("IPv4", "IPv6");
  private static final List<String> IP_FAMILY_POLICIES =
      List.of("PreferDualStack", "RequireDualStack", "SingleStack");

  /** ValidateService. */
  static void service(List<FieldError> errs, Service svc) {
    MetaValidation.objectMeta(errs, svc.metadata(), true, NameValidation.DNS1035_LABEL);
    ServiceSpec spec = spec(svc);
    String type = nz(spec.type());
    boolean headless = isHeadless(spec);
    if (spec.ports().isEmpty() && !headless && !type.equals(ServiceSpec.TYPE_EXTERNAL_NAME)) {
      errs.add(FieldError.required(SPEC.child("ports"), ""));
    }
    switch (type) {
      case ServiceSpec.TYPE_LOAD_BALANCER -> {
        if (headless) {
          errs.add(
              FieldError.invalid(
                  SPEC.child("clusterIPs").index(0),
                  spec.clusterIPs().get(0),
                  "may not be set to 'None' for LoadBalancer services"));
        }
      }
      case ServiceSpec.TYPE_NODE_PORT -> {
        if (headless) {
          errs.add(
              FieldError.invalid(
                  SPEC.child("clusterIPs").index(0),
                  spec.clusterIPs().get(0),
                  "may not be set to 'None' for NodePort services"));
        }
      }
      case ServiceSpec.TYPE_EXTERNAL_NAME -> {
        if (!spec.clusterIPs().isEmpty()) {
          errs.add(
              FieldError.forbidden(
                  SPEC.child("clusterIPs"), "may not be set for ExternalName services"));
        }
        if (!spec.ipFamilies().isEmpty()) {
          errs.add(
              FieldError.forbidden(
                  SPEC.child("ipFamilies"), "may not be set for ExternalName services"));
        }
        if (spec.ipFamilyPolicy() != null) {
          errs.add(
              FieldError.forbidden(
                  SPEC.child("ipFamilyPolicy"), "may not be set for ExternalName services"));
        }
        String cname = nz(spec.externalName());
        if (cname.endsWith(".")) cname = cname.substring(0, cname.length() - 1);
        if (!cname.isEmpty()) {
          NameValidation.dns1123Subdomain(errs, cname, SPEC.child("externalName"));
        } else {
          errs.add(FieldError.required(SPEC.child("externalName"), ""));
        }
      }
      default -> {}
    }
    Set<String> portNames = new HashSet<>(); // lookups only
    for (int i = 0; i < spec.ports().size(); i++) {
      port(
          errs,
          spec.ports().get(i),
          spec.ports().size() > 1,
          portNames,
          SPEC.child("ports").index(i));
    }
    LabelValidation.labels(errs, spec.selector(), SPEC.child("selector"));
    String affinity = nz(spec.sessionAffinity());
    if (affinity.isEmpty()) {
      errs.add(FieldError.required(SPEC.child("sessionAffinity"), ""));
    } else if (!AFFINITIES.contains(affinity)) {
      errs.add(FieldError.notSupported(SPEC.child("sessionAffinity"), affinity, AFFINITIES));
    }
    clusterIPsRelatedFields(errs, spec);
    for (int i = 0; i < spec.externalIPs().size(); i++) {
      nonSpecialIP(errs, spec.externalIPs().get(i), SPEC.child("externalIPs").index(i));
    }
    if (type.isEmpty()) {
      errs.add(FieldError.required(SPEC.child("type"), ""));
    } else if (!TYPES.contains(type)) {
      errs.add(FieldError.notSupported(SPEC.child("type"), type, TYPES));
    }
    if (type.equals(ServiceSpec.TYPE_CLUSTER_IP)) {
      for (int i = 0; i < spec.ports().size(); i++) {
        Integer np = spec.ports().get(i).nodePort();
        if (np != null && np != 0) {
          errs.add(
              FieldError.forbidden(
                  SPEC.child("ports").index(i).child("nodePort"),
                  "may not be used when `type` is 'ClusterIP'"));
        }
      }
    }
    Set<String> nodePorts = new HashSet<>(); // lookups only
    for (int i = 0; i < spec.ports().size(); i++) {
      ServicePort p = spec.ports().get(i);
      if (p.nodePort() == null || p.nodePort() == 0) continue;
      if (!nodePorts.add(nz(p.protocol()) + "/" + p.nodePort())) {
        errs.add(
            FieldError.duplicate(SPEC.child("ports").index(i).child("nodePort"), p.nodePort()));
      }
    }
    Set<String> ports = new HashSet<>(); // lookups only
    for (int i = 0; i < spec.ports().size(); i++) {
      ServicePort p = spec.ports().get(i);
      if (!ports.add(nz(p.protocol()) + "/" + p.port())) {
        ServicePort key = new ServicePort(null, p.protocol(), null, p.port(), null, null);
        errs.add(FieldError.duplicate(SPEC.child("ports").index(i), GoValues.servicePort(key)));
      }
    }
    boolean lb = type.equals(ServiceSpec.TYPE_LOAD_BALANCER);
    if (!spec.loadBalancerSourceRanges().isEmpty()) {
      FieldPath p = SPEC.child("LoadBalancerSourceRanges");
      if (!lb) errs.add(FieldError.forbidden(p, "may only be used when `type` is 'LoadBalancer'"));
      for (int i = 0; i < spec.loadBalancerSourceRanges().size(); i++) {
        validCIDR(errs, spec.loadBalancerSourceRanges().get(i).strip(), p.index(i));
      }
    }
    if (spec.allocateLoadBalancerNodePorts() != null && !lb) {
      errs.add(
          FieldError.forbidden(
              SPEC.child("allocateLoadBalancerNodePorts"),
              "may only be used when `type` is 'LoadBalancer'"));
    }
    if (lb && spec.allocateLoadBalancerNodePorts() == null) {
      errs.add(FieldError.required(FieldPath.root("allocateLoadBalancerNodePorts"), ""));
    }
    if (spec.loadBalancerClass() != null) {
      if (!lb) {
        errs.add(
            FieldError.forbidden(
                SPEC.child("loadBalancerClass"), "may only be used when `type` is 'LoadBalancer'"));
      } else {
        LabelValidation.qualifiedName(
            errs, spec.loadBalancerClass(), SPEC.child("loadBalancerClass"));
      }
    }
    externalTrafficPolicy(errs, spec, type);
    String itp = spec.internalTrafficPolicy();
    if (itp == null
        && (type.equals(ServiceSpec.TYPE_NODE_PORT)
            || lb
            || type.equals(ServiceSpec.TYPE_CLUSTER_IP))) {
      errs.add(FieldError.required(SPEC.child("internalTrafficPolicy"), ""));
    }
    if (itp != null && !TRAFFIC_POLICIES.contains(itp)) {
      errs.add(FieldError.notSupported(SPEC.child("internalTrafficPolicy"), itp, TRAFFIC_POLICIES));
    }
  }

  /** ValidateServiceUpdate. */
  static void serviceUpdate(List<FieldError> errs, Service svc, Service old) {
    MetaValidation.objectMetaUpdate(errs, svc.metadata(), old.metadata());
    upgradeDowngradeClusterIPs(errs, spec(old), spec(svc));
    upgradeDowngradeIPFamilies(errs, spec(old), spec(svc));
    ServiceSpec s = spec(svc);
    ServiceSpec o = spec(old);
    if (needsHealthCheck(o)
        && needsHealthCheck(s)
        && !Objects.equals(s.healthCheckNodePort(), o.healthCheckNodePort())) {
      errs.add(FieldError.forbidden(SPEC.child("healthCheckNodePort"), "field is immutable"));
    }
    service(errs, svc);
  }

  // validateServicePort
  private static void port(
      List<FieldError> errs,
      ServicePort p,
      boolean requireName,
      Set<String> names,
      FieldPath path) {
    String name = nz(p.name());
    if (requireName && name.isEmpty()) {
      errs.add(FieldError.required(path.child("name"), ""));
    } else if (!name.isEmpty()) {
      NameValidation.dns1123Label(errs, name, path.child("name"));
      if (!names.add(name)) errs.add(FieldError.duplicate(path.child("name"), name));
    }
    int port = p.port() == null ? 0 : p.port();
    for (String m : NameValidation.isValidPortNum(port)) {
      errs.add(FieldError.invalid(path.child("port"), port, m));
    }
    String protocol = nz(p.protocol());
    if (protocol.isEmpty()) {
      errs.add(FieldError.required(path.child("protocol"), ""));
    } else if (!PROTOCOLS.contains(protocol)) {
      errs.add(FieldError.notSupported(path.child("protocol"), protocol, PROTOCOLS));
    }
    ContainerValidation.portNumOrName(errs, p.targetPort(), path.child("targetPort"));
    if (p.appProtocol() != null) {
      LabelValidation.qualifiedName(errs, p.appProtocol(), path.child("appProtocol"));
    }
  }

  // validateServiceExternalTrafficPolicy
  private static void externalTrafficPolicy(List<FieldError> errs, ServiceSpec spec, String type) {
    String etp = nz(spec.externalTrafficPolicy());
    boolean accessible =
        type.equals(ServiceSpec.TYPE_LOAD_BALANCER)
            || type.equals(ServiceSpec.TYPE_NODE_PORT)
            || (type.equals(ServiceSpec.TYPE_CLUSTER_IP) && !spec.externalIPs().isEmpty());
    if (!accessible) {
      if (!etp.isEmpty()) {
        errs.add(
            FieldError.invalid(
                SPEC.child("externalTrafficPolicy"),
                etp,
                "may only be set for externally-accessible services"));
      }
    } else if (etp.isEmpty()) {
      errs.add(FieldError.required(SPEC.child("externalTrafficPolicy"), ""));
    } else if (!TRAFFIC_POLICIES.contains(etp)) {
      errs.add(FieldError.notSupported(SPEC.child("externalTrafficPolicy"), etp, TRAFFIC_POLICIES));
    }
    int hc = spec.healthCheckNodePort() == null ? 0 : spec.healthCheckNodePort();
    if (!needsHealthCheck(spec)) {
      if (hc != 0) {
        errs.add(
            FieldError.invalid(
                SPEC.child("healthCheckNodePort"),
                hc,
                "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is"
                    + " 'Local'"));
      }
    } else if (hc == 0) {
      errs.add(FieldError.required(SPEC.child("healthCheckNodePort"), ""));
    } else {
      for (String m : NameValidation.isValidPortNum(hc)) {
        errs.add(FieldError.invalid(SPEC.child("healthCheckNodePort"), hc, m));
      }
    }
  }

  private static boolean needsHealthCheck(ServiceSpec spec) {
    return ServiceSpec.TYPE_LOAD_BALANCER.equals(spec.type())
        && ServiceSpec.TRAFFIC_LOCAL.equals(spec.externalTrafficPolicy());
  }

  /**
   * ValidateServiceClusterIPsRelatedFields: clusterIP and clusterIPs in sync, valid IPs, families
   * and policy supported; also run by the {@link ClusterIPAllocator} before it allocates.
   */
  static void clusterIPsRelatedFields(List<FieldError> errs, ServiceSpec spec) {
    if (ServiceSpec.TYPE_EXTERNAL_NAME.equals(spec.type())) return;
    FieldPath ipsPath = SPEC.child("clusterIPs");
    List<String> ips = spec.clusterIPs();
    if (!nz(spec.clusterIP()).isEmpty()) {
      if (ips.isEmpty()) {
        errs.add(FieldError.required(ipsPath, ""));
      } else if (!ips.get(0).equals(spec.clusterIP())) {
        errs.add(
            FieldError.invalid(
                ipsPath, GoValues.strings(ips), "first value must match `clusterIP`"));
      }
    } else if (!ips.isEmpty()) {
      errs.add(
          FieldError.invalid(
              ipsPath, GoValues.strings(ips), "must be empty when `clusterIP` is not specified"));
    }
    Set<String> seen = new HashSet<>(); // lookups only
    for (int i = 0; i < spec.ipFamilies().size(); i++) {
      String f = spec.ipFamilies().get(i);
      if (!IP_FAMILIES.contains(f)) {
        errs.add(FieldError.notSupported(SPEC.child("ipFamilies").index(i), f, IP_FAMILIES));
      }
      if (!seen.add(f)) errs.add(FieldError.duplicate(SPEC.child("ipFamilies").index(i), f));
    }
    if (spec.ipFamilyPolicy() != null && !IP_FAMILY_POLICIES.contains(spec.ipFamilyPolicy())) {
      errs.add(
          FieldError.notSupported(
              SPEC.child("ipFamilyPolicy"), spec.ipFamilyPolicy(), IP_FAMILY_POLICIES));
    }
    boolean invalid = false;
    for (int i = 0; i < ips.size(); i++) {
      if (i == 0 && ips.get(0).equals(ServiceSpec.CLUSTER_IP_NONE)) {
        if (ips.size() > 1) {
          invalid = true;
          errs.add(
              FieldError.invalid(
                  ipsPath, GoValues.strings(ips), "'None' must be the first and only value"));
        }
        continue;
      }
      int before = errs.size();
      IPs.validIP(errs, ips.get(i), ipsPath.index(i));
      invalid |= errs.size() > before;
    }
    if (ips.size() > 2) {
      errs.add(FieldError.invalid(ipsPath, GoValues.strings(ips), "may only hold up to 2 values"));
    }
    if (invalid) return;
    if (ips.size() > 1 && IPs.isIPv6(ips.get(0)) == IPs.isIPv6(ips.get(1))) {
      errs.add(
          FieldError.invalid(
              ipsPath,
              GoValues.strings(ips),
              "may specify no more than one IP for each IP family"));
    }
    if (!isHeadless(spec) && !ips.isEmpty() && !spec.ipFamilies().isEmpty()) {
      for (int i = 0; i < ips.size() && i < spec.ipFamilies().size(); i++) {
        String family = spec.ipFamilies().get(i);
        boolean v6 = IPs.isIPv6(ips.get(i));
        if (family.equals("IPv4") && v6) {
          errs.add(
              FieldError.invalid(
                  ipsPath.index(i),
                  ips.get(i),
                  "expected an IPv4 value as indicated by `ipFamilies[" + i + "]`"));
        }
        if (family.equals("IPv6") && !v6) {
          errs.add(
              FieldError.invalid(
                  ipsPath.index(i),
                  ips.get(i),
                  "expected an IPv6 value as indicated by `ipFamilies[" + i + "]`"));
        }
      }
    }
  }

  // validateUpgradeDowngradeClusterIPs
  private static void upgradeDowngradeClusterIPs(
      List<FieldError> errs, ServiceSpec old, ServiceSpec now) {
    if (ServiceSpec.TYPE_EXTERNAL_NAME.equals(now.type())
        || ServiceSpec.TYPE_EXTERNAL_NAME.equals(old.type())) {
      return;
    }
    if (isHeadless(old) && isHeadless(now)) return;
    List<String> o = old.clusterIPs();
    List<String> n = now.clusterIPs();
    FieldPath ips = SPEC.child("clusterIPs");
    if (o.size() == n.size()) {
      for (int i = 0; i < o.size(); i++) {
        if (!o.get(i).equals(n.get(i))) {
          errs.add(
              FieldError.invalid(ips.index(i), GoValues.strings(n), "may not change once set"));
        }
      }
    } else if (o.size() > n.size()) {
      if (n.isEmpty()) {
        errs.add(
            FieldError.invalid(
                ips.index(0), GoValues.strings(n), "primary clusterIP can not be unset"));
      }
      if (!o.isEmpty() && !n.isEmpty() && !n.get(0).equals(o.get(0))) {
        errs.add(FieldError.invalid(ips.index(0), GoValues.strings(n), "may not change once set"));
      }
      if (n.size() == 1 && !ServiceSpec.SINGLE_STACK.equals(now.ipFamilyPolicy())) {
        errs.add(
            FieldError.invalid(
                SPEC.child("ipFamilyPolicy"),
                now.ipFamilyPolicy(),
                "must be set to 'SingleStack' when releasing the secondary clusterIP"));
      }
    } else if (!o.isEmpty() && !n.get(0).equals(o.get(0))) {
      errs.add(FieldError.invalid(ips.index(0), GoValues.strings(n), "may not change once set"));
    }
  }

  // validateUpgradeDowngradeIPFamilies
  private static void upgradeDowngradeIPFamilies(
      List<FieldError> errs, ServiceSpec old, ServiceSpec now) {
    if (ServiceSpec.TYPE_EXTERNAL_NAME.equals(now.type())
        || ServiceSpec.TYPE_EXTERNAL_NAME.equals(old.type())) {
      return;
    }
    if (isHeadless(old) != isHeadless(now) || isHeadless(now)) return;
    List<String> o = old.ipFamilies();
    List<String> n = now.ipFamilies();
    FieldPath fams = SPEC.child("ipFamilies");
    if (o.size() == n.size()) {
      for (int i = 0; i < o.size(); i++) {
        if (!o.get(i).equals(n.get(i))) {
          errs.add(
              FieldError.invalid(fams.index(0), GoValues.strings(n), "may not change once set"));
        }
      }
    } else if (o.size() > n.size()) {
      if (now.clusterIPs().isEmpty()) {
        errs.add(
            FieldError.invalid(
                fams.index(0), GoValues.strings(n), "primary ipFamily can not be unset"));
      }
      if (!n.isEmpty() && !n.get(0).equals(o.get(0))) {
        errs.add(
            FieldError.invalid(
                fams.index(0), GoValues.strings(now.clusterIPs()), "may not change once set"));
      }
      if (n.size() == 1 && !ServiceSpec.SINGLE_STACK.equals(now.ipFamilyPolicy())) {
        errs.add(
            FieldError.invalid(
                SPEC.child("ipFamilyPolicy"),
                now.ipFamilyPolicy(),
                "must be set to 'SingleStack' when releasing the secondary ipFamily"));
      }
    } else if (!o.isEmpty() && !n.isEmpty() && !n.get(0).equals(o.get(0))) {
      errs.add(
          FieldError.invalid(
              fams.index(0), GoValues.strings(now.clusterIPs()), "may not change once set"));
    }
  }

  // ValidateNonSpecialIP (IPv4 ranges; IPv6 unspecified and loopback)
  private static void nonSpecialIP(List<FieldError> errs, String ip, FieldPath path) {
    int before = errs.size();
    IPs.validIP(errs, ip, path);
    if (errs.size() > before) return;
    long v4 = IPs.parseIPv4(ip);
    boolean unspecified = v4 == 0 || ip.equals("::");
    boolean loopback = (v4 >= 0 && (v4 >> 24) == 127) || ip.equals("::1");
    if (unspecified) {
      errs.add(FieldError.invalid(path, ip, "may not be unspecified (" + ip + ")"));
    }
    if (loopback) {
      errs.add(
          FieldError.invalid(path, ip, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
    }
    if (v4 >= 0 && (v4 >> 16) == ((169L << 8) | 254)) {
      errs.add(
          FieldError.invalid(
              path, ip, "may not be in the link-local range (169.254.0.0/16, fe80::/10)"));
    }
    if (v4 >= 0 && (v4 >> 8) == (224L << 16)) {
      errs.add(
          FieldError.invalid(
              path, ip, "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"));
    }
  }

  // IsValidCIDR
  private static void validCIDR(List<FieldError> errs, String value, FieldPath path) {
    int slash = value.indexOf('/');
    boolean ok = false;
    if (slash > 0) {
      String ip = value.substring(0, slash);
      String bits = value.substring(slash + 1);
      int max = IPs.parseIPv4(ip) >= 0 ? 32 : IPs.isIPv6(ip) ? 128 : -1;
      ok = max > 0 && bits.matches("\\d{1,3}") && Integer.parseInt(bits) <= max;
    }
    if (!ok) {
      errs.add(
          FieldError.invalid(
              path, value, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
    }
  }

  /** isHeadlessService: clusterIPs is exactly ["None"]. */
  static boolean isHeadless(ServiceSpec spec) {
    return spec.clusterIPs().size() == 1
        && spec.clusterIPs().get(0).equals(ServiceSpec.CLUSTER_IP_NONE);
  }

  private static ServiceSpec spec(Service svc) {
    return svc.spec() == null ? ServiceSpec.EMPTY : svc.spec();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
