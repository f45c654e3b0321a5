package io.kubemu.engine.kubelet;

import io.kubemu.model.IntOrString;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.LifecycleHandler;
import io.kubemu.model.core.Probe;
import java.util.Set;
import java.util.TreeSet;

/** Port numbers of probes and hooks (pkg/probe ResolveContainerPort). */
final class Ports {
  private Ports() {}

  /** A port that does not resolve. */
  static final class PortException extends Exception {
    PortException(String message) {
      super(message);
    }
  }

  // probe.ResolveContainerPort
  static int resolve(IntOrString param, Container container) throws PortException {
    if (param == null)
      throw new PortException("intOrString had no kind: {Type:0 IntVal:0 StrVal:}");
    int port;
    if (param.type() == IntOrString.Type.INT) {
      port = param.intValue();
    } else {
      Integer named = byName(container, param.strValue());
      if (named != null) {
        port = named;
      } else {
        try {
          port = Integer.parseInt(param.strValue());
        } catch (NumberFormatException e) {
          throw new PortException(
              "strconv.Atoi: parsing \"" + param.strValue() + "\": invalid syntax");
        }
      }
    }
    if (port > 0 && port < 65536) return port;
    throw new PortException("invalid port number: " + port);
  }

  private static Integer byName(Container c, String name) {
    for (ContainerPort p : c.ports()) {
      if (name.equals(p.name()) && p.containerPort() != null) return p.containerPort();
    }
    return null;
  }

  /**
   * {@return the ports a server in this container listens on: its declared ports, the image's, and
   * those its probes and hooks name}
   */
  static Set<Integer> listening(Container c, Iterable<Integer> imagePorts, boolean unknownImage) {
    Set<Integer> out = new TreeSet<>();
    for (Integer p : imagePorts) out.add(p);
    if (!unknownImage) return out;
    for (ContainerPort p : c.ports()) if (p.containerPort() != null) out.add(p.containerPort());
    for (Probe p : new Probe[] {c.livenessProbe(), c.readinessProbe(), c.startupProbe()}) {
      if (p == null) continue;
      if (p.httpGet() != null) add(out, p.httpGet().port(), c);
      if (p.tcpSocket() != null) add(out, p.tcpSocket().port(), c);
      if (p.grpc() != null && p.grpc().port() != null) out.add(p.grpc().port());
    }
    if (c.lifecycle() != null) {
      for (LifecycleHandler h :
          new LifecycleHandler[] {c.lifecycle().postStart(), c.lifecycle().preStop()}) {
        if (h != null && h.httpGet() != null) add(out, h.httpGet().port(), c);
      }
    }
    return out;
  }

  private static void add(Set<Integer> out, IntOrString port, Container c) {
    try {
      out.add(resolve(port, c));
    } catch (PortException e) {
      // not a port: nothing listens there
    }
  }
}
