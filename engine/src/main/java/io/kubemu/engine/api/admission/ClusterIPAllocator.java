package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.FieldError;
import io.kubemu.engine.api.FieldPath;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.api.Write;
import io.kubemu.engine.api.WriteListener;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServiceSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The Service IP half of the service REST storage (pkg/registry/core/service/storage: the
 * normalizeClusterIPs, patchAllocatedValues, initIPFamilyFields and allocClusterIPs steps of
 * beginCreate/beginUpdate), for a single-stack IPv4 cluster:
 *
 * <ul>
 *   <li>{@code clusterIPs} mirrors {@code clusterIP}; an update that omits them keeps the stored
 *       ones.
 *   <li>ipFamilyPolicy defaults to SingleStack (RequireDualStack for a headless service without
 *       selector) and ipFamilies to [IPv4]; IPv6 and dual stack are refused as on a cluster not
 *       configured for them.
 *   <li>A service that needs one (not ExternalName, not {@code clusterIP: None}) gets an IP of the
 *       service CIDR ({@value #DEFAULT_SERVICE_CIDR} by default): a requested one if free and in
 *       range, else one chosen by ipallocator's random scan with offset (the upper part of the
 *       range first, the lowest 256 addresses kept for static assignment), drawn from the cluster's
 *       seeded Random.
 * </ul>
 *
 * <p>An IP is held by its service ({@code namespace/name}) from admission on: re-admitting the same
 * service keeps its IP. Registered as a {@link WriteListener}, the allocator releases a service's
 * IP when the service is finally deleted or becomes ExternalName. Not thread-safe.
 */
public final class ClusterIPAllocator implements Admission, WriteListener {

  /** kube-apiserver's default --service-cluster-ip-range. */
  public static final String DEFAULT_SERVICE_CIDR = "10.96.0.0/12";

  private static final String IPV4 = "IPv4";

  private final String cidr;
  private final long base; // the first usable address (network + 1)
  private final int max; // usable addresses, without network and broadcast
  private final int offset; // the lower band kept for static allocation
  private final Random random;
  private final Map<Integer, String> owners = new HashMap<>(); // bit -> service; lookups only
  private final Map<String, Integer> byService = new HashMap<>(); // service -> bit; lookups only

  /** An allocator over {@value #DEFAULT_SERVICE_CIDR}. */
  public ClusterIPAllocator(Random random) {
    this(DEFAULT_SERVICE_CIDR, random);
  }

  /**
   * An allocator over an IPv4 CIDR.
   *
   * @throws IllegalArgumentException if {@code cidr} is not an IPv4 CIDR of at most /30
   */
  public ClusterIPAllocator(String cidr, Random random) {
    this.random = Objects.requireNonNull(random);
    int slash = cidr.indexOf('/');
    long network = slash < 0 ? -1 : IPs.parseIPv4(cidr.substring(0, slash));
    int bits = slash < 0 ? -1 : Integer.parseInt(cidr.substring(slash + 1));
    if (network < 0 || bits < 1 || bits > 30) {
      throw new IllegalArgumentException("not an IPv4 service CIDR: " + cidr);
    }
    long size = 1L << (32 - bits);
    network &= ~(size - 1);
    this.cidr = IPs.formatIPv4(network) + "/" + bits;
    this.base = network + 1;
    this.max = (int) Math.min(size - 2, Integer.MAX_VALUE);
    // calculateRangeOffset: min(max(16, size/16), 256), 0 for ranges of 16 or fewer
    this.offset = size <= 16 ? 0 : (int) Math.min(Math.max(16, size / 16), 256);
  }

  /** {@return the service CIDR} */
  public String cidr() {
    return cidr;
  }

  /** {@return how many IPs are held} */
  public int allocatedCount() {
    return owners.size();
  }

  /** {@return the service ({@code namespace/name}) holding {@code ip}, or null} */
  public String owner(String ip) {
    long v = IPs.parseIPv4(ip);
    return v < 0 ? null : owners.get((int) (v - base));
  }

  @Override
  public KubernetesObject admit(AdmissionRequest request) {
    if (!(request.object() instanceof Service svc) || !request.subresource().isEmpty()) {
      return request.object();
    }
    ServiceSpec spec = svc.spec() == null ? ServiceSpec.EMPTY : svc.spec();
    Service old = (Service) request.oldObject();
    ServiceSpec oldSpec = old == null || old.spec() == null ? null : old.spec();
    if (oldSpec != null) {
      spec = patchAllocatedValues(spec, oldSpec);
      spec = dropTypeDependentFields(spec, oldSpec);
    }
    spec = normalizeClusterIPs(spec, oldSpec);
    if (ServiceSpec.TYPE_EXTERNAL_NAME.equals(spec.type())) {
      return svc.withSpec(spec);
    }
    List<FieldError> errs = new ArrayList<>();
    ServiceValidation.clusterIPsRelatedFields(errs, spec);
    if (!errs.isEmpty()) throw invalid(svc, errs);
    spec = initIPFamilyFields(spec, svc);
    String key = svc.metadata().key();
    boolean needsAllocation =
        oldSpec == null
            || ServiceSpec.TYPE_EXTERNAL_NAME.equals(oldSpec.type())
            || oldSpec.clusterIPs().isEmpty();
    if (needsAllocation) {
      if (spec.clusterIPs().isEmpty()) {
        String ip = allocateNext(key, svc);
        spec = spec.withClusterIP(ip).withClusterIPs(List.of(ip));
      } else if (!ServiceValidation.isHeadless(spec)) {
        allocate(key, spec.clusterIPs().get(0), svc);
      }
    }
    return svc.withSpec(spec);
  }

  /** Releases the IP of a service finally deleted, or of one that no longer needs it. */
  @Override
  public void onWrite(Write write) {
    if (!(write.object() instanceof Service svc)) return;
    ServiceSpec spec = svc.spec() == null ? ServiceSpec.EMPTY : svc.spec();
    if (write.verb() == Verb.DELETED_FINAL || spec.clusterIPs().isEmpty()) {
      release(svc.metadata().key());
    }
  }

  /** Releases the IP {@code namespace/name} holds, if any. */
  public void release(String serviceKey) {
    Integer bit = byService.remove(serviceKey);
    if (bit != null) owners.remove(bit);
  }

  // patchAllocatedValues: an update that omits the allocated IPs keeps them
  private static ServiceSpec patchAllocatedValues(ServiceSpec spec, ServiceSpec old) {
    if (!needsClusterIP(old) || !needsClusterIP(spec)) return spec;
    ServiceSpec out = spec;
    if (isEmpty(out.clusterIP())) out = out.withClusterIP(old.clusterIP());
    if (out.clusterIPs().isEmpty() && !old.clusterIPs().isEmpty()) {
      out = out.withClusterIPs(old.clusterIPs());
    }
    return out;
  }

  // dropTypeDependentFields: a service turned ExternalName loses what it no longer needs, when
  // the update did not change it
  private static ServiceSpec dropTypeDependentFields(ServiceSpec spec, ServiceSpec old) {
    if (!needsClusterIP(old) || needsClusterIP(spec)) return spec;
    ServiceSpec out = spec;
    if (Objects.equals(spec.clusterIPs(), old.clusterIPs())) {
      out = out.withClusterIP(null).withClusterIPs(List.of());
    }
    if (Objects.equals(spec.ipFamilies(), old.ipFamilies())) out = out.withIpFamilies(List.of());
    if (Objects.equals(spec.ipFamilyPolicy(), old.ipFamilyPolicy())) {
      out = out.withIpFamilyPolicy(null);
    }
    if (Objects.equals(spec.internalTrafficPolicy(), old.internalTrafficPolicy())) {
      out = out.withInternalTrafficPolicy(null);
    }
    return out;
  }

  // normalizeClusterIPs: keep clusterIPs in step with a client that only sets clusterIP
  private static ServiceSpec normalizeClusterIPs(ServiceSpec spec, ServiceSpec old) {
    if (old == null) {
      if (!isEmpty(spec.clusterIP()) && spec.clusterIPs().isEmpty()) {
        return spec.withClusterIPs(List.of(spec.clusterIP()));
      }
      return spec;
    }
    boolean sameIPs = spec.clusterIPs().equals(old.clusterIPs());
    if (!isEmpty(old.clusterIP()) && isEmpty(spec.clusterIP())) {
      // the user cleared the singular: clear the plural too, unless it was changed
      return sameIPs ? spec.withClusterIPs(List.of()) : spec;
    }
    if (!Objects.equals(old.clusterIP(), spec.clusterIP()) && sameIPs) {
      return spec.withClusterIPs(List.of(spec.clusterIP()));
    }
    return spec;
  }

  // initIPFamilyFields, for a single-stack IPv4 cluster
  private ServiceSpec initIPFamilyFields(ServiceSpec spec, Service svc) {
    FieldPath specPath = FieldPath.root("spec");
    List<String> families = new ArrayList<>(spec.ipFamilies());
    boolean headless = ServiceValidation.isHeadless(spec);
    String policy = spec.ipFamilyPolicy();
    if (headless && spec.selector().isEmpty()) {
      // selectorless headless services get every family the cluster has
      if (policy == null) policy = "RequireDualStack";
      if (families.isEmpty()) families.add(IPV4);
      return spec.withIpFamilyPolicy(policy).withIpFamilies(families);
    }
    if (policy == null && (spec.clusterIPs().size() == 2 || families.size() == 2)) {
      policy = "RequireDualStack";
    }
    for (int i = 0; i < spec.clusterIPs().size(); i++) {
      String ip = spec.clusterIPs().get(i);
      if (ip.equals(ServiceSpec.CLUSTER_IP_NONE)) break;
      if (families.size() < i + 1) families.add(IPs.isIPv6(ip) ? "IPv6" : IPV4);
    }
    List<FieldError> errs = new ArrayList<>();
    if ("RequireDualStack".equals(policy)) {
      errs.add(
          FieldError.invalid(
              specPath.child("ipFamilyPolicy"),
              policy,
              "this cluster is not configured for dual-stack services"));
    }
    for (int i = 0; i < families.size(); i++) {
      if (!families.get(i).equals(IPV4)) {
        errs.add(
            FieldError.invalid(
                specPath.child("ipFamilies").index(i),
                families.get(i),
                "not configured on this cluster"));
      }
    }
    if (!errs.isEmpty()) throw invalid(svc, errs);
    if (policy == null) policy = ServiceSpec.SINGLE_STACK;
    if (families.isEmpty()) families.add(IPV4);
    return spec.withIpFamilyPolicy(policy).withIpFamilies(families);
  }

  // Range.AllocateNext with randomScanStrategyWithOffset
  private String allocateNext(String key, Service svc) {
    Integer held = byService.get(key);
    if (held != null) return IPs.formatIPv4(base + held);
    if (owners.size() >= max) {
      throw new ApiException(
          500,
          "InternalError",
          "Internal error occurred: failed to allocate a serviceIP: range is full",
          null,
          svc.metadata().name());
    }
    int bit = -1;
    int upper = max - offset;
    if (upper > 0) {
      int start = random.nextInt(upper);
      for (int i = 0; i < upper && bit < 0; i++) {
        int at = offset + ((start + i) % upper);
        if (!owners.containsKey(at)) bit = at;
      }
    }
    if (bit < 0 && offset > 0) {
      int start = random.nextInt(offset);
      for (int i = 0; i < offset && bit < 0; i++) {
        int at = (start + i) % offset;
        if (!owners.containsKey(at)) bit = at;
      }
    }
    hold(key, bit);
    return IPs.formatIPv4(base + bit);
  }

  // Range.Allocate of a requested IP
  private void allocate(String key, String ip, Service svc) {
    long v = IPs.parseIPv4(ip);
    long bit = v - base;
    String error = null;
    if (v < 0 || bit < 0 || bit >= max) {
      error =
          "the provided IP ("
              + ip
              + ") is not in the valid range. The range of valid IPs is "
              + cidr;
    } else {
      String owner = owners.get((int) bit);
      if (owner != null && !owner.equals(key)) error = "provided IP is already allocated";
    }
    if (error != null) {
      ServiceSpec spec = svc.spec() == null ? ServiceSpec.EMPTY : svc.spec();
      List<String> ips = spec.clusterIPs().isEmpty() ? List.of(ip) : spec.clusterIPs();
      throw invalid(
          svc,
          List.of(
              FieldError.invalid(
                  FieldPath.root("spec", "clusterIPs"),
                  GoValues.strings(ips),
                  "failed to allocate IP " + ip + ": " + error)));
    }
    release(key);
    hold(key, (int) bit);
  }

  private void hold(String key, int bit) {
    owners.put(bit, key);
    byService.put(key, bit);
  }

  private static ApiException.Invalid invalid(Service svc, List<FieldError> errs) {
    return new ApiException.Invalid(
        io.kubemu.model.Kinds.of(Service.class), svc.metadata().name(), errs);
  }

  private static boolean needsClusterIP(ServiceSpec spec) {
    return !ServiceSpec.TYPE_EXTERNAL_NAME.equals(spec.type());
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
