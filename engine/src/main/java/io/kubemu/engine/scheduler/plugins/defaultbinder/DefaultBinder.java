package io.kubemu.engine.scheduler.plugins.defaultbinder;

import io.kubemu.engine.scheduler.BindPlugin;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.Handle;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;

/**
 * Binds the pod through the API (the pods/binding subresource upstream). Mirrors
 * pkg/scheduler/framework/plugins/defaultbinder/default_binder.go (v1.30).
 */
public final class DefaultBinder implements BindPlugin {

  private final Handle handle;

  public DefaultBinder(Handle handle) {
    this.handle = handle;
  }

  @Override
  public String name() {
    return Names.DEFAULT_BINDER;
  }

  @Override
  public Status bind(CycleState state, Pod pod, String nodeName) {
    try {
      handle.client().bind(pod, nodeName);
      return Status.SUCCESS;
    } catch (RuntimeException e) {
      return Status.error(e.getMessage());
    }
  }
}
