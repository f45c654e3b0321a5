package io.kubemu.dsl;

import io.kubemu.model.storage.StorageClass;
import io.kubemu.model.storage.TopologySelectorLabelRequirement;
import io.kubemu.model.storage.TopologySelectorTerm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link StorageClass}: {@code storageClass("fast", "kubernetes.io/no-provisioner")
 * .volumeBindingMode("WaitForFirstConsumer")}. Adds no defaults (the API server defaults
 * reclaimPolicy Delete, volumeBindingMode Immediate). Mutable, not thread-safe.
 */
public final class StorageClassBuilder
    extends AbstractObjectBuilder<StorageClass, StorageClassBuilder> {

  private String provisioner;
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private String reclaimPolicy;
  private final List<String> mountOptions = new ArrayList<>();
  private Boolean allowVolumeExpansion;
  private String volumeBindingMode;
  private final List<TopologySelectorTerm> allowedTopologies = new ArrayList<>();

  StorageClassBuilder() {}

  /** {@return a builder holding every field of {@code storageClass}} */
  public static StorageClassBuilder from(StorageClass storageClass) {
    StorageClassBuilder b = new StorageClassBuilder().metadata(storageClass.metadata());
    b.provisioner = storageClass.provisioner();
    b.parameters.putAll(storageClass.parameters());
    b.reclaimPolicy = storageClass.reclaimPolicy();
    b.mountOptions.addAll(storageClass.mountOptions());
    b.allowVolumeExpansion = storageClass.allowVolumeExpansion();
    b.volumeBindingMode = storageClass.volumeBindingMode();
    b.allowedTopologies.addAll(storageClass.allowedTopologies());
    return b;
  }

  /** {@code provisioner}: the volume plugin; required and immutable. */
  public StorageClassBuilder provisioner(String provisioner) {
    this.provisioner = provisioner;
    return this;
  }

  /** Merged into {@code parameters}, as key-value pairs. */
  public StorageClassBuilder parameters(String... keyValues) {
    Pairs.putAll(parameters, keyValues);
    return this;
  }

  /** {@code reclaimPolicy}: Delete (the default) or Retain. */
  public StorageClassBuilder reclaimPolicy(String reclaimPolicy) {
    this.reclaimPolicy = reclaimPolicy;
    return this;
  }

  /** {@code mountOptions}; replaces them. */
  public StorageClassBuilder mountOptions(String... mountOptions) {
    this.mountOptions.clear();
    this.mountOptions.addAll(List.of(mountOptions));
    return this;
  }

  /** {@code allowVolumeExpansion}. */
  public StorageClassBuilder allowVolumeExpansion(boolean allow) {
    this.allowVolumeExpansion = allow;
    return this;
  }

  /** {@code volumeBindingMode}: Immediate (the default) or WaitForFirstConsumer. */
  public StorageClassBuilder volumeBindingMode(String mode) {
    this.volumeBindingMode = mode;
    return this;
  }

  /**
   * Appends to {@code allowedTopologies} a term of one requirement: {@code
   * allowedTopology("topology.kubernetes.io/zone", "a", "b")}.
   */
  public StorageClassBuilder allowedTopology(String key, String... values) {
    allowedTopologies.add(
        new TopologySelectorTerm(
            List.of(new TopologySelectorLabelRequirement(key, List.of(values)))));
    return this;
  }

  @Override
  public StorageClass build() {
    return new StorageClass(
        meta(),
        provisioner,
        parameters,
        reclaimPolicy,
        mountOptions,
        allowVolumeExpansion,
        volumeBindingMode,
        allowedTopologies);
  }
}
