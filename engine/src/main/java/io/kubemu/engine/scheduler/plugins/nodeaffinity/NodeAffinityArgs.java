package io.kubemu.engine.scheduler.plugins.nodeaffinity;

/**
 * NodeAffinity's configuration. Mirrors config.NodeAffinityArgs (v1.30).
 *
 * @param addedAffinity node affinity every pod of the profile must also satisfy; null by default
 */
public record NodeAffinityArgs(io.kubemu.model.core.NodeAffinity addedAffinity) {

  /** The defaults: no added affinity. */
  public static final NodeAffinityArgs DEFAULT = new NodeAffinityArgs(null);
}
