package io.kubemu.engine.controller.deployment;

import io.kubemu.model.IntOrString;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.EnvFromSource;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.Probe;
import io.kubemu.model.core.VolumeMount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The containers of {@code kubectl describe}'s pod template (upstream describeContainers,
 * DescribeProbe, describeContainerEnvVars, describeContainerVolumes of describe.go).
 */
final class ContainerDescriber {
  private final PodTemplateDescriber w;

  ContainerDescriber(PodTemplateDescriber w) {
    this.w = w;
  }

  void containers(String label, List<Container> containers) {
    w.write(0, "  %s:%s\n", label, containers.isEmpty() ? " <none>" : "");
    for (Container c : containers) {
      w.write(1, " %s:\n", c.name());
      w.write(2, "Image:\t%s\n", c.image());
      String ports = ports(c.ports(), false);
      w.write(
          2,
          ports.contains(",") ? "Ports:\t%s\n" : "Port:\t%s\n",
          PodTemplateDescriber.orNone(ports));
      String hostPorts = ports(c.ports(), true);
      w.write(
          2,
          hostPorts.contains(",") ? "Host Ports:\t%s\n" : "Host Port:\t%s\n",
          PodTemplateDescriber.orNone(hostPorts));
      lines("Command", c.command());
      lines("Args", c.args());
      if (c.resources() != null) {
        resources("Limits", c.resources().limits());
        resources("Requests", c.resources().requests());
      }
      if (c.livenessProbe() != null) w.write(2, "Liveness:\t%s\n", probe(c.livenessProbe()));
      if (c.readinessProbe() != null) w.write(2, "Readiness:\t%s\n", probe(c.readinessProbe()));
      if (c.startupProbe() != null) w.write(2, "Startup:\t%s\n", probe(c.startupProbe()));
      if (!c.envFrom().isEmpty()) envFrom(c.envFrom());
      env(c.env());
      mounts(c.volumeMounts());
    }
  }

  private static String ports(List<ContainerPort> ports, boolean host) {
    List<String> out = new ArrayList<>();
    for (ContainerPort p : ports) {
      Integer n = host ? p.hostPort() : p.containerPort();
      out.add((n == null ? 0 : n) + "/" + (p.protocol() == null ? "" : p.protocol()));
    }
    return String.join(", ", out);
  }

  private void lines(String title, List<String> values) {
    if (values.isEmpty()) return;
    w.write(2, "%s:\n", title);
    for (String v : values) for (String s : v.split("\n", -1)) w.write(3, "%s\n", s);
  }

  private void resources(String title, Map<String, Quantity> list) {
    if (list.isEmpty()) return;
    w.write(2, "%s:\n", title);
    for (Map.Entry<String, Quantity> e : new TreeMap<>(list).entrySet()) {
      w.write(3, "%s:\t%s\n", e.getKey(), e.getValue());
    }
  }

  // DescribeProbe
  static String probe(Probe p) {
    String attrs =
        String.format(
            "delay=%ds timeout=%ds period=%ds #success=%d #failure=%d",
            PodTemplateDescriber.n(p.initialDelaySeconds()),
            PodTemplateDescriber.n(p.timeoutSeconds()),
            PodTemplateDescriber.n(p.periodSeconds()),
            PodTemplateDescriber.n(p.successThreshold()),
            PodTemplateDescriber.n(p.failureThreshold()));
    if (p.exec() != null) return "exec [" + String.join(" ", p.exec().command()) + "] " + attrs;
    if (p.httpGet() != null) {
      String scheme = p.httpGet().scheme() == null ? "" : p.httpGet().scheme().toLowerCase();
      String host = p.httpGet().host() == null ? "" : p.httpGet().host();
      String port = p.httpGet().port() == null ? "" : p.httpGet().port().strValue();
      String hostPort = port.isEmpty() ? host : joinHostPort(host, port);
      String path = p.httpGet().path() == null ? "" : p.httpGet().path();
      if (!path.isEmpty() && !path.startsWith("/")) path = "/" + path;
      String url = (scheme.isEmpty() ? "" : scheme + ":") + "//" + hostPort + path;
      return "http-get " + url + " " + attrs;
    }
    if (p.tcpSocket() != null) {
      IntOrString port = p.tcpSocket().port();
      String host = p.tcpSocket().host() == null ? "" : p.tcpSocket().host();
      return "tcp-socket " + host + ":" + (port == null ? "" : port.strValue()) + " " + attrs;
    }
    if (p.grpc() != null) {
      String service = p.grpc().service() == null ? "" : p.grpc().service();
      return "grpc <pod>:" + PodTemplateDescriber.n(p.grpc().port()) + " " + service + " " + attrs;
    }
    return "unknown " + attrs;
  }

  private static String joinHostPort(String host, String port) {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }

  private void envFrom(List<EnvFromSource> sources) {
    w.write(2, "Environment Variables from:\n");
    for (EnvFromSource e : sources) {
      String from = "";
      String name = "";
      boolean optional = false;
      if (e.configMapRef() != null) {
        from = "ConfigMap";
        name = e.configMapRef().name();
        optional = Boolean.TRUE.equals(e.configMapRef().optional());
      } else if (e.secretRef() != null) {
        from = "Secret";
        name = e.secretRef().name();
        optional = Boolean.TRUE.equals(e.secretRef().optional());
      }
      if (PodTemplateDescriber.notEmpty(e.prefix())) {
        w.write(3, "%s\t%s with prefix '%s'\tOptional: %s\n", name, from, e.prefix(), optional);
      } else {
        w.write(3, "%s\t%s\tOptional: %s\n", name, from, optional);
      }
    }
  }

  private void env(List<EnvVar> env) {
    w.write(2, env.isEmpty() ? "Environment:\t<none>\n" : "Environment:\n");
    for (EnvVar e : env) {
      if (e.valueFrom() == null) {
        String[] parts = (e.value() == null ? "" : e.value()).split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i == 0) w.write(3, "%s:\t%s\n", e.name(), parts[i]);
          else w.write(3, "\t%s\n", parts[i]);
        }
      } else if (e.valueFrom().fieldRef() != null) {
        var f = e.valueFrom().fieldRef();
        w.write(3, "%s:\t (%s:%s)\n", e.name(), f.apiVersion(), f.fieldPath());
      } else if (e.valueFrom().resourceFieldRef() != null) {
        w.write(3, "%s:\t (%s)\n", e.name(), e.valueFrom().resourceFieldRef().resource());
      } else if (e.valueFrom().secretKeyRef() != null) {
        var s = e.valueFrom().secretKeyRef();
        w.write(
            3,
            "%s:\t<set to the key '%s' in secret '%s'>\tOptional: %s\n",
            e.name(),
            s.key(),
            s.name(),
            Boolean.TRUE.equals(s.optional()));
      } else if (e.valueFrom().configMapKeyRef() != null) {
        var c = e.valueFrom().configMapKeyRef();
        w.write(
            3,
            "%s:\t<set to the key '%s' of config map '%s'>\tOptional: %s\n",
            e.name(),
            c.key(),
            c.name(),
            Boolean.TRUE.equals(c.optional()));
      }
    }
  }

  private void mounts(List<VolumeMount> mounts) {
    w.write(2, mounts.isEmpty() ? "Mounts:\t<none>\n" : "Mounts:\n");
    List<VolumeMount> sorted = new ArrayList<>(mounts);
    sorted.sort(Comparator.comparing(VolumeMount::mountPath));
    for (VolumeMount m : sorted) {
      String flags = Boolean.TRUE.equals(m.readOnly()) ? "ro" : "rw";
      if (PodTemplateDescriber.notEmpty(m.subPath())) flags += ",path=\"" + m.subPath() + "\"";
      w.write(3, "%s from %s (%s)\n", m.mountPath(), m.name(), flags);
    }
  }
}
