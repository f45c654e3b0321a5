package io.kubemu.engine.scheduler;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Plugin name to factory, in registration order. Mirrors pkg/scheduler/framework/runtime/
 * registry.go Registry (v1.30). Not thread-safe.
 */
public final class PluginRegistry {

  private final Map<String, PluginFactory> factories = new LinkedHashMap<>();

  /**
   * Registers a factory.
   *
   * @throws IllegalArgumentException "a plugin named X already exists"
   */
  public PluginRegistry register(String name, PluginFactory factory) {
    if (factories.containsKey(name)) {
      throw new IllegalArgumentException("a plugin named " + name + " already exists");
    }
    factories.put(name, factory);
    return this;
  }

  /**
   * Removes a factory.
   *
   * @throws IllegalArgumentException "no plugin named X exists"
   */
  public PluginRegistry unregister(String name) {
    if (factories.remove(name) == null) {
      throw new IllegalArgumentException("no plugin named " + name + " exists");
    }
    return this;
  }

  /** Registers every factory of another registry (upstream Merge). */
  public PluginRegistry merge(PluginRegistry other) {
    other.factories.forEach(this::register);
    return this;
  }

  /** {@return the factory, or null} */
  public PluginFactory get(String name) {
    return factories.get(name);
  }

  /** {@return the registered names, in registration order} */
  public Set<String> names() {
    return Collections.unmodifiableSet(factories.keySet());
  }
}
