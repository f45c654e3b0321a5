package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.EndpointAddress;
import io.kubemu.model.core.EndpointPort;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.LoadBalancerIngress;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.ServicePort;
import io.kubemu.model.core.ServiceSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The core/v1 printers for services, endpoints, namespaces, config maps and secrets (printers.go
 * printService, printEndpoints, printNamespace, printConfigMap, printSecret).
 */
public final class CorePrinters {
  private CorePrinters() {}

  private static final int LOAD_BALANCER_WIDTH = 16;

  /** Services: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, wide SELECTOR. */
  public static final class ServicePrinter implements ObjectPrinter<Service> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Type"),
            Column.of("Cluster-IP"),
            Column.of("External-IP"),
            Column.of("Port(s)"),
            Column.of("Age"),
            Column.wide("Selector"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(Service svc, Instant now) {
      ServiceSpec spec = svc.spec();
      String internalIp = "<none>";
      List<ServicePort> ports = List.of();
      Map<String, String> selector = Map.of();
      if (spec != null) {
        if (!spec.clusterIPs().isEmpty()) internalIp = spec.clusterIPs().get(0);
        else if (spec.clusterIP() != null && !spec.clusterIP().isEmpty()) {
          internalIp = spec.clusterIP();
        }
        ports = spec.ports();
        selector = spec.selector();
      }
      String portString = ports(ports);
      return List.of(
          svc.metadata().name(),
          type(svc),
          internalIp,
          externalIp(svc, false),
          portString.isEmpty() ? "<none>" : portString,
          HumanDuration.since(svc.metadata().creationTimestamp(), now),
          Formats.labels(selector));
    }

    /** {@return the service type, ClusterIP when unset (the API server's default)} */
    static String type(Service svc) {
      return svc.spec() == null || svc.spec().type() == null ? "ClusterIP" : svc.spec().type();
    }

    // printers.go getServiceExternalIP
    static String externalIp(Service svc, boolean wide) {
      ServiceSpec spec = svc.spec();
      List<String> externalIps = spec == null ? List.of() : spec.externalIPs();
      switch (type(svc)) {
        case "ClusterIP", "NodePort":
          return externalIps.isEmpty() ? "<none>" : String.join(",", externalIps);
        case "LoadBalancer":
          String lbIps = loadBalancerIps(svc, wide);
          if (!externalIps.isEmpty()) {
            List<String> results = new ArrayList<>();
            if (!lbIps.isEmpty()) results.addAll(List.of(lbIps.split(",")));
            results.addAll(externalIps);
            return String.join(",", results);
          }
          return lbIps.isEmpty() ? "<pending>" : lbIps;
        case "ExternalName":
          return Formats.nullToEmpty(spec.externalName());
        default:
          return "<unknown>";
      }
    }

    // printers.go loadBalancerStatusStringer
    private static String loadBalancerIps(Service svc, boolean wide) {
      TreeSet<String> result = new TreeSet<>();
      if (svc.status() != null && svc.status().loadBalancer() != null) {
        for (LoadBalancerIngress in : svc.status().loadBalancer().ingress()) {
          if (in.ip() != null && !in.ip().isEmpty()) result.add(in.ip());
          else if (in.hostname() != null && !in.hostname().isEmpty()) result.add(in.hostname());
        }
      }
      String r = String.join(",", result);
      if (!wide && r.length() > LOAD_BALANCER_WIDTH) {
        r = r.substring(0, LOAD_BALANCER_WIDTH - 3) + "...";
      }
      return r;
    }

    // printers.go makePortString
    static String ports(List<ServicePort> ports) {
      List<String> pieces = new ArrayList<>();
      for (ServicePort p : ports) {
        String protocol = p.protocol() == null ? "TCP" : p.protocol();
        int port = Formats.intOf(p.port());
        pieces.add(
            p.nodePort() != null && p.nodePort() > 0
                ? port + ":" + p.nodePort() + "/" + protocol
                : port + "/" + protocol);
      }
      return String.join(",", pieces);
    }
  }

  /** Endpoints: NAME ENDPOINTS AGE. */
  public static final class EndpointsPrinter implements ObjectPrinter<Endpoints> {
    private static final List<Column> COLUMNS =
        List.of(Column.nameColumn(), Column.of("Endpoints"), Column.of("Age"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(Endpoints ep, Instant now) {
      return List.of(
          ep.metadata().name(),
          format(ep),
          HumanDuration.since(ep.metadata().creationTimestamp(), now));
    }

    // printers.go formatEndpoints (all ports): at most 3 addresses, then "+ N more..."
    static String format(Endpoints ep) {
      if (ep.subsets().isEmpty()) return "<none>";
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
          count += ss.addresses().size();
          for (EndpointAddress a : ss.addresses()) {
            if (list.size() == max) {
              more = true;
              break;
            }
            list.add(joinHostPort(a.ip(), Formats.intOf(port.port())));
          }
        }
      }
      String ret = String.join(",", list);
      return more ? ret + " + " + (count - max) + " more..." : ret;
    }

    private static String joinHostPort(String host, int port) {
      return host != null && host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
  }

  /** Namespaces: NAME STATUS AGE. */
  public static final class NamespacePrinter implements ObjectPrinter<Namespace> {
    private static final List<Column> COLUMNS =
        List.of(Column.nameColumn(), Column.of("Status"), Column.of("Age"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(Namespace ns, Instant now) {
      String phase = ns.status() == null ? "" : Formats.nullToEmpty(ns.status().phase());
      return List.of(
          ns.metadata().name(), phase, HumanDuration.since(ns.metadata().creationTimestamp(), now));
    }
  }

  /** ConfigMaps: NAME DATA AGE. */
  public static final class ConfigMapPrinter implements ObjectPrinter<ConfigMap> {
    private static final List<Column> COLUMNS =
        List.of(Column.nameColumn(), Column.of("Data"), Column.of("Age"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(ConfigMap cm, Instant now) {
      return List.of(
          cm.metadata().name(),
          Integer.toString(cm.data().size() + cm.binaryData().size()),
          HumanDuration.since(cm.metadata().creationTimestamp(), now));
    }
  }

  /** Secrets: NAME TYPE DATA AGE. */
  public static final class SecretPrinter implements ObjectPrinter<Secret> {
    private static final List<Column> COLUMNS =
        List.of(Column.nameColumn(), Column.of("Type"), Column.of("Data"), Column.of("Age"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(Secret s, Instant now) {
      // the API server defaults the type to Opaque
      return List.of(
          s.metadata().name(),
          s.type() == null ? "Opaque" : s.type(),
          Integer.toString(s.data().size()),
          HumanDuration.since(s.metadata().creationTimestamp(), now));
    }
  }
}
