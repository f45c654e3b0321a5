package io.kubemu.engine.kubectl.describe;

import io.kubemu.model.IntOrString;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.DownwardAPIVolumeFile;
import io.kubemu.model.core.EnvFromSource;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.HTTPGetAction;
import io.kubemu.model.core.Probe;
import io.kubemu.model.core.ResourceRequirements;
import io.kubemu.model.core.Volume;
import io.kubemu.model.core.VolumeMount;
import io.kubemu.model.core.VolumeProjection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The container and volume sections of pod and pod template descriptions (describe.go). */
final class ContainerSections {
  private ContainerSections() {}

  // describeContainers
  static void containers(
      PrefixWriter w,
      String label,
      List<Container> containers,
      List<ContainerStatus> statuses,
      String space) {
    Map<String, ContainerStatus> byName = new LinkedHashMap<>();
    if (statuses != null) for (ContainerStatus s : statuses) byName.put(s.name(), s);
    w.write(
        PrefixWriter.LEVEL_0, space + label + ":" + (containers.isEmpty() ? " <none>" : "") + "\n");
    for (Container c : containers) {
      ContainerStatus status = byName.get(c.name());
      basicInfo(w, c, status, space);
      command(w, c);
      if (status != null) state(w, status);
      resources(w, c.resources(), PrefixWriter.LEVEL_2);
      probes(w, c);
      if (!c.envFrom().isEmpty()) envFrom(w, c);
      env(w, c);
      mounts(w, c);
    }
  }

  private static void basicInfo(PrefixWriter w, Container c, ContainerStatus status, String space) {
    String nameIndent = space.isEmpty() ? "" : " ";
    w.write(PrefixWriter.LEVEL_1, nameIndent + c.name() + ":\n");
    if (status != null) {
      w.write(PrefixWriter.LEVEL_2, "Container ID:\t" + nz(status.containerID()) + "\n");
    }
    w.write(PrefixWriter.LEVEL_2, "Image:\t" + nz(c.image()) + "\n");
    if (status != null) w.write(PrefixWriter.LEVEL_2, "Image ID:\t" + nz(status.imageID()) + "\n");
    List<String> ports = new ArrayList<>();
    List<String> hostPorts = new ArrayList<>();
    for (ContainerPort p : c.ports()) {
      String protocol = p.protocol() == null ? "TCP" : p.protocol();
      ports.add(intOf(p.containerPort()) + "/" + protocol);
      hostPorts.add(intOf(p.hostPort()) + "/" + protocol);
    }
    String port = String.join(", ", ports);
    String hostPort = String.join(", ", hostPorts);
    w.write(
        PrefixWriter.LEVEL_2,
        (port.contains(",") ? "Ports:\t" : "Port:\t") + DescribeSupport.orNone(port) + "\n");
    w.write(
        PrefixWriter.LEVEL_2,
        (hostPort.contains(",") ? "Host Ports:\t" : "Host Port:\t")
            + DescribeSupport.orNone(hostPort)
            + "\n");
  }

  private static void command(PrefixWriter w, Container c) {
    if (!c.command().isEmpty()) {
      w.write(PrefixWriter.LEVEL_2, "Command:\n");
      for (String s : c.command()) {
        for (String line : s.split("\n", -1)) w.write(PrefixWriter.LEVEL_3, line + "\n");
      }
    }
    if (!c.args().isEmpty()) {
      w.write(PrefixWriter.LEVEL_2, "Args:\n");
      for (String s : c.args()) {
        for (String line : s.split("\n", -1)) w.write(PrefixWriter.LEVEL_3, line + "\n");
      }
    }
  }

  // describeContainerState
  private static void state(PrefixWriter w, ContainerStatus s) {
    status(w, "State", s.state());
    if (s.lastState() != null && s.lastState().terminated() != null) {
      status(w, "Last State", s.lastState());
    }
    w.write(
        PrefixWriter.LEVEL_2,
        "Ready:\t" + (Boolean.TRUE.equals(s.ready()) ? "True" : "False") + "\n");
    w.write(PrefixWriter.LEVEL_2, "Restart Count:\t" + intOf(s.restartCount()) + "\n");
  }

  // describeStatus
  private static void status(PrefixWriter w, String name, ContainerState state) {
    if (state != null && state.running() != null) {
      w.write(PrefixWriter.LEVEL_2, name + ":\tRunning\n");
      w.write(
          PrefixWriter.LEVEL_3,
          "Started:\t" + DescribeSupport.rfc1123z(state.running().startedAt()) + "\n");
    } else if (state != null && state.waiting() != null) {
      w.write(PrefixWriter.LEVEL_2, name + ":\tWaiting\n");
      if (!nz(state.waiting().reason()).isEmpty()) {
        w.write(PrefixWriter.LEVEL_3, "Reason:\t" + state.waiting().reason() + "\n");
      }
    } else if (state != null && state.terminated() != null) {
      var t = state.terminated();
      w.write(PrefixWriter.LEVEL_2, name + ":\tTerminated\n");
      if (!nz(t.reason()).isEmpty()) w.write(PrefixWriter.LEVEL_3, "Reason:\t" + t.reason() + "\n");
      if (!nz(t.message()).isEmpty()) {
        w.write(PrefixWriter.LEVEL_3, "Message:\t" + t.message() + "\n");
      }
      w.write(PrefixWriter.LEVEL_3, "Exit Code:\t" + intOf(t.exitCode()) + "\n");
      if (intOf(t.signal()) > 0) w.write(PrefixWriter.LEVEL_3, "Signal:\t" + t.signal() + "\n");
      w.write(PrefixWriter.LEVEL_3, "Started:\t" + DescribeSupport.rfc1123z(t.startedAt()) + "\n");
      w.write(
          PrefixWriter.LEVEL_3, "Finished:\t" + DescribeSupport.rfc1123z(t.finishedAt()) + "\n");
    } else {
      w.write(PrefixWriter.LEVEL_2, name + ":\tWaiting\n");
    }
  }

  // describeResources: limits then requests, names sorted
  static void resources(PrefixWriter w, ResourceRequirements r, int level) {
    if (r == null) return;
    if (!r.limits().isEmpty()) w.write(level, "Limits:\n");
    for (Map.Entry<String, Quantity> e : new TreeMap<>(r.limits()).entrySet()) {
      w.write(level + 1, e.getKey() + ":\t" + e.getValue() + "\n");
    }
    if (!r.requests().isEmpty()) w.write(level, "Requests:\n");
    for (Map.Entry<String, Quantity> e : new TreeMap<>(r.requests()).entrySet()) {
      w.write(level + 1, e.getKey() + ":\t" + e.getValue() + "\n");
    }
  }

  private static void probes(PrefixWriter w, Container c) {
    if (c.livenessProbe() != null) {
      w.write(PrefixWriter.LEVEL_2, "Liveness:\t" + probe(c.livenessProbe()) + "\n");
    }
    if (c.readinessProbe() != null) {
      w.write(PrefixWriter.LEVEL_2, "Readiness:\t" + probe(c.readinessProbe()) + "\n");
    }
    if (c.startupProbe() != null) {
      w.write(PrefixWriter.LEVEL_2, "Startup:\t" + probe(c.startupProbe()) + "\n");
    }
  }

  // DescribeProbe, with the API server's defaults for unset fields
  static String probe(Probe p) {
    String attrs =
        "delay="
            + intOf(p.initialDelaySeconds())
            + "s timeout="
            + orDefault(p.timeoutSeconds(), 1)
            + "s period="
            + orDefault(p.periodSeconds(), 10)
            + "s #success="
            + orDefault(p.successThreshold(), 1)
            + " #failure="
            + orDefault(p.failureThreshold(), 3);
    if (p.exec() != null) {
      return "exec [" + String.join(" ", p.exec().command()) + "] " + attrs;
    }
    if (p.httpGet() != null) {
      HTTPGetAction h = p.httpGet();
      String scheme = h.scheme() == null ? "http" : h.scheme().toLowerCase(Locale.ROOT);
      String port = h.port() == null ? "" : h.port().toString();
      String host = port.isEmpty() ? nz(h.host()) : joinHostPort(nz(h.host()), port);
      String path = nz(h.path());
      if (!path.isEmpty() && !path.startsWith("/") && !host.isEmpty()) path = "/" + path;
      return "http-get " + scheme + "://" + host + path + " " + attrs;
    }
    if (p.tcpSocket() != null) {
      IntOrString port = p.tcpSocket().port();
      return "tcp-socket "
          + nz(p.tcpSocket().host())
          + ":"
          + (port == null ? "" : port)
          + " "
          + attrs;
    }
    if (p.grpc() != null) {
      return "grpc <pod>:" + intOf(p.grpc().port()) + " " + nz(p.grpc().service()) + " " + attrs;
    }
    return "unknown " + attrs;
  }

  private static String joinHostPort(String host, String port) {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }

  private static void envFrom(PrefixWriter w, Container c) {
    w.write(PrefixWriter.LEVEL_2, "Environment Variables from:\n");
    for (EnvFromSource e : c.envFrom()) {
      String from = "";
      String name = "";
      boolean optional = false;
      if (e.configMapRef() != null) {
        from = "ConfigMap";
        name = nz(e.configMapRef().name());
        optional = Boolean.TRUE.equals(e.configMapRef().optional());
      } else if (e.secretRef() != null) {
        from = "Secret";
        name = nz(e.secretRef().name());
        optional = Boolean.TRUE.equals(e.secretRef().optional());
      }
      String prefix = nz(e.prefix());
      w.write(
          PrefixWriter.LEVEL_3,
          name
              + "\t"
              + (prefix.isEmpty() ? from : from + " with prefix '" + prefix + "'")
              + "\tOptional: "
              + optional
              + "\n");
    }
  }

  private static void env(PrefixWriter w, Container c) {
    w.write(PrefixWriter.LEVEL_2, "Environment:" + (c.env().isEmpty() ? "\t<none>" : "") + "\n");
    for (EnvVar e : c.env()) {
      if (e.valueFrom() == null) {
        String[] lines = nz(e.value()).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          w.write(PrefixWriter.LEVEL_3, (i == 0 ? e.name() + ":\t" : "\t") + lines[i] + "\n");
        }
      } else if (e.valueFrom().fieldRef() != null) {
        var f = e.valueFrom().fieldRef();
        w.write(
            PrefixWriter.LEVEL_3,
            e.name() + ":\t (" + nz(f.apiVersion()) + ":" + nz(f.fieldPath()) + ")\n");
      } else if (e.valueFrom().resourceFieldRef() != null) {
        w.write(
            PrefixWriter.LEVEL_3,
            e.name() + ":\t (" + nz(e.valueFrom().resourceFieldRef().resource()) + ")\n");
      } else if (e.valueFrom().secretKeyRef() != null) {
        var s = e.valueFrom().secretKeyRef();
        w.write(
            PrefixWriter.LEVEL_3,
            e.name()
                + ":\t<set to the key '"
                + nz(s.key())
                + "' in secret '"
                + nz(s.name())
                + "'>\tOptional: "
                + Boolean.TRUE.equals(s.optional())
                + "\n");
      } else if (e.valueFrom().configMapKeyRef() != null) {
        var s = e.valueFrom().configMapKeyRef();
        w.write(
            PrefixWriter.LEVEL_3,
            e.name()
                + ":\t<set to the key '"
                + nz(s.key())
                + "' of config map '"
                + nz(s.name())
                + "'>\tOptional: "
                + Boolean.TRUE.equals(s.optional())
                + "\n");
      }
    }
  }

  private static void mounts(PrefixWriter w, Container c) {
    w.write(
        PrefixWriter.LEVEL_2, "Mounts:" + (c.volumeMounts().isEmpty() ? "\t<none>" : "") + "\n");
    List<VolumeMount> sorted = new ArrayList<>(c.volumeMounts());
    sorted.sort((a, b) -> nz(a.mountPath()).compareTo(nz(b.mountPath())));
    for (VolumeMount m : sorted) {
      List<String> flags = new ArrayList<>();
      flags.add(Boolean.TRUE.equals(m.readOnly()) ? "ro" : "rw");
      if (!nz(m.subPath()).isEmpty()) flags.add("path=\"" + m.subPath() + "\"");
      w.write(
          PrefixWriter.LEVEL_3,
          m.mountPath() + " from " + m.name() + " (" + String.join(",", flags) + ")\n");
    }
  }

  // describeVolumes (the volume types kubemu models)
  static void volumes(PrefixWriter w, List<Volume> volumes, String space) {
    if (volumes.isEmpty()) {
      w.write(PrefixWriter.LEVEL_0, space + "Volumes:\t<none>\n");
      return;
    }
    w.write(PrefixWriter.LEVEL_0, space + "Volumes:\n");
    for (Volume v : volumes) {
      String nameIndent = space.isEmpty() ? "" : " ";
      w.write(PrefixWriter.LEVEL_1, nameIndent + v.name() + ":\n");
      if (v.hostPath() != null) {
        w.write(
            PrefixWriter.LEVEL_2,
            "Type:\tHostPath (bare host directory volume)\n    Path:\t"
                + nz(v.hostPath().path())
                + "\n    HostPathType:\t"
                + (v.hostPath().type() == null ? "<none>" : v.hostPath().type())
                + "\n");
      } else if (v.emptyDir() != null) {
        Quantity limit = v.emptyDir().sizeLimit();
        w.write(
            PrefixWriter.LEVEL_2,
            "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t"
                + nz(v.emptyDir().medium())
                + "\n    SizeLimit:\t"
                + (limit != null && limit.signum() > 0 ? limit.toString() : "<unset>")
                + "\n");
      } else if (v.secret() != null) {
        w.write(
            PrefixWriter.LEVEL_2,
            "Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t"
                + nz(v.secret().secretName())
                + "\n    Optional:\t"
                + Boolean.TRUE.equals(v.secret().optional())
                + "\n");
      } else if (v.configMap() != null) {
        w.write(
            PrefixWriter.LEVEL_2,
            "Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t"
                + nz(v.configMap().name())
                + "\n    Optional:\t"
                + Boolean.TRUE.equals(v.configMap().optional())
                + "\n");
      } else if (v.nfs() != null) {
        w.write(
            PrefixWriter.LEVEL_2,
            "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t"
                + nz(v.nfs().server())
                + "\n    Path:\t"
                + nz(v.nfs().path())
                + "\n    ReadOnly:\t"
                + Boolean.TRUE.equals(v.nfs().readOnly())
                + "\n");
      } else if (v.persistentVolumeClaim() != null) {
        w.write(
            PrefixWriter.LEVEL_2,
            "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same"
                + " namespace)\n    ClaimName:\t"
                + nz(v.persistentVolumeClaim().claimName())
                + "\n    ReadOnly:\t"
                + Boolean.TRUE.equals(v.persistentVolumeClaim().readOnly())
                + "\n");
      } else if (v.downwardAPI() != null) {
        w.write(
            PrefixWriter.LEVEL_2,
            "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n");
        for (DownwardAPIVolumeFile f : v.downwardAPI().items()) {
          if (f.fieldRef() != null) {
            w.write(PrefixWriter.LEVEL_3, nz(f.fieldRef().fieldPath()) + " -> " + f.path() + "\n");
          }
          if (f.resourceFieldRef() != null) {
            w.write(
                PrefixWriter.LEVEL_3,
                nz(f.resourceFieldRef().resource()) + " -> " + f.path() + "\n");
          }
        }
      } else if (v.projected() != null) {
        w.write(
            PrefixWriter.LEVEL_2,
            "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
        for (VolumeProjection s : v.projected().sources()) {
          if (s.secret() != null) {
            w.write(
                PrefixWriter.LEVEL_2,
                "SecretName:\t"
                    + nz(s.secret().name())
                    + "\n    Optional:\t"
                    + Boolean.TRUE.equals(s.secret().optional())
                    + "\n");
          } else if (s.downwardAPI() != null) {
            w.write(PrefixWriter.LEVEL_2, "DownwardAPI:\ttrue\n");
          } else if (s.configMap() != null) {
            w.write(
                PrefixWriter.LEVEL_2,
                "ConfigMapName:\t"
                    + nz(s.configMap().name())
                    + "\n    Optional:\t"
                    + Boolean.TRUE.equals(s.configMap().optional())
                    + "\n");
          } else if (s.serviceAccountToken() != null) {
            Long exp = s.serviceAccountToken().expirationSeconds();
            w.write(
                PrefixWriter.LEVEL_2,
                "TokenExpirationSeconds:\t" + (exp == null ? 3607 : exp) + "\n");
          }
        }
      } else {
        w.write(PrefixWriter.LEVEL_1, "<unknown>\n");
      }
    }
  }

  private static int orDefault(Integer i, int d) {
    return i == null ? d : i;
  }

  private static int intOf(Integer i) {
    return i == null ? 0 : i;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
