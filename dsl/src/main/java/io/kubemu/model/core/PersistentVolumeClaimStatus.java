package io.kubemu.model.core;

import io.kubemu.model.Quantity;
import io.kubemu.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The observed state of a claim.
 *
 * @param phase Pending, Bound or Lost
 * @param capacity of the bound volume
 */
public record PersistentVolumeClaimStatus(
    String phase,
    List<String> accessModes,
    Map<String, Quantity> capacity,
    List<PersistentVolumeClaimCondition> conditions) {

  /** {@code PersistentVolumeClaimStatus} with every field unset. */
  public static final PersistentVolumeClaimStatus EMPTY =
      new PersistentVolumeClaimStatus(null, null, null, null);

  public PersistentVolumeClaimStatus {
    accessModes = Copies.list(accessModes);
    capacity = Copies.map(capacity);
    conditions = Copies.list(conditions);
  }

  public PersistentVolumeClaimStatus withPhase(String phase) {
    return new PersistentVolumeClaimStatus(phase, accessModes, capacity, conditions);
  }

  public PersistentVolumeClaimStatus withAccessModes(List<String> accessModes) {
    return new PersistentVolumeClaimStatus(phase, accessModes, capacity, conditions);
  }

  public PersistentVolumeClaimStatus withCapacity(Map<String, Quantity> capacity) {
    return new PersistentVolumeClaimStatus(phase, accessModes, capacity, conditions);
  }

  public PersistentVolumeClaimStatus withConditions(
      List<PersistentVolumeClaimCondition> conditions) {
    return new PersistentVolumeClaimStatus(phase, accessModes, capacity, conditions);
  }
}
