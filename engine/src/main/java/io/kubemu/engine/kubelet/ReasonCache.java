package io.kubemu.engine.kubelet;

import java.util.HashMap;
import java.util.Map;

/**
 * Why each container last failed to start (kubelet's ReasonCache): ErrImagePull, ImagePullBackOff,
 * CrashLoopBackOff, CreateContainerConfigError, PostStartHookError..., shown as the waiting reason
 * of a container about to be (re)started. Lookups only.
 */
final class ReasonCache {

  /** A failure reason and its message. */
  record Reason(String reason, String message) {}

  private final Map<String, Reason> reasons = new HashMap<>();

  private static String key(String podUid, String container) {
    return podUid + "_" + container;
  }

  void add(String podUid, String container, String reason, String message) {
    reasons.put(key(podUid, container), new Reason(reason, message));
  }

  void remove(String podUid, String container) {
    reasons.remove(key(podUid, container));
  }

  Reason get(String podUid, String container) {
    return reasons.get(key(podUid, container));
  }

  void removePod(String podUid, Iterable<String> containers) {
    for (String c : containers) remove(podUid, c);
  }
}
