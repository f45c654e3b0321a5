package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import java.util.Objects;
import java.util.Optional;

/** {@link ObjectManager} through the {@link ApiServer} (realStatefulPodControlObjectManager). */
public final class ApiObjectManager implements ObjectManager {

  private final ApiServer api;

  public ApiObjectManager(ApiServer api) {
    this.api = Objects.requireNonNull(api);
  }

  @Override
  public Pod createPod(Pod pod) {
    return api.create(pod);
  }

  @Override
  public Optional<Pod> getPod(String namespace, String name) {
    return api.find(Pod.class, namespace, name);
  }

  @Override
  public Pod updatePod(Pod pod) {
    return api.update(pod);
  }

  @Override
  public void deletePod(Pod pod) {
    api.delete(Pod.class, pod.metadata().namespace(), pod.metadata().name());
  }

  @Override
  public PersistentVolumeClaim createClaim(PersistentVolumeClaim claim) {
    return api.create(claim);
  }

  @Override
  public Optional<PersistentVolumeClaim> getClaim(String namespace, String name) {
    return api.find(PersistentVolumeClaim.class, namespace, name);
  }

  @Override
  public PersistentVolumeClaim updateClaim(PersistentVolumeClaim claim) {
    return api.update(claim);
  }
}
