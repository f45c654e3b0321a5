package io.kubemu.engine.scheduler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a pod did not fit: each rejected node's status (in evaluation order), the plugins that
 * rejected it, and the PreFilter and PostFilter messages. Mirrors framework.Diagnosis (v1.30).
 * Mutable while the cycle runs.
 */
public final class Diagnosis {

  private final Map<String, Status> nodeToStatus = new LinkedHashMap<>();
  private final Set<String> unschedulablePlugins = new TreeSet<>();
  private String preFilterMsg = "";
  private String postFilterMsg = "";

  /** {@return each rejected node's status, in evaluation order} */
  public Map<String, Status> nodeToStatus() {
    return nodeToStatus;
  }

  /** {@return the plugins that rejected the pod on some node, sorted} */
  public Set<String> unschedulablePlugins() {
    return unschedulablePlugins;
  }

  /** {@return the PreFilter rejection message, or ""} */
  public String preFilterMsg() {
    return preFilterMsg;
  }

  /** {@return the PostFilter (preemption) message, or ""} */
  public String postFilterMsg() {
    return postFilterMsg;
  }

  void setPreFilterMsg(String msg) {
    this.preFilterMsg = msg == null ? "" : msg;
  }

  /** Sets the PostFilter message (upstream sets it after RunPostFilterPlugins). */
  public void setPostFilterMsg(String msg) {
    this.postFilterMsg = msg == null ? "" : msg;
  }

  /** Records the rejecting plugin of a status (upstream AddPluginStatus). */
  public void addPluginStatus(Status s) {
    if (s.plugin() == null || s.plugin().isEmpty()) {
      return;
    }
    if (s.isRejected()) {
      unschedulablePlugins.add(s.plugin());
    }
  }
}
