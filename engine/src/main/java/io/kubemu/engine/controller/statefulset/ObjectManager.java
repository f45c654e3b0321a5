package io.kubemu.engine.controller.statefulset;

import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import java.util.Optional;

/**
 * How {@link StatefulPodControl} reads and writes pods and claims (upstream
 * StatefulPodControlObjectManager): {@link ApiObjectManager} goes through the API server; tests use
 * an in-memory fake that records every call. Failures are {@link
 * io.kubemu.engine.api.ApiException}s.
 */
public interface ObjectManager {

  /** CreatePod: {@return the stored pod} */
  Pod createPod(Pod pod);

  /** GetPod. */
  Optional<Pod> getPod(String namespace, String name);

  /** UpdatePod: {@return the stored pod} */
  Pod updatePod(Pod pod);

  /** DeletePod (graceful, with the server's defaults). */
  void deletePod(Pod pod);

  /** CreateClaim: {@return the stored claim} */
  PersistentVolumeClaim createClaim(PersistentVolumeClaim claim);

  /** GetClaim. */
  Optional<PersistentVolumeClaim> getClaim(String namespace, String name);

  /** UpdateClaim: {@return the stored claim} */
  PersistentVolumeClaim updateClaim(PersistentVolumeClaim claim);
}
