package io.kubemu.engine.controller.endpoints;

import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.IntOrString;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.EndpointAddress;
import io.kubemu.model.core.EndpointPort;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServicePort;
import io.kubemu.model.core.ServiceSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The pure part of the endpoints controller: which pods a Service's Endpoints list, with which
 * address and ports, packed into subsets (upstream endpoints_controller.go's syncService loop,
 * pkg/api/v1/endpoints RepackSubsets, endpointslice util and podutil.FindPort).
 *
 * <p>Ordering differs from upstream in one respect: upstream sorts ports and subsets by a hash of
 * their Go representation; here ports are sorted by name, port and protocol, and subsets by their
 * first address (ready before not ready), which is as deterministic and easier to read.
 */
public final class Subsets {
  private Subsets() {}

  /** The protocol a port has when none is given (defaulting's TCP). */
  public static final String DEFAULT_PROTOCOL = "TCP";

  /** {@return the subsets of the Endpoints for a service and the pods its selector matches} */
  public static List<EndpointSubset> compute(Service service, List<Pod> pods) {
    ServiceSpec spec = service.spec() == null ? ServiceSpec.EMPTY : service.spec();
    boolean publishNotReady = Boolean.TRUE.equals(spec.publishNotReadyAddresses());
    List<EndpointSubset> subsets = new ArrayList<>();
    for (Pod pod : pods) {
      if (!shouldPodBeInEndpoints(pod, publishNotReady)) continue;
      EndpointAddress epa = podToEndpointAddress(pod);
      if (shouldSetHostname(pod, service)) {
        epa = new EndpointAddress(epa.ip(), pod.spec().hostname(), epa.nodeName(), epa.targetRef());
      }
      boolean ready = publishNotReady || PodUtils.isPodReady(pod);
      if (spec.ports().isEmpty()) {
        // Allow headless service not to have ports.
        if (ServiceSpec.CLUSTER_IP_NONE.equals(spec.clusterIP())) {
          subsets.add(subset(epa, ready, List.of()));
        }
        continue;
      }
      for (ServicePort sp : spec.ports()) {
        OptionalInt port = findPort(pod, sp);
        if (port.isEmpty()) continue; // upstream logs "Failed to find port for service"
        EndpointPort epp =
            new EndpointPort(sp.name(), port.getAsInt(), protocol(sp.protocol()), sp.appProtocol());
        subsets.add(subset(epa, ready, List.of(epp)));
      }
    }
    return repack(subsets);
  }

  // addEndpointSubset
  private static EndpointSubset subset(EndpointAddress epa, boolean ready, List<EndpointPort> p) {
    return ready
        ? new EndpointSubset(List.of(epa), List.of(), p)
        : new EndpointSubset(List.of(), List.of(epa), p);
  }

  /**
   * {@return whether a pod belongs in a service's endpoints} (endpointsliceutil.
   * ShouldPodBeInEndpoints): it has an IP, is not terminating (unless {@code includeTerminating})
   * and has not finished for good under its restart policy.
   */
  public static boolean shouldPodBeInEndpoints(Pod pod, boolean includeTerminating) {
    if (pod.status() == null) return false;
    boolean noIp = isEmpty(pod.status().podIP()) && pod.status().podIPs().isEmpty();
    if (noIp) return false;
    if (!includeTerminating && pod.metadata().deletionTimestamp() != null) return false;
    String phase = pod.status().phase();
    String restart = pod.spec() == null ? null : pod.spec().restartPolicy();
    if (Pod.RESTART_NEVER.equals(restart)) {
      return !Pod.PHASE_FAILED.equals(phase) && !Pod.PHASE_SUCCEEDED.equals(phase);
    }
    if (Pod.RESTART_ON_FAILURE.equals(restart)) return !Pod.PHASE_SUCCEEDED.equals(phase);
    return true;
  }

  /** {@return whether the pod's hostname goes into the address} (ShouldSetHostname) */
  public static boolean shouldSetHostname(Pod pod, Service svc) {
    return pod.spec() != null
        && !isEmpty(pod.spec().hostname())
        && Objects.equals(pod.spec().subdomain(), svc.metadata().name())
        && Objects.equals(svc.metadata().namespace(), pod.metadata().namespace());
  }

  // podToEndpointAddressForService (single-stack: the pod's primary IP)
  static EndpointAddress podToEndpointAddress(Pod pod) {
    String ip = pod.status().podIP();
    if (isEmpty(ip)) ip = pod.status().podIPs().get(0).ip();
    ObjectReference ref =
        new ObjectReference(
            Pod.KIND,
            pod.metadata().namespace(),
            pod.metadata().name(),
            pod.metadata().uid(),
            null,
            null,
            null);
    return new EndpointAddress(ip, null, PodUtils.nodeName(pod), ref);
  }

  /**
   * {@return the container port a service port targets on a pod} (podutil.FindPort): an int
   * targetPort as is (the service port when unset, as defaulting sets it), a named one looked up
   * among the pod's containers' ports of the same protocol; empty when the name is not found.
   */
  public static OptionalInt findPort(Pod pod, ServicePort sp) {
    IntOrString target = sp.targetPort();
    if (target == null) {
      return sp.port() == null ? OptionalInt.empty() : OptionalInt.of(sp.port());
    }
    if (target.type() == IntOrString.Type.INT) return OptionalInt.of(target.intValue());
    String name = target.strValue();
    if (pod.spec() == null) return OptionalInt.empty();
    for (Container c : pod.spec().containers()) {
      for (ContainerPort p : c.ports()) {
        if (name.equals(p.name())
            && protocol(p.protocol()).equals(protocol(sp.protocol()))
            && p.containerPort() != null) {
          return OptionalInt.of(p.containerPort());
        }
      }
    }
    return OptionalInt.empty();
  }

  private static String protocol(String p) {
    return isEmpty(p) ? DEFAULT_PROTOCOL : p;
  }

  private static final EndpointPort SENTINEL = new EndpointPort(null, -1, null, null);

  /**
   * {@return subsets regrouped so that each lists the addresses offering exactly its ports}
   * (endpoints.RepackSubsets): an address both ready and not ready counts as ready; addresses are
   * de-duplicated by IP and target uid.
   */
  public static List<EndpointSubset> repack(List<EndpointSubset> subsets) {
    Map<String, EndpointAddress> allAddrs = new LinkedHashMap<>();
    Map<EndpointPort, Map<String, Boolean>> portToAddrReady = new LinkedHashMap<>();
    for (EndpointSubset s : subsets) {
      List<EndpointPort> ports = s.ports().isEmpty() ? List.of(SENTINEL) : s.ports();
      for (EndpointPort port : ports) {
        for (EndpointAddress a : s.addresses()) {
          portToAddrReady
              .computeIfAbsent(port, p -> new LinkedHashMap<>())
              .put(addressKey(a, allAddrs), true);
        }
        for (EndpointAddress a : s.notReadyAddresses()) {
          portToAddrReady
              .computeIfAbsent(port, p -> new LinkedHashMap<>())
              .putIfAbsent(addressKey(a, allAddrs), false);
        }
      }
    }
    // map the sets of hosts to the sets of ports they offer
    Map<Map<String, Boolean>, List<EndpointPort>> addrsToPorts = new LinkedHashMap<>();
    for (Map.Entry<EndpointPort, Map<String, Boolean>> e : portToAddrReady.entrySet()) {
      List<EndpointPort> ports = addrsToPorts.computeIfAbsent(e.getValue(), k -> new ArrayList<>());
      if (e.getKey().port() > 0) ports.add(e.getKey()); // avoid sentinels
    }
    List<EndpointSubset> out = new ArrayList<>();
    for (Map.Entry<Map<String, Boolean>, List<EndpointPort>> e : addrsToPorts.entrySet()) {
      List<EndpointAddress> ready = new ArrayList<>();
      List<EndpointAddress> notReady = new ArrayList<>();
      e.getKey().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(a -> (a.getValue() ? ready : notReady).add(allAddrs.get(a.getKey())));
      List<EndpointPort> ports = new ArrayList<>(e.getValue());
      ports.sort(PORT_ORDER);
      out.add(new EndpointSubset(ready, notReady, ports));
    }
    out.sort(Comparator.comparing(Subsets::subsetKey));
    return out;
  }

  private static final Comparator<EndpointPort> PORT_ORDER =
      Comparator.comparing((EndpointPort p) -> Objects.toString(p.name(), ""))
          .thenComparing(EndpointPort::port)
          .thenComparing(p -> Objects.toString(p.protocol(), ""));

  // addressKey: IP and target uid; the first address seen for a key is kept
  private static String addressKey(EndpointAddress a, Map<String, EndpointAddress> all) {
    String uid = a.targetRef() == null ? "" : Objects.toString(a.targetRef().uid(), "");
    String key = a.ip() + "/" + uid; // LessEndpointAddress: IP bytes, then uid
    all.putIfAbsent(key, a);
    return key;
  }

  private static String subsetKey(EndpointSubset s) {
    if (!s.addresses().isEmpty()) return "0" + s.addresses().get(0).ip();
    if (!s.notReadyAddresses().isEmpty()) return "1" + s.notReadyAddresses().get(0).ip();
    return "2";
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
