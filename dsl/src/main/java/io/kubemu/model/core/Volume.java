package io.kubemu.model.core;

/**
 * A named volume of a pod (core/v1 Volume); exactly one source is set.
 *
 * @param name required, a DNS-1123 label unique in the pod
 */
public record Volume(
    String name,
    PersistentVolumeClaimVolumeSource persistentVolumeClaim,
    ConfigMapVolumeSource configMap,
    SecretVolumeSource secret,
    DownwardAPIVolumeSource downwardAPI,
    ProjectedVolumeSource projected,
    EmptyDirVolumeSource emptyDir,
    HostPathVolumeSource hostPath,
    NFSVolumeSource nfs) {

  /** {@return a volume of the claim {@code claimName}} */
  public static Volume ofClaim(String name, String claimName) {
    return new Volume(
        name,
        new PersistentVolumeClaimVolumeSource(claimName, null),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** {@return an emptyDir volume} */
  public static Volume ofEmptyDir(String name) {
    return new Volume(
        name, null, null, null, null, null, new EmptyDirVolumeSource(null, null), null, null);
  }
}
