package io.kubemu.engine.runtime;

import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the files of a {@code persistentVolumeClaim} volume live: the hook through which storage
 * (PersistentVolumes, provisioners) plugs into the simulated kubelets. The default, {@link
 * #inMemory()}, keeps one in-memory filesystem per claim for the whole cluster, so that the data
 * outlives pods and follows a claim from node to node (as a network volume does).
 */
@FunctionalInterface
public interface ClaimStorage {

  /** {@return the files of claim {@code namespace/claimName}, created on first use} */
  MemoryFileSystem volume(String namespace, String claimName);

  /** {@return a storage keeping one filesystem per claim in memory} */
  static ClaimStorage inMemory() {
    Map<String, MemoryFileSystem> volumes = new TreeMap<>();
    return (ns, claim) -> volumes.computeIfAbsent(ns + "/" + claim, k -> new MemoryFileSystem());
  }
}
