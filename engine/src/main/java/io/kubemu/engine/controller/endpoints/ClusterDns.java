package io.kubemu.engine.controller.endpoints;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.core.EndpointAddress;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The cluster's DNS as CoreDNS's kubernetes plugin answers A queries (zone {@value #DOMAIN}), read
 * from the API server at the current virtual time:
 *
 * <ul>
 *   <li>{@code <svc>.<ns>.svc.cluster.local}: the ClusterIP; for a headless service the ready
 *       endpoint addresses ({@code addresses}, which hold every pod when the service publishes
 *       not-ready addresses), sorted as strings;
 *   <li>{@code <endpoint>.<svc>.<ns>.svc.cluster.local}: the address whose hostname is {@code
 *       <endpoint>} (a StatefulSet pod: hostname = pod name, subdomain = serviceName) or, without a
 *       hostname, whose IP with dashes is {@code <endpoint>} (CoreDNS's endpointHostname);
 *   <li>{@code <a-b-c-d>.<ns>.pod.cluster.local}: the IP a.b.c.d; with {@link PodRecords#INSECURE}
 *       (kubeadm's Corefile, {@code pods insecure}, the default) whatever pod exists, with {@link
 *       PodRecords#VERIFIED} only if a pod of that namespace has that IP.
 * </ul>
 *
 * A name that does not end in the zone is tried with the search suffixes a pod's resolv.conf lists
 * ({@code <ns>.svc.cluster.local}, when a namespace is given, then {@code svc.cluster.local} and
 * {@code cluster.local}), so {@code my-svc.apps} and {@code my-svc.apps.svc} work. NXDOMAIN is an
 * empty list. ExternalName services (CNAMEs) answer nothing here.
 */
public final class ClusterDns {

  /** The cluster domain (kubelet's --cluster-domain default in kubeadm). */
  public static final String DOMAIN = "cluster.local";

  /** How {@code pod.cluster.local} names are answered (the kubernetes plugin's pods option). */
  public enum PodRecords {
    /** Every well-formed name answers its IP (pods insecure). */
    INSECURE,
    /** Only IPs of existing pods in the namespace (pods verified). */
    VERIFIED,
    /** No pod records (pods disabled). */
    DISABLED
  }

  private final ApiServer api;
  private final PodRecords podRecords;

  /** A DNS view with {@link PodRecords#INSECURE} pod records. */
  public ClusterDns(ApiServer api) {
    this(api, PodRecords.INSECURE);
  }

  public ClusterDns(ApiServer api, PodRecords podRecords) {
    this.api = Objects.requireNonNull(api);
    this.podRecords = Objects.requireNonNull(podRecords);
  }

  /** {@return the A records of a name, empty for NXDOMAIN}; see the class comment */
  public List<String> resolve(String name) {
    return resolveFrom(null, name);
  }

  /**
   * {@return the A records of a name as a pod in {@code namespace} resolves it}: the search list
   * starts with {@code <namespace>.svc.cluster.local}, so a bare service name works.
   */
  public List<String> resolveFrom(String namespace, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) return lookup(n.substring(0, n.length() - 1)); // absolute
    if (n.endsWith("." + DOMAIN)) return lookup(n);
    List<String> suffixes = new ArrayList<>();
    if (namespace != null) suffixes.add(namespace + ".svc." + DOMAIN);
    suffixes.add("svc." + DOMAIN);
    suffixes.add(DOMAIN);
    for (String suffix : suffixes) {
      List<String> answer = lookup(n + "." + suffix);
      if (!answer.isEmpty()) return answer;
    }
    return List.of();
  }

  // the kubernetes plugin's Records for a fully qualified name in the zone
  private List<String> lookup(String fqdn) {
    if (!fqdn.endsWith("." + DOMAIN)) return List.of();
    String[] labels = fqdn.substring(0, fqdn.length() - DOMAIN.length() - 1).split("\\.", -1);
    int n = labels.length;
    if (n < 2) return List.of();
    String type = labels[n - 1];
    if (type.equals("svc") && n == 3) return service(labels[1], labels[0], null);
    if (type.equals("svc") && n == 4) return service(labels[2], labels[1], labels[0]);
    if (type.equals("pod") && n == 3) return pod(labels[1], labels[0]);
    return List.of();
  }

  private List<String> service(String ns, String name, String endpoint) {
    Service svc = api.find(Service.class, ns, name).orElse(null);
    if (svc == null) return List.of();
    ServiceSpec spec = svc.spec() == null ? ServiceSpec.EMPTY : svc.spec();
    if (ServiceSpec.TYPE_EXTERNAL_NAME.equals(spec.type())) return List.of();
    boolean headless = ServiceSpec.CLUSTER_IP_NONE.equals(spec.clusterIP());
    if (endpoint == null && !headless) {
      return spec.clusterIP() == null || spec.clusterIP().isEmpty()
          ? List.of()
          : List.of(spec.clusterIP());
    }
    TreeSet<String> ips = new TreeSet<>();
    for (EndpointAddress a : readyAddresses(ns, name)) {
      if (endpoint == null || endpoint.equals(endpointHostname(a))) ips.add(a.ip());
    }
    return List.copyOf(ips);
  }

  /** {@return the ready addresses of a service's Endpoints, in subset order} */
  List<EndpointAddress> readyAddresses(String ns, String name) {
    Endpoints ep = api.find(Endpoints.class, ns, name).orElse(null);
    if (ep == null) return List.of();
    List<EndpointAddress> out = new ArrayList<>();
    for (EndpointSubset s : ep.subsets()) out.addAll(s.addresses());
    return out;
  }

  // endpointHostname: the hostname, else the IP with dashes
  static String endpointHostname(EndpointAddress a) {
    if (a.hostname() != null && !a.hostname().isEmpty()) return a.hostname();
    if (a.ip() == null) return "";
    return a.ip().contains(".") ? a.ip().replace('.', '-') : a.ip().replace(':', '-');
  }

  private List<String> pod(String ns, String dashed) {
    if (podRecords == PodRecords.DISABLED) return List.of();
    String ip = dashed.replace('-', '.');
    if (!isIPv4(ip)) return List.of();
    if (podRecords == PodRecords.VERIFIED) {
      boolean exists = false;
      for (Pod p : api.list(Pod.class, ns)) {
        if (p.status() != null && ip.equals(p.status().podIP())) exists = true;
      }
      if (!exists) return List.of();
    }
    return List.of(ip);
  }

  private static boolean isIPv4(String ip) {
    String[] parts = ip.split("\\.", -1);
    if (parts.length != 4) return false;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) return false;
      if (Integer.parseInt(p) > 255) return false;
    }
    return true;
  }
}
