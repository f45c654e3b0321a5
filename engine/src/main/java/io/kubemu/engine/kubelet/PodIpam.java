package io.kubemu.engine.kubelet;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pod IPs of one node's {@code /24} (the host-local IPAM plugin): {@code .1} is the gateway, pods
 * get {@code .2} to {@code .254}, each allocation after the last one (round robin), skipping
 * addresses in use.
 */
final class PodIpam {
  private final String prefix;
  private final Map<Integer, String> used = new TreeMap<>();
  private final Map<String, Integer> byPod = new HashMap<>();
  private int last = 1;

  /** An allocator for {@code <prefix>.0/24}, e.g. prefix {@code 10.244.0}. */
  PodIpam(String prefix) {
    this.prefix = prefix;
  }

  /** {@return the IP of {@code podUid} (a new one unless it has one)} */
  String allocate(String podUid) {
    Integer have = byPod.get(podUid);
    if (have != null) return prefix + "." + have;
    for (int i = 0; i < 253; i++) {
      int candidate = (last - 2 + 1 + i) % 253 + 2;
      if (!used.containsKey(candidate)) {
        used.put(candidate, podUid);
        byPod.put(podUid, candidate);
        last = candidate;
        return prefix + "." + candidate;
      }
    }
    throw new IllegalStateException(
        "no IP addresses available in range set: " + prefix + ".1-" + prefix + ".254");
  }

  /** Releases the IP of {@code podUid}. */
  void release(String podUid) {
    Integer ip = byPod.remove(podUid);
    if (ip != null) used.remove(ip);
  }
}
