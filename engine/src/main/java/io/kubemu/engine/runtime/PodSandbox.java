package io.kubemu.engine.runtime;

import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pod's sandbox in the simulated runtime: its network identity (IP, hostname), its volumes and
 * its containers (every instance, newest first per name). Not thread-safe.
 */
public final class PodSandbox {
  final String uid;
  final String namespace;
  final String name;
  final String ip;
  final String hostname;
  final Instant createdAt;
  final Map<String, MemoryFileSystem> volumes;
  final Map<String, List<RuntimeContainer>> containers = new LinkedHashMap<>();
  boolean ready = true;

  PodSandbox(
      String uid,
      String namespace,
      String name,
      String ip,
      String hostname,
      Instant createdAt,
      Map<String, MemoryFileSystem> volumes) {
    this.uid = uid;
    this.namespace = namespace;
    this.name = name;
    this.ip = ip;
    this.hostname = hostname;
    this.createdAt = createdAt;
    this.volumes = new LinkedHashMap<>(volumes);
  }

  /** {@return the pod's uid} */
  public String uid() {
    return uid;
  }

  /** {@return {@code namespace/name} of the pod} */
  public String key() {
    return namespace + "/" + name;
  }

  /** {@return the pod's IP} */
  public String ip() {
    return ip;
  }

  /** {@return the pod's hostname} */
  public String hostname() {
    return hostname;
  }

  /** {@return when it was created} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return whether it is ready (created and not stopped)} */
  public boolean ready() {
    return ready;
  }

  /** {@return the pod's volumes by name} */
  public Map<String, MemoryFileSystem> volumes() {
    return volumes;
  }

  /** {@return the newest instance of a container} */
  public Optional<RuntimeContainer> latest(String container) {
    List<RuntimeContainer> l = containers.get(container);
    return l == null || l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** {@return the instances of a container, newest first} */
  public List<RuntimeContainer> instances(String container) {
    List<RuntimeContainer> l = containers.get(container);
    return l == null ? List.of() : List.copyOf(l);
  }

  /** {@return every instance of every container, by name then newest first} */
  public List<RuntimeContainer> all() {
    List<RuntimeContainer> out = new ArrayList<>();
    for (List<RuntimeContainer> l : containers.values()) out.addAll(l);
    return out;
  }

  /** {@return the running instances} */
  public List<RuntimeContainer> running() {
    List<RuntimeContainer> out = new ArrayList<>();
    for (List<RuntimeContainer> l : containers.values()) {
      for (RuntimeContainer c : l) if (c.running()) out.add(c);
    }
    return out;
  }

  /** {@return the running container that accepts connections on {@code port}, if any} */
  public Optional<RuntimeContainer> listener(int port, Instant now) {
    for (List<RuntimeContainer> l : containers.values()) {
      if (!l.isEmpty() && l.get(0).accepts(port, now)) return Optional.of(l.get(0));
    }
    return Optional.empty();
  }

  /** Instances kept per container: the newest and the one before (the kubelet shows both). */
  static final int KEEP_INSTANCES = 2;

  void add(RuntimeContainer c) {
    List<RuntimeContainer> l = containers.computeIfAbsent(c.name(), k -> new ArrayList<>());
    l.add(0, c);
    // container GC (MaxPerPodContainer 1): drop old exited instances
    while (l.size() > KEEP_INSTANCES && !l.get(l.size() - 1).running()) l.remove(l.size() - 1);
  }
}
