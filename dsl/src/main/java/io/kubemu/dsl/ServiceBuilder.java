package io.kubemu.dsl;

import io.kubemu.model.IntOrString;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServicePort;
import io.kubemu.model.core.ServiceSpec;
import io.kubemu.model.core.ServiceStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Service}. Adds no defaults (the API server defaults type ClusterIP, allocates a
 * clusterIP unless it is {@code None}, sessionAffinity None, port protocol TCP, targetPort = port).
 * Mutable, not thread-safe.
 */
public final class ServiceBuilder extends AbstractObjectBuilder<Service, ServiceBuilder> {

  private static final ServiceSpec UNSET =
      new ServiceSpec(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null);

  private final List<ServicePort> ports = new ArrayList<>();
  private final Map<String, String> selector = new LinkedHashMap<>();
  private String clusterIP;
  private final List<String> clusterIPs = new ArrayList<>();
  private String type;
  private final List<String> externalIPs = new ArrayList<>();
  private String sessionAffinity;
  private String loadBalancerIP;
  private final List<String> loadBalancerSourceRanges = new ArrayList<>();
  private String externalName;
  private String externalTrafficPolicy;
  private Integer healthCheckNodePort;
  private Boolean publishNotReadyAddresses;
  private final List<String> ipFamilies = new ArrayList<>();
  private String ipFamilyPolicy;
  private Boolean allocateLoadBalancerNodePorts;
  private String loadBalancerClass;
  private String internalTrafficPolicy;
  private ServiceStatus status;

  ServiceBuilder() {}

  /** {@return a builder holding every field of {@code service}, status included} */
  public static ServiceBuilder from(Service service) {
    ServiceBuilder b = new ServiceBuilder().metadata(service.metadata());
    b.load(service.spec());
    b.status = service.status();
    return b;
  }

  /** Merged into {@code spec.selector}, as key-value pairs: {@code selector("app", "web")}. */
  public ServiceBuilder selector(String... keyValues) {
    Pairs.putAll(selector, keyValues);
    return this;
  }

  /** Appends to {@code spec.ports}: {@code port(servicePort(80).name("http").targetPort(8080))}. */
  public ServiceBuilder port(ServicePortBuilder port) {
    return port(port.build());
  }

  /** Appends to {@code spec.ports}. */
  public ServiceBuilder port(ServicePort port) {
    ports.add(port);
    return this;
  }

  /** Appends {@code {port}} to {@code spec.ports}. */
  public ServiceBuilder port(int port) {
    return port(new ServicePort(null, null, null, port, null, null));
  }

  /** Appends {@code {name, port, targetPort}} to {@code spec.ports}. */
  public ServiceBuilder port(String name, int port, int targetPort) {
    return port(new ServicePort(name, null, null, port, IntOrString.of(targetPort), null));
  }

  /** {@code spec.clusterIP}; {@code None} makes a headless service. */
  public ServiceBuilder clusterIP(String clusterIP) {
    this.clusterIP = clusterIP;
    return this;
  }

  /** {@code spec.type}: ClusterIP (the default), NodePort, LoadBalancer or ExternalName. */
  public ServiceBuilder type(String type) {
    this.type = type;
    return this;
  }

  /** Appends to {@code spec.externalIPs}. */
  public ServiceBuilder externalIPs(String... ips) {
    externalIPs.addAll(List.of(ips));
    return this;
  }

  /** {@code spec.sessionAffinity}: None (the default) or ClientIP. */
  public ServiceBuilder sessionAffinity(String sessionAffinity) {
    this.sessionAffinity = sessionAffinity;
    return this;
  }

  /** {@code spec.externalName}, for type ExternalName. */
  public ServiceBuilder externalName(String externalName) {
    this.externalName = externalName;
    return this;
  }

  /** {@code spec.externalTrafficPolicy}: Cluster or Local. */
  public ServiceBuilder externalTrafficPolicy(String policy) {
    this.externalTrafficPolicy = policy;
    return this;
  }

  /** {@code spec.internalTrafficPolicy}: Cluster or Local. */
  public ServiceBuilder internalTrafficPolicy(String policy) {
    this.internalTrafficPolicy = policy;
    return this;
  }

  /** {@code spec.publishNotReadyAddresses}: list not-ready pods in the endpoints too. */
  public ServiceBuilder publishNotReadyAddresses(boolean publish) {
    this.publishNotReadyAddresses = publish;
    return this;
  }

  /** {@code status}. */
  public ServiceBuilder status(ServiceStatus status) {
    this.status = status;
    return this;
  }

  /** Escape hatch: edits {@code spec} as a record (unset is passed with every field unset). */
  public ServiceBuilder spec(UnaryOperator<ServiceSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public Service build() {
    return new Service(meta(), present(spec(), UNSET), status);
  }

  private ServiceSpec spec() {
    return new ServiceSpec(
        ports,
        selector,
        clusterIP,
        clusterIPs,
        type,
        externalIPs,
        sessionAffinity,
        loadBalancerIP,
        loadBalancerSourceRanges,
        externalName,
        externalTrafficPolicy,
        healthCheckNodePort,
        publishNotReadyAddresses,
        ipFamilies,
        ipFamilyPolicy,
        allocateLoadBalancerNodePorts,
        loadBalancerClass,
        internalTrafficPolicy);
  }

  private void load(ServiceSpec s) {
    specGiven(s != null);
    if (s == null) s = UNSET;
    ports.clear();
    ports.addAll(s.ports());
    selector.clear();
    selector.putAll(s.selector());
    clusterIP = s.clusterIP();
    clusterIPs.clear();
    clusterIPs.addAll(s.clusterIPs());
    type = s.type();
    externalIPs.clear();
    externalIPs.addAll(s.externalIPs());
    sessionAffinity = s.sessionAffinity();
    loadBalancerIP = s.loadBalancerIP();
    loadBalancerSourceRanges.clear();
    loadBalancerSourceRanges.addAll(s.loadBalancerSourceRanges());
    externalName = s.externalName();
    externalTrafficPolicy = s.externalTrafficPolicy();
    healthCheckNodePort = s.healthCheckNodePort();
    publishNotReadyAddresses = s.publishNotReadyAddresses();
    ipFamilies.clear();
    ipFamilies.addAll(s.ipFamilies());
    ipFamilyPolicy = s.ipFamilyPolicy();
    allocateLoadBalancerNodePorts = s.allocateLoadBalancerNodePorts();
    loadBalancerClass = s.loadBalancerClass();
    internalTrafficPolicy = s.internalTrafficPolicy();
  }
}
