package io.kubemu.model.apps;

/**
 * What happens to the PVCs made from volumeClaimTemplates (apps/v1
 * StatefulSetPersistentVolumeClaimRetentionPolicy).
 *
 * @param whenDeleted on StatefulSet deletion: {@value #RETAIN} (the default) or {@value #DELETE}
 * @param whenScaled on scale-down, for the removed ordinals: {@value #RETAIN} (the default) or
 *     {@value #DELETE}
 */
public record StatefulSetPersistentVolumeClaimRetentionPolicy(
    String whenDeleted, String whenScaled) {

  /** Keep the claims. */
  public static final String RETAIN = "Retain";

  /** Delete the claims. */
  public static final String DELETE = "Delete";
}
