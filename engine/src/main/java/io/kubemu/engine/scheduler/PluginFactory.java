package io.kubemu.engine.scheduler;

/** Builds a plugin from its arguments (null for the defaults). Mirrors runtime.PluginFactory. */
@FunctionalInterface
public interface PluginFactory {

  /** {@return a new plugin} */
  Plugin create(Object args, Handle handle);
}
