package io.kubemu.engine.kubelet;

import io.kubemu.engine.runtime.ProbeType;
import java.util.HashMap;
import java.util.Map;

/**
 * The cached result per container ID of one probe type (prober/results.Manager); a change is
 * reported to the listener (the kubelet's sync loop). Lookups only.
 */
final class ProbeResults {

  /** Told of a changed result. */
  interface Listener {
    void updated(ProbeType type, String podUid, String containerId, ProbeResult result);
  }

  private final ProbeType type;
  private final Listener listener;
  private final Map<String, ProbeResult> results = new HashMap<>();

  ProbeResults(ProbeType type, Listener listener) {
    this.type = type;
    this.listener = listener;
  }

  ProbeResult get(String containerId) {
    return results.get(containerId);
  }

  void set(String containerId, ProbeResult result, String podUid) {
    // results.Manager.Set: only a change is stored and reported
    if (results.get(containerId) == result) return;
    results.put(containerId, result);
    listener.updated(type, podUid, containerId, result);
  }

  void remove(String containerId) {
    results.remove(containerId);
  }
}
