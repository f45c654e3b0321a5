package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The desired state of a service (core/v1 ServiceSpec). Null means unset; the API server's
 * defaulting and IP allocation fill in the defaults stated here.
 *
 * @param selector pods with these labels are the endpoints; none means endpoints are managed by
 *     hand
 * @param clusterIP allocated when unset; {@value #CLUSTER_IP_NONE} makes a headless service
 * @param clusterIPs clusterIP first
 * @param type ClusterIP, NodePort, LoadBalancer or ExternalName; defaults to ClusterIP
 * @param sessionAffinity None or ClientIP; defaults to None
 * @param externalName the DNS name of an ExternalName service
 * @param externalTrafficPolicy Cluster or Local; defaults to Cluster for NodePort and LoadBalancer
 * @param publishNotReadyAddresses list not-ready pods as ready endpoints
 * @param ipFamilies IPv4 and/or IPv6
 * @param ipFamilyPolicy SingleStack, PreferDualStack or RequireDualStack
 * @param internalTrafficPolicy Cluster or Local; defaults to Cluster
 */
public record ServiceSpec(
    List<ServicePort> ports,
    Map<String, String> selector,
    String clusterIP,
    List<String> clusterIPs,
    String type,
    List<String> externalIPs,
    String sessionAffinity,
    String loadBalancerIP,
    List<String> loadBalancerSourceRanges,
    String externalName,
    String externalTrafficPolicy,
    Integer healthCheckNodePort,
    Boolean publishNotReadyAddresses,
    List<String> ipFamilies,
    String ipFamilyPolicy,
    Boolean allocateLoadBalancerNodePorts,
    String loadBalancerClass,
    String internalTrafficPolicy) {

  /** type ClusterIP, the default. */
  public static final String TYPE_CLUSTER_IP = "ClusterIP";

  /** type NodePort. */
  public static final String TYPE_NODE_PORT = "NodePort";

  /** type LoadBalancer. */
  public static final String TYPE_LOAD_BALANCER = "LoadBalancer";

  /** type ExternalName. */
  public static final String TYPE_EXTERNAL_NAME = "ExternalName";

  /** The clusterIP of a headless service. */
  public static final String CLUSTER_IP_NONE = "None";

  /** sessionAffinity None, the default. */
  public static final String AFFINITY_NONE = "None";

  /** sessionAffinity ClientIP. */
  public static final String AFFINITY_CLIENT_IP = "ClientIP";

  /** external/internal traffic policy Cluster, the default. */
  public static final String TRAFFIC_CLUSTER = "Cluster";

  /** external/internal traffic policy Local. */
  public static final String TRAFFIC_LOCAL = "Local";

  /** ipFamilyPolicy SingleStack. */
  public static final String SINGLE_STACK = "SingleStack";

  /** {@code ServiceSpec} with every field unset. */
  public static final ServiceSpec EMPTY =
      new ServiceSpec(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null);

  public ServiceSpec {
    ports = Copies.list(ports);
    selector = Copies.map(selector);
    clusterIPs = Copies.list(clusterIPs);
    externalIPs = Copies.list(externalIPs);
    loadBalancerSourceRanges = Copies.list(loadBalancerSourceRanges);
    ipFamilies = Copies.list(ipFamilies);
  }

  public ServiceSpec withPorts(List<ServicePort> ports) {
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

  public ServiceSpec withSelector(Map<String, String> selector) {
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

  public ServiceSpec withClusterIP(String clusterIP) {
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

  public ServiceSpec withClusterIPs(List<String> clusterIPs) {
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

  public ServiceSpec withType(String type) {
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

  public ServiceSpec withSessionAffinity(String sessionAffinity) {
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

  public ServiceSpec withExternalTrafficPolicy(String externalTrafficPolicy) {
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

  public ServiceSpec withIpFamilies(List<String> ipFamilies) {
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

  public ServiceSpec withIpFamilyPolicy(String ipFamilyPolicy) {
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

  public ServiceSpec withInternalTrafficPolicy(String internalTrafficPolicy) {
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
}
