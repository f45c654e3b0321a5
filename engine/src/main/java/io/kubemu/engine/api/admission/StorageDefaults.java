package io.kubemu.engine.api.admission;

import io.kubemu.model.storage.StorageClass;

/**
 * The storage.k8s.io/v1 defaults (upstream pkg/apis/storage/v1/defaults.go): a StorageClass gets
 * reclaimPolicy Delete and volumeBindingMode Immediate. (policy/v1 has no defaults.)
 */
public final class StorageDefaults {
  private StorageDefaults() {}

  /** SetDefaults_StorageClass. */
  public static StorageClass storageClass(StorageClass sc) {
    return RecordEdit.of(sc)
        .orElse("reclaimPolicy", StorageClass.DELETE)
        .orElse("volumeBindingMode", StorageClass.IMMEDIATE)
        .build();
  }
}
