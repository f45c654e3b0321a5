package io.kubemu.engine.kubectl.describe;

import io.kubemu.engine.kubectl.printers.HumanDuration;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodIP;
import io.kubemu.model.core.PodReadinessGate;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.core.ResourceRequirements;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code kubectl describe pod} (describe.go describePod, v1.30). */
final class PodDescriber {
  private PodDescriber() {}

  static String describe(Pod pod, List<Event> events, Instant now) {
    PrefixWriter w = new PrefixWriter();
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    PodStatus st =
        pod.status() != null
            ? pod.status()
            : new PodStatus(
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    w.write(0, "Name:\t" + pod.metadata().name() + "\n");
    w.write(0, "Namespace:\t" + DescribeSupport.nullToEmpty(pod.metadata().namespace()) + "\n");
    if (spec.priority() != null) w.write(0, "Priority:\t" + spec.priority() + "\n");
    if (notEmpty(spec.priorityClassName())) {
      w.write(0, "Priority Class Name:\t" + spec.priorityClassName() + "\n");
    }
    if (notEmpty(spec.runtimeClassName())) {
      w.write(0, "Runtime Class Name:\t" + spec.runtimeClassName() + "\n");
    }
    if (notEmpty(spec.serviceAccountName())) {
      w.write(0, "Service Account:\t" + spec.serviceAccountName() + "\n");
    }
    if (!notEmpty(spec.nodeName())) {
      w.write(0, "Node:\t<none>\n");
    } else {
      w.write(
          0, "Node:\t" + spec.nodeName() + "/" + DescribeSupport.nullToEmpty(st.hostIP()) + "\n");
    }
    if (st.startTime() != null) {
      w.write(0, "Start Time:\t" + DescribeSupport.rfc1123z(st.startTime()) + "\n");
    }
    DescribeSupport.labels(w, "Labels", pod.metadata().labels());
    DescribeSupport.annotations(w, "Annotations", pod.metadata().annotations());
    if (pod.metadata().deletionTimestamp() != null) {
      w.write(
          0,
          "Status:\tTerminating (lasts "
              + HumanDuration.since(pod.metadata().deletionTimestamp(), now)
              + ")\n");
      Long grace = pod.metadata().deletionGracePeriodSeconds();
      w.write(0, "Termination Grace Period:\t" + (grace == null ? 0 : grace) + "s\n");
    } else {
      w.write(0, "Status:\t" + DescribeSupport.nullToEmpty(st.phase()) + "\n");
    }
    if (notEmpty(st.reason())) w.write(0, "Reason:\t" + st.reason() + "\n");
    if (notEmpty(st.message())) w.write(0, "Message:\t" + st.message() + "\n");
    w.write(0, "IP:\t" + DescribeSupport.nullToEmpty(st.podIP()) + "\n");
    List<PodIP> ips =
        st.podIPs().isEmpty() && notEmpty(st.podIP())
            ? List.of(new PodIP(st.podIP()))
            : st.podIPs();
    if (ips.isEmpty()) {
      w.write(0, "IPs:\t<none>\n");
    } else {
      w.write(0, "IPs:\n");
      for (PodIP ip : ips) w.write(1, "IP:\t" + ip.ip() + "\n");
    }
    OwnerReference controller = pod.metadata().controllerRef();
    if (controller != null) {
      w.write(0, "Controlled By:\t" + controller.kind() + "/" + controller.name() + "\n");
    }
    if (notEmpty(st.nominatedNodeName())) {
      w.write(0, "NominatedNodeName:\t" + st.nominatedNodeName() + "\n");
    }
    if (!spec.initContainers().isEmpty()) {
      ContainerSections.containers(
          w, "Init Containers", spec.initContainers(), st.initContainerStatuses(), "");
    }
    ContainerSections.containers(w, "Containers", spec.containers(), st.containerStatuses(), "");
    if (!spec.readinessGates().isEmpty()) {
      w.write(0, "Readiness Gates:\n  Type\tStatus\n");
      for (PodReadinessGate g : spec.readinessGates()) {
        String status = "<none>";
        for (PodCondition c : st.conditions()) {
          if (c.type().equals(g.conditionType())) {
            status = c.status();
            break;
          }
        }
        w.write(1, g.conditionType() + " \t" + status + " \n");
      }
    }
    if (!st.conditions().isEmpty()) {
      w.write(0, "Conditions:\n  Type\tStatus\n");
      for (PodCondition c : st.conditions()) w.write(1, c.type() + " \t" + c.status() + " \n");
    }
    ContainerSections.volumes(w, spec.volumes(), "");
    w.write(0, "QoS Class:\t" + qosClass(pod) + "\n");
    DescribeSupport.labels(w, "Node-Selectors", spec.nodeSelector());
    DescribeSupport.tolerations(w, "", "Tolerations", spec.tolerations());
    DescribeSupport.events(w, events, now);
    return w.text();
  }

  // qos.GetPodQOS: the status' class, else computed from requests and limits
  static String qosClass(Pod pod) {
    if (pod.status() != null && notEmpty(pod.status().qosClass())) return pod.status().qosClass();
    PodSpec spec = pod.spec() == null ? PodSpec.EMPTY : pod.spec();
    boolean any = false;
    boolean guaranteed = true;
    for (List<Container> list : List.of(spec.containers(), spec.initContainers())) {
      for (Container c : list) {
        ResourceRequirements r = c.resources();
        Map<String, Quantity> req = r == null ? Map.of() : r.requests();
        Map<String, Quantity> lim = r == null ? Map.of() : r.limits();
        if (!req.isEmpty() || !lim.isEmpty()) any = true;
        for (String res : List.of("cpu", "memory")) {
          Quantity l = lim.get(res);
          Quantity q = req.getOrDefault(res, l);
          if (l == null || q == null || l.compareTo(q) != 0) guaranteed = false;
        }
      }
    }
    if (!any) return Pod.QOS_BEST_EFFORT;
    return guaranteed ? Pod.QOS_GUARANTEED : Pod.QOS_BURSTABLE;
  }

  private static boolean notEmpty(String s) {
    return s != null && !s.isEmpty();
  }
}
