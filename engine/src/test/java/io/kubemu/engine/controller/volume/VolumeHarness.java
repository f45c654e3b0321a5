package io.kubemu.engine.controller.volume;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A PV controller on a virtual clock, with helpers to create claims and volumes. */
abstract class VolumeHarness {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  final EventLoop loop = new EventLoop(T0, 3);
  final ApiServer api = new ApiServer(loop);
  final VolumeFilesystems files = new VolumeFilesystems();

  VolumeHarness() {
    DefaultAdmission.install(api); // defaulting and validation, as in a real cluster
    new PersistentVolumeController(new ControllerContext(api, loop, new EventRecorder(api)), files)
        .start();
    loop.runDue();
  }

  <T extends io.kubemu.model.KubernetesObject> T create(String yaml, Class<T> type) {
    T t = api.create(Manifests.readOne(yaml, type));
    loop.runDue();
    return t;
  }

  PersistentVolumeClaim claim(String name, String cls, String size) {
    String c = cls == null ? "" : "  storageClassName: " + cls + "\n";
    return create(
        """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: %s, namespace: apps}
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: %s}}
        %s\
        """
            .formatted(name, size, c),
        PersistentVolumeClaim.class);
  }

  PersistentVolume staticVolume(String name, String size, String cls, String reclaim) {
    String c = cls == null ? "" : "  storageClassName: " + cls + "\n";
    return create(
        """
        apiVersion: v1
        kind: PersistentVolume
        metadata: {name: %s, labels: {tier: gold}}
        spec:
          capacity: {storage: %s}
          accessModes: [ReadWriteOnce, ReadOnlyMany]
          persistentVolumeReclaimPolicy: %s
          hostPath: {path: /data/%s}
        %s\
        """
            .formatted(name, size, reclaim, name, c),
        PersistentVolume.class);
  }

  PersistentVolumeClaim getClaim(String name) {
    return api.get(PersistentVolumeClaim.class, "apps", name);
  }

  List<String> events(String involvedName) {
    return api.list(Event.class).stream()
        .filter(e -> e.involvedObject().name().equals(involvedName))
        .sorted(Comparator.comparing(e -> e.metadata().name()))
        .map(e -> e.source().component() + " " + e.reason() + ": " + e.message())
        .toList();
  }
}
