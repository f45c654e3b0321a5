package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.NodeCondition;
import java.time.Instant;

/** The node conditions a healthy kubelet posts (pkg/kubelet/nodestatus/setters.go). */
final class KubeletConditions {
  private KubeletConditions() {}

  /** {@return the healthy condition of the type, or null for a type the kubelet does not own} */
  static NodeCondition healthy(String type, Instant now, NodeCondition old) {
    String[] v =
        switch (type) {
          case NodeCondition.READY ->
              new String[] {
                ConditionStatus.TRUE, "KubeletReady", "kubelet is posting ready status"
              };
          case NodeCondition.MEMORY_PRESSURE ->
              new String[] {
                ConditionStatus.FALSE,
                "KubeletHasSufficientMemory",
                "kubelet has sufficient memory available"
              };
          case NodeCondition.DISK_PRESSURE ->
              new String[] {
                ConditionStatus.FALSE, "KubeletHasNoDiskPressure", "kubelet has no disk pressure"
              };
          case NodeCondition.PID_PRESSURE ->
              new String[] {
                ConditionStatus.FALSE,
                "KubeletHasSufficientPID",
                "kubelet has sufficient PID available"
              };
          default -> null;
        };
    if (v == null) return null;
    Instant transition = old != null && old.status().equals(v[0]) ? old.lastTransitionTime() : now;
    return new NodeCondition(type, v[0], now, transition, v[1], v[2]);
  }
}
