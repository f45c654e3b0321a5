package io.kubemu.engine.api.admission;

import io.kubemu.model.IntOrString;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.EndpointPort;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.HostPathVolumeSource;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.NamespaceStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimSpec;
import io.kubemu.model.core.PersistentVolumeClaimStatus;
import io.kubemu.model.core.PersistentVolumeSpec;
import io.kubemu.model.core.PersistentVolumeStatus;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServicePort;
import io.kubemu.model.core.ServiceSpec;
import io.kubemu.model.core.VolumeResourceRequirements;
import java.util.Map;

/**
 * The core/v1 defaults of everything but pods (upstream pkg/apis/core/v1/defaults.go; pods are in
 * {@link PodDefaults}). Pure functions: each returns its argument when nothing needed a default.
 *
 * <ul>
 *   <li>Service: type ClusterIP, sessionAffinity None, port protocol TCP, targetPort = port,
 *       internalTrafficPolicy Cluster (ClusterIP, NodePort, LoadBalancer), externalTrafficPolicy
 *       Cluster when externally accessible, allocateLoadBalancerNodePorts true for LoadBalancer. IP
 *       families and cluster IPs are the {@link ClusterIPAllocator}'s.
 *   <li>PersistentVolumeClaim: volumeMode Filesystem; status phase Pending.
 *   <li>PersistentVolume: persistentVolumeReclaimPolicy Retain, volumeMode Filesystem, hostPath
 *       type ""; status phase Pending.
 *   <li>Node: status allocatable = capacity when unset.
 *   <li>Namespace: label {@code kubernetes.io/metadata.name}; status phase Active.
 *   <li>Secret: type Opaque. Endpoints: port protocol TCP.
 * </ul>
 */
public final class CoreDefaults {
  private CoreDefaults() {}

  /** The label every namespace carries with its own name (SetDefaults_Namespace). */
  public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  /** SetDefaults_Service. */
  public static Service service(Service service) {
    ServiceSpec spec = service.spec() == null ? ServiceSpec.EMPTY : service.spec();
    RecordEdit<ServiceSpec> e = RecordEdit.of(spec);
    e.orElse("sessionAffinity", ServiceSpec.AFFINITY_NONE)
        .orElse("type", ServiceSpec.TYPE_CLUSTER_IP);
    String type = (String) e.get("type");
    e.set("ports", PodDefaults.map(spec.ports(), CoreDefaults::servicePort));
    if (externallyAccessible(type, spec) && isEmpty(spec.externalTrafficPolicy())) {
      e.set("externalTrafficPolicy", ServiceSpec.TRAFFIC_CLUSTER);
    }
    if (spec.internalTrafficPolicy() == null
        && (ServiceSpec.TYPE_NODE_PORT.equals(type)
            || ServiceSpec.TYPE_LOAD_BALANCER.equals(type)
            || ServiceSpec.TYPE_CLUSTER_IP.equals(type))) {
      e.set("internalTrafficPolicy", ServiceSpec.TRAFFIC_CLUSTER);
    }
    if (ServiceSpec.TYPE_LOAD_BALANCER.equals(type)) {
      e.orElse("allocateLoadBalancerNodePorts", true);
    }
    ServiceSpec out = e.build();
    return out == service.spec() ? service : service.withSpec(out);
  }

  private static ServicePort servicePort(ServicePort p) {
    ServicePort out = p;
    if (isEmpty(p.protocol())) out = out.withProtocol("TCP");
    IntOrString t = p.targetPort();
    if (t == null || t.equals(IntOrString.of(0)) || t.equals(IntOrString.of(""))) {
      out = out.withTargetPort(IntOrString.of(p.port() == null ? 0 : p.port()));
    }
    return out;
  }

  // service.ExternallyAccessible
  private static boolean externallyAccessible(String type, ServiceSpec spec) {
    return ServiceSpec.TYPE_LOAD_BALANCER.equals(type)
        || ServiceSpec.TYPE_NODE_PORT.equals(type)
        || (ServiceSpec.TYPE_CLUSTER_IP.equals(type) && !spec.externalIPs().isEmpty());
  }

  /** SetDefaults_PersistentVolumeClaim and SetDefaults_PersistentVolumeClaimSpec. */
  public static PersistentVolumeClaim pvc(PersistentVolumeClaim pvc) {
    PersistentVolumeClaim out = pvc;
    PersistentVolumeClaimSpec spec = pvcSpec(pvc.spec());
    if (spec != pvc.spec()) out = out.withSpec(spec);
    PersistentVolumeClaimStatus status = pvc.status();
    if (status == null || isEmpty(status.phase())) {
      status = status == null ? PersistentVolumeClaimStatus.EMPTY : status;
      out = out.withStatus(status.withPhase(PersistentVolumeClaim.PHASE_PENDING));
    }
    return out;
  }

  /** SetDefaults_PersistentVolumeClaimSpec: volumeMode Filesystem (and quantities rounded). */
  public static PersistentVolumeClaimSpec pvcSpec(PersistentVolumeClaimSpec spec) {
    PersistentVolumeClaimSpec s = spec == null ? PersistentVolumeClaimSpec.EMPTY : spec;
    if (s.volumeMode() == null) s = s.withVolumeMode(PersistentVolumeClaim.VOLUME_MODE_FILESYSTEM);
    VolumeResourceRequirements r = s.resources();
    if (r != null) {
      Map<String, Quantity> limits = PodDefaults.resourceList(r.limits());
      Map<String, Quantity> requests = PodDefaults.resourceList(r.requests());
      if (limits != r.limits() || requests != r.requests()) {
        s = s.withResources(new VolumeResourceRequirements(limits, requests));
      }
    }
    return s.equals(spec) ? spec : s;
  }

  /** SetDefaults_PersistentVolume. */
  public static PersistentVolume pv(PersistentVolume pv) {
    PersistentVolumeSpec spec = pv.spec() == null ? PersistentVolumeSpec.EMPTY : pv.spec();
    RecordEdit<PersistentVolumeSpec> e = RecordEdit.of(spec);
    e.set("capacity", PodDefaults.resourceList(spec.capacity()));
    if (isEmpty(spec.persistentVolumeReclaimPolicy())) {
      e.set("persistentVolumeReclaimPolicy", PersistentVolume.RECLAIM_RETAIN);
    }
    e.orElse("volumeMode", PersistentVolumeClaim.VOLUME_MODE_FILESYSTEM);
    if (spec.hostPath() != null && spec.hostPath().type() == null) {
      e.set("hostPath", new HostPathVolumeSource(spec.hostPath().path(), ""));
    }
    PersistentVolumeSpec outSpec = e.build();
    PersistentVolume out = outSpec == pv.spec() ? pv : pv.withSpec(outSpec);
    PersistentVolumeStatus status = pv.status();
    if (status == null || isEmpty(status.phase())) {
      out =
          out.withStatus(
              status == null
                  ? new PersistentVolumeStatus(PersistentVolume.PHASE_PENDING, null, null, null)
                  : RecordEdit.of(status).set("phase", PersistentVolume.PHASE_PENDING).build());
    }
    return out;
  }

  /** SetDefaults_NodeStatus: allocatable defaults to capacity (and quantities rounded). */
  public static Node node(Node node) {
    NodeStatus status = node.status();
    if (status == null) return node;
    NodeStatus s =
        status
            .withCapacity(PodDefaults.resourceList(status.capacity()))
            .withAllocatable(PodDefaults.resourceList(status.allocatable()));
    if (s.allocatable().isEmpty() && !s.capacity().isEmpty()) s = s.withAllocatable(s.capacity());
    return s.equals(status) ? node : node.withStatus(s);
  }

  /** SetDefaults_Namespace and SetDefaults_NamespaceStatus. */
  public static Namespace namespace(Namespace ns) {
    Namespace out = ns;
    String name = ns.metadata().name();
    if (!isEmpty(name) && !name.equals(ns.metadata().label(NAMESPACE_NAME_LABEL))) {
      out = out.withMetadata(ns.metadata().withLabel(NAMESPACE_NAME_LABEL, name));
    }
    if (ns.status() == null || isEmpty(ns.status().phase())) {
      out = out.withStatus(new NamespaceStatus(Namespace.PHASE_ACTIVE));
    }
    return out;
  }

  /** SetDefaults_Secret: type Opaque. */
  public static Secret secret(Secret secret) {
    return isEmpty(secret.type()) ? secret.withType(Secret.TYPE_OPAQUE) : secret;
  }

  /** SetDefaults_Endpoints: port protocol TCP. */
  public static Endpoints endpoints(Endpoints endpoints) {
    var subsets = PodDefaults.map(endpoints.subsets(), CoreDefaults::subset);
    return subsets == endpoints.subsets() ? endpoints : endpoints.withSubsets(subsets);
  }

  private static EndpointSubset subset(EndpointSubset s) {
    var ports =
        PodDefaults.map(
            s.ports(),
            p ->
                isEmpty(p.protocol())
                    ? new EndpointPort(p.name(), p.port(), "TCP", p.appProtocol())
                    : p);
    return RecordEdit.of(s).set("ports", ports).build();
  }

  static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
