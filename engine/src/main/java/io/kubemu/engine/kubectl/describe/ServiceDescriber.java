package io.kubemu.engine.kubectl.describe;

import io.kubemu.engine.kubectl.printers.Formats;
import io.kubemu.model.IntOrString;
import io.kubemu.model.core.EndpointAddress;
import io.kubemu.model.core.EndpointPort;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServicePort;
import io.kubemu.model.core.ServiceSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code kubectl describe service} (describe.go describeService, v1.30). */
final class ServiceDescriber {
  private ServiceDescriber() {}

  static String describe(Service svc, Endpoints endpoints, List<Event> events, Instant now) {
    PrefixWriter w = new PrefixWriter();
    ServiceSpec spec = svc.spec();
    w.write(0, "Name:\t" + svc.metadata().name() + "\n");
    w.write(0, "Namespace:\t" + DescribeSupport.nullToEmpty(svc.metadata().namespace()) + "\n");
    DescribeSupport.labels(w, "Labels", svc.metadata().labels());
    DescribeSupport.annotations(w, "Annotations", svc.metadata().annotations());
    if (spec == null) {
      DescribeSupport.events(w, events, now);
      return w.text();
    }
    w.write(0, "Selector:\t" + Formats.labels(spec.selector()) + "\n");
    w.write(0, "Type:\t" + DescribeSupport.nullToEmpty(spec.type()) + "\n");
    if (spec.ipFamilyPolicy() != null) {
      w.write(0, "IP Family Policy:\t" + spec.ipFamilyPolicy() + "\n");
    }
    w.write(0, "IP Families:\t" + joinOrNone(spec.ipFamilies()) + "\n");
    w.write(0, "IP:\t" + DescribeSupport.nullToEmpty(spec.clusterIP()) + "\n");
    w.write(0, "IPs:\t" + joinOrNone(spec.clusterIPs()) + "\n");
    if (!spec.externalIPs().isEmpty()) {
      w.write(0, "External IPs:\t" + String.join(",", spec.externalIPs()) + "\n");
    }
    if (spec.loadBalancerIP() != null && !spec.loadBalancerIP().isEmpty()) {
      w.write(0, "Desired LoadBalancer IP:\t" + spec.loadBalancerIP() + "\n");
    }
    if (spec.externalName() != null && !spec.externalName().isEmpty()) {
      w.write(0, "External Name:\t" + spec.externalName() + "\n");
    }
    for (ServicePort sp : spec.ports()) {
      String name = sp.name() == null || sp.name().isEmpty() ? "<unset>" : sp.name();
      String protocol = DescribeSupport.nullToEmpty(sp.protocol());
      w.write(0, "Port:\t" + name + "\t" + Formats.intOf(sp.port()) + "/" + protocol + "\n");
      IntOrString target = sp.targetPort();
      String targetText =
          target == null
              ? "0"
              : target.type() == IntOrString.Type.INT
                  ? String.valueOf(target.intVal())
                  : target.strVal();
      w.write(0, "TargetPort:\t" + targetText + "/" + protocol + "\n");
      if (sp.nodePort() != null && sp.nodePort() != 0) {
        w.write(0, "NodePort:\t" + name + "\t" + sp.nodePort() + "/" + protocol + "\n");
      }
      w.write(0, "Endpoints:\t" + formatEndpoints(endpoints, sp.name()) + "\n");
    }
    w.write(0, "Session Affinity:\t" + DescribeSupport.nullToEmpty(spec.sessionAffinity()) + "\n");
    if (spec.externalTrafficPolicy() != null && !spec.externalTrafficPolicy().isEmpty()) {
      w.write(0, "External Traffic Policy:\t" + spec.externalTrafficPolicy() + "\n");
    }
    if (spec.healthCheckNodePort() != null && spec.healthCheckNodePort() != 0) {
      w.write(0, "HealthCheck NodePort:\t" + spec.healthCheckNodePort() + "\n");
    }
    if (!spec.loadBalancerSourceRanges().isEmpty()) {
      String ranges = String.join(",", spec.loadBalancerSourceRanges());
      w.write(0, "LoadBalancer Source Ranges:\t" + ranges + "\n");
    }
    DescribeSupport.events(w, events, now);
    return w.text();
  }

  private static String joinOrNone(List<String> values) {
    return values.isEmpty() ? "<none>" : String.join(",", values);
  }

  // printers.go formatEndpoints with the port names of one service port: at most 3 addresses
  static String formatEndpoints(Endpoints ep, String portName) {
    if (ep == null || ep.subsets().isEmpty()) return "<none>";
    String wanted = portName == null ? "" : portName;
    List<String> list = new ArrayList<>();
    int max = 3;
    boolean more = false;
    int count = 0;
    for (EndpointSubset ss : ep.subsets()) {
      if (ss.ports().isEmpty()) {
        count += ss.addresses().size();
        for (EndpointAddress a : ss.addresses()) {
          if (list.size() == max) {
            more = true;
            break;
          }
          list.add(a.ip());
        }
        continue;
      }
      for (EndpointPort port : ss.ports()) {
        if (!Objects.equals(wanted, port.name() == null ? "" : port.name())) continue;
        count += ss.addresses().size();
        for (EndpointAddress a : ss.addresses()) {
          if (list.size() == max) {
            more = true;
            break;
          }
          String ip = a.ip();
          int p = Formats.intOf(port.port());
          list.add(ip != null && ip.contains(":") ? "[" + ip + "]:" + p : ip + ":" + p);
        }
      }
    }
    String ret = String.join(",", list);
    return more ? ret + " + " + (count - max) + " more..." : ret;
  }
}
