package io.kubemu.engine.scheduler;

import java.util.HashMap;
import java.util.Map;

/**
 * The host ports in use on a node: host IP to (protocol, port) pairs. An empty IP means 0.0.0.0, an
 * empty protocol TCP. Mirrors framework.HostPortInfo (v1.30). Lookups only; not iterated for
 * anything that decides behaviour. Mutable; not thread-safe.
 */
public final class HostPortInfo {

  /** The bind-all host IP. */
  public static final String DEFAULT_BIND_ALL_HOST_IP = "0.0.0.0";

  /** A protocol and port pair. */
  public record ProtocolPort(String protocol, int port) {}

  private final Map<String, Map<ProtocolPort, Integer>> ports = new HashMap<>();

  /** Records (ip, protocol, port); ports &lt;= 0 are ignored. */
  public void add(String ip, String protocol, int port) {
    if (port <= 0) {
      return;
    }
    ports
        .computeIfAbsent(ip(ip), k -> new HashMap<>())
        .merge(new ProtocolPort(protocol(protocol), port), 1, Integer::sum);
  }

  /** Forgets one use of (ip, protocol, port). */
  public void remove(String ip, String protocol, int port) {
    if (port <= 0) {
      return;
    }
    Map<ProtocolPort, Integer> m = ports.get(ip(ip));
    if (m == null) {
      return;
    }
    ProtocolPort pp = new ProtocolPort(protocol(protocol), port);
    Integer n = m.get(pp);
    if (n == null || n <= 1) {
      m.remove(pp);
    } else {
      m.put(pp, n - 1);
    }
    if (m.isEmpty()) {
      ports.remove(ip(ip));
    }
  }

  /**
   * {@return whether (ip, protocol, port) conflicts with a port in use}: 0.0.0.0 conflicts with the
   * pair on any IP; another IP with the pair on itself or 0.0.0.0 (upstream CheckConflict).
   */
  public boolean checkConflict(String ip, String protocol, int port) {
    if (port <= 0) {
      return false;
    }
    String i = ip(ip);
    ProtocolPort pp = new ProtocolPort(protocol(protocol), port);
    if (DEFAULT_BIND_ALL_HOST_IP.equals(i)) {
      for (Map<ProtocolPort, Integer> m : ports.values()) {
        if (m.containsKey(pp)) {
          return true;
        }
      }
      return false;
    }
    for (String key : new String[] {DEFAULT_BIND_ALL_HOST_IP, i}) {
      Map<ProtocolPort, Integer> m = ports.get(key);
      if (m != null && m.containsKey(pp)) {
        return true;
      }
    }
    return false;
  }

  /** {@return the number of distinct (ip, protocol, port) entries} */
  public int size() {
    int n = 0;
    for (Map<ProtocolPort, Integer> m : ports.values()) {
      n += m.size();
    }
    return n;
  }

  /** {@return a copy} */
  public HostPortInfo copy() {
    HostPortInfo c = new HostPortInfo();
    ports.forEach((k, v) -> c.ports.put(k, new HashMap<>(v)));
    return c;
  }

  private static String ip(String ip) {
    return ip == null || ip.isEmpty() ? DEFAULT_BIND_ALL_HOST_IP : ip;
  }

  private static String protocol(String protocol) {
    return protocol == null || protocol.isEmpty() ? "TCP" : protocol;
  }
}
