package io.kubemu.engine.kubelet;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.runtime.ClaimStorage;
import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import io.kubemu.engine.runtime.fs.Mount;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.KeyToPath;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.Volume;
import io.kubemu.model.core.VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A pod's volumes as in-memory filesystems (what the kubelet's volume manager mounts): emptyDir one
 * per pod (shared by its containers), hostPath one per node and path, configMap and secret filled
 * with their keys (or {@code items}) when the pod starts, persistentVolumeClaim from the {@link
 * ClaimStorage} hook; any other source is an empty directory.
 */
final class Volumes {
  private final ApiServer api;
  private final ClaimStorage claims;
  private final Map<String, MemoryFileSystem> hostPaths = new TreeMap<>();

  Volumes(ApiServer api, ClaimStorage claims) {
    this.api = api;
    this.claims = claims;
  }

  /** {@return the pod's volumes by name} */
  Map<String, MemoryFileSystem> forPod(Pod pod) {
    String ns = pod.metadata().namespace();
    Map<String, MemoryFileSystem> out = new LinkedHashMap<>();
    for (Volume v : pod.spec().volumes()) {
      MemoryFileSystem fs;
      if (v.persistentVolumeClaim() != null) {
        fs = claims.volume(ns, v.persistentVolumeClaim().claimName());
      } else if (v.hostPath() != null) {
        fs =
            hostPaths.computeIfAbsent(
                String.valueOf(v.hostPath().path()), k -> new MemoryFileSystem());
      } else if (v.configMap() != null) {
        fs = new MemoryFileSystem();
        Optional<ConfigMap> cm = api.find(ConfigMap.class, ns, v.configMap().name());
        cm.ifPresent(c -> fill(fs, c.data(), v.configMap().items()));
      } else if (v.secret() != null) {
        fs = new MemoryFileSystem();
        Optional<Secret> s = api.find(Secret.class, ns, v.secret().secretName());
        s.ifPresent(x -> fill(fs, Environment.secretData(x), v.secret().items()));
      } else {
        fs = new MemoryFileSystem();
      }
      out.put(v.name(), fs);
    }
    return out;
  }

  private static void fill(MemoryFileSystem fs, Map<String, String> data, List<KeyToPath> items) {
    if (items.isEmpty()) {
      for (Map.Entry<String, String> e : new TreeMap<>(data).entrySet()) {
        fs.write("/" + e.getKey(), e.getValue());
      }
      return;
    }
    for (KeyToPath item : items) {
      String value = data.get(item.key());
      if (value == null) continue;
      String path = "/" + item.path();
      int slash = path.lastIndexOf('/');
      if (slash > 0) fs.createDirectories(path.substring(0, slash));
      fs.write(path, value);
    }
  }

  /** {@return the mounts of a container, from the pod's volumes} */
  static List<Mount> mounts(Container c, Map<String, MemoryFileSystem> volumes) {
    List<Mount> out = new ArrayList<>();
    for (VolumeMount m : c.volumeMounts()) {
      MemoryFileSystem fs = volumes.get(m.name());
      if (fs == null || m.mountPath() == null) continue;
      out.add(new Mount(m.mountPath(), fs, m.subPath(), Boolean.TRUE.equals(m.readOnly())));
    }
    return out;
  }
}
