package io.kubemu.engine.kubectl.describe;

import io.kubemu.engine.kubectl.printers.HumanDuration;
import io.kubemu.engine.kubectl.printers.NodePrinter;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAddress;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.NodeSystemInfo;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code kubectl describe node} (describe.go describeNode, v1.30). kubemu models no Lease objects:
 * the Lease section shows what the kubelet's lease would hold (the node as holder, renewed at the
 * Ready condition's last heartbeat).
 */
final class NodeDescriber {
  private NodeDescriber() {}

  static String describe(Node node, List<Pod> nonTerminatedPods, List<Event> events, Instant now) {
    PrefixWriter w = new PrefixWriter();
    NodeSpec spec = node.spec();
    NodeStatus st = node.status();
    w.write(0, "Name:\t" + node.metadata().name() + "\n");
    List<String> roles = NodePrinter.roles(node);
    w.write(0, "Roles:\t" + (roles.isEmpty() ? "<none>" : String.join(",", roles)) + "\n");
    DescribeSupport.labels(w, "Labels", node.metadata().labels());
    DescribeSupport.annotations(w, "Annotations", node.metadata().annotations());
    w.write(
        0,
        "CreationTimestamp:\t"
            + DescribeSupport.rfc1123z(node.metadata().creationTimestamp())
            + "\n");
    DescribeSupport.taints(w, "Taints", spec == null ? List.of() : spec.taints());
    boolean unschedulable = spec != null && Boolean.TRUE.equals(spec.unschedulable());
    w.write(0, "Unschedulable:\t" + unschedulable + "\n");
    w.write(0, "Lease:\n");
    w.write(1, "HolderIdentity:\t" + node.metadata().name() + "\n");
    w.write(1, "AcquireTime:\t<unset>\n");
    Instant renew = null;
    if (st != null) {
      for (NodeCondition c : st.conditions()) {
        if ("Ready".equals(c.type())) renew = c.lastHeartbeatTime();
      }
    }
    w.write(
        1, "RenewTime:\t" + (renew == null ? "<unset>" : DescribeSupport.rfc1123z(renew)) + "\n");
    if (st != null && !st.conditions().isEmpty()) {
      w.write(
          0,
          "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
      w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
      for (NodeCondition c : st.conditions()) {
        w.write(
            1,
            c.type()
                + " \t"
                + c.status()
                + " \t"
                + DescribeSupport.rfc1123z(c.lastHeartbeatTime())
                + " \t"
                + DescribeSupport.rfc1123z(c.lastTransitionTime())
                + " \t"
                + DescribeSupport.nullToEmpty(c.reason())
                + " \t"
                + DescribeSupport.nullToEmpty(c.message())
                + "\n");
      }
    }
    w.write(0, "Addresses:\n");
    if (st != null) {
      for (NodeAddress a : st.addresses()) w.write(1, a.type() + ":\t" + a.address() + "\n");
    }
    if (st != null && !st.capacity().isEmpty()) {
      w.write(0, "Capacity:\n");
      resourceList(w, st.capacity());
    }
    if (st != null && !st.allocatable().isEmpty()) {
      w.write(0, "Allocatable:\n");
      resourceList(w, st.allocatable());
    }
    NodeSystemInfo info = st == null ? null : st.nodeInfo();
    Function<Function<NodeSystemInfo, String>, String> field =
        f -> info == null ? "" : DescribeSupport.nullToEmpty(f.apply(info));
    w.write(0, "System Info:\n");
    w.write(0, "  Machine ID:\t" + field.apply(NodeSystemInfo::machineID) + "\n");
    w.write(0, "  System UUID:\t" + field.apply(NodeSystemInfo::systemUUID) + "\n");
    w.write(0, "  Boot ID:\t" + field.apply(NodeSystemInfo::bootID) + "\n");
    w.write(0, "  Kernel Version:\t" + field.apply(NodeSystemInfo::kernelVersion) + "\n");
    w.write(0, "  OS Image:\t" + field.apply(NodeSystemInfo::osImage) + "\n");
    w.write(0, "  Operating System:\t" + field.apply(NodeSystemInfo::operatingSystem) + "\n");
    w.write(0, "  Architecture:\t" + field.apply(NodeSystemInfo::architecture) + "\n");
    w.write(
        0,
        "  Container Runtime Version:\t"
            + field.apply(NodeSystemInfo::containerRuntimeVersion)
            + "\n");
    w.write(0, "  Kubelet Version:\t" + field.apply(NodeSystemInfo::kubeletVersion) + "\n");
    w.write(0, "  Kube-Proxy Version:\t" + field.apply(NodeSystemInfo::kubeProxyVersion) + "\n");
    if (spec != null && spec.podCIDR() != null && !spec.podCIDR().isEmpty()) {
      w.write(0, "PodCIDR:\t" + spec.podCIDR() + "\n");
    }
    if (spec != null && !spec.podCIDRs().isEmpty()) {
      w.write(0, "PodCIDRs:\t" + String.join(",", spec.podCIDRs()) + "\n");
    }
    if (spec != null && spec.providerID() != null && !spec.providerID().isEmpty()) {
      w.write(0, "ProviderID:\t" + spec.providerID() + "\n");
    }
    resources(w, node, nonTerminatedPods, now);
    DescribeSupport.events(w, events, now);
    return w.text();
  }

  private static void resourceList(PrefixWriter w, Map<String, Quantity> list) {
    for (Map.Entry<String, Quantity> e : new TreeMap<>(list).entrySet()) {
      w.write(0, "  " + e.getKey() + ":\t" + e.getValue() + "\n");
    }
  }

  // describeNodeResource
  private static void resources(PrefixWriter w, Node node, List<Pod> pods, Instant now) {
    w.write(0, "Non-terminated Pods:\t(" + pods.size() + " in total)\n");
    w.write(
        1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
    w.write(
        1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
    Map<String, Quantity> allocatable =
        node.status() == null
            ? Map.of()
            : node.status().allocatable().isEmpty()
                ? node.status().capacity()
                : node.status().allocatable();
    Quantity allocCpu = allocatable.getOrDefault("cpu", Quantity.ZERO);
    Quantity allocMem = allocatable.getOrDefault("memory", Quantity.ZERO);
    Quantity allocEph = allocatable.getOrDefault("ephemeral-storage", Quantity.ZERO);
    Map<String, Quantity> totalReqs = new LinkedHashMap<>();
    Map<String, Quantity> totalLimits = new LinkedHashMap<>();
    for (Pod pod : pods) {
      Map<String, Quantity> req = podTotals(pod, true);
      Map<String, Quantity> lim = podTotals(pod, false);
      add(totalReqs, req);
      add(totalLimits, lim);
      Quantity cpuReq = req.getOrDefault("cpu", Quantity.ZERO);
      Quantity cpuLim = lim.getOrDefault("cpu", Quantity.ZERO);
      Quantity memReq = req.getOrDefault("memory", Quantity.ZERO);
      Quantity memLim = lim.getOrDefault("memory", Quantity.ZERO);
      w.write(
          1,
          DescribeSupport.nullToEmpty(pod.metadata().namespace())
              + "\t"
              + pod.metadata().name()
              + "\t\t"
              + cpuReq
              + " ("
              + percent(cpuReq.milliValue(), allocCpu.milliValue())
              + "%)\t"
              + cpuLim
              + " ("
              + percent(cpuLim.milliValue(), allocCpu.milliValue())
              + "%)\t"
              + memReq
              + " ("
              + percent(memReq.value(), allocMem.value())
              + "%)\t"
              + memLim
              + " ("
              + percent(memLim.value(), allocMem.value())
              + "%)\t"
              + HumanDuration.since(pod.metadata().creationTimestamp(), now)
              + "\n");
    }
    w.write(
        0,
        "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
    w.write(1, "Resource\tRequests\tLimits\n");
    w.write(1, "--------\t--------\t------\n");
    Quantity cpuReqs = totalReqs.getOrDefault("cpu", Quantity.ZERO);
    Quantity cpuLims = totalLimits.getOrDefault("cpu", Quantity.ZERO);
    Quantity memReqs = totalReqs.getOrDefault("memory", Quantity.ZERO);
    Quantity memLims = totalLimits.getOrDefault("memory", Quantity.ZERO);
    Quantity ephReqs = totalReqs.getOrDefault("ephemeral-storage", Quantity.ZERO);
    Quantity ephLims = totalLimits.getOrDefault("ephemeral-storage", Quantity.ZERO);
    w.write(
        1,
        "cpu\t"
            + cpuReqs
            + " ("
            + percent(cpuReqs.milliValue(), allocCpu.milliValue())
            + "%)\t"
            + cpuLims
            + " ("
            + percent(cpuLims.milliValue(), allocCpu.milliValue())
            + "%)\n");
    w.write(
        1,
        "memory\t"
            + memReqs
            + " ("
            + percent(memReqs.value(), allocMem.value())
            + "%)\t"
            + memLims
            + " ("
            + percent(memLims.value(), allocMem.value())
            + "%)\n");
    w.write(
        1,
        "ephemeral-storage\t"
            + ephReqs
            + " ("
            + percent(ephReqs.value(), allocEph.value())
            + "%)\t"
            + ephLims
            + " ("
            + percent(ephLims.value(), allocEph.value())
            + "%)\n");
  }

  // int64(float64(part) / float64(whole) * 100), 0 when nothing is allocatable
  private static long percent(long part, long whole) {
    if (whole == 0) return 0;
    return (long) ((double) part / (double) whole * 100);
  }

  private static void add(Map<String, Quantity> into, Map<String, Quantity> more) {
    more.forEach((k, v) -> into.merge(k, v, Quantity::add));
  }

  // resourcehelper.PodRequestsAndLimits: app containers and sidecars summed, the largest init
  // container's need if larger, plus the pod overhead
  static Map<String, Quantity> podTotals(Pod pod, boolean requests) {
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    Map<String, Quantity> total = new TreeMap<>();
    for (Container c : spec.containers()) add(total, of(c, requests));
    Map<String, Quantity> restartable = new TreeMap<>();
    Map<String, Quantity> initMax = new TreeMap<>();
    for (Container c : spec.initContainers()) {
      Map<String, Quantity> need = new TreeMap<>(of(c, requests));
      if ("Always".equals(c.restartPolicy())) {
        add(total, need);
        add(restartable, need);
        need = new TreeMap<>(restartable);
      } else {
        add(need, restartable);
      }
      need.forEach((k, v) -> initMax.merge(k, v, (a, b) -> a.compareTo(b) >= 0 ? a : b));
    }
    initMax.forEach((k, v) -> total.merge(k, v, (a, b) -> a.compareTo(b) >= 0 ? a : b));
    add(total, spec.overhead());
    return total;
  }

  private static Map<String, Quantity> of(Container c, boolean requests) {
    if (c.resources() == null) return Map.of();
    return requests ? c.resources().requests() : c.resources().limits();
  }
}
