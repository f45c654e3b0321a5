package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;

/**
 * Binds the pod to the node; Skip passes to the next bind plugin. Mirrors framework.BindPlugin
 * (v1.30).
 */
public interface BindPlugin extends Plugin {

  /** {@return Success, Skip or Error} */
  Status bind(CycleState state, Pod pod, String nodeName);
}
