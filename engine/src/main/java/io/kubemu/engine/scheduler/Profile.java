package io.kubemu.engine.scheduler;

import java.util.List;
import java.util.Map;

/**
 * A scheduling profile: the scheduler name pods select it by and its enabled plugins in order
 * (MultiPoint: each plugin runs at every extension point it implements). Mirrors
 * KubeSchedulerProfile (v1.30).
 *
 * @param schedulerName the {@code spec.schedulerName} served
 * @param plugins enabled plugins; filters run in this order
 * @param pluginConfig plugin arguments by plugin name; absent means defaults
 * @param percentageOfNodesToScore 0-100, or null for the scheduler-wide setting
 */
public record Profile(
    String schedulerName,
    List<PluginRef> plugins,
    Map<String, Object> pluginConfig,
    Integer percentageOfNodesToScore) {

  /**
   * An enabled plugin.
   *
   * @param name registry name
   * @param weight score weight; 0 means 1
   */
  public record PluginRef(String name, int weight) {}

  public Profile {
    plugins = List.copyOf(plugins);
    pluginConfig = pluginConfig == null ? Map.of() : Map.copyOf(pluginConfig);
  }

  /** {@return this profile with another plugin list} */
  public Profile withPlugins(List<PluginRef> plugins) {
    return new Profile(schedulerName, plugins, pluginConfig, percentageOfNodesToScore);
  }

  /** {@return this profile with arguments for a plugin} */
  public Profile withPluginArgs(String plugin, Object args) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(pluginConfig);
    m.put(plugin, args);
    return new Profile(schedulerName, plugins, m, percentageOfNodesToScore);
  }

  /** {@return this profile with a percentageOfNodesToScore} */
  public Profile withPercentageOfNodesToScore(Integer percentage) {
    return new Profile(schedulerName, plugins, pluginConfig, percentage);
  }
}
