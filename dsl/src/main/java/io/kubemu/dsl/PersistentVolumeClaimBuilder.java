package io.kubemu.dsl;

import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimSpec;
import io.kubemu.model.core.PersistentVolumeClaimStatus;
import io.kubemu.model.core.VolumeResourceRequirements;
import io.kubemu.model.meta.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link PersistentVolumeClaim}, also for {@code volumeClaimTemplate(...)} of a
 * StatefulSet: {@code pvc("data").accessModes("ReadWriteOnce").requests(storage("2Gi"))}. Adds no
 * defaults (the API server defaults volumeMode Filesystem). Mutable, not thread-safe.
 */
public final class PersistentVolumeClaimBuilder
    extends AbstractObjectBuilder<PersistentVolumeClaim, PersistentVolumeClaimBuilder> {

  private final List<String> accessModes = new ArrayList<>();
  private LabelSelector selector;
  private VolumeResourceRequirements resources;
  private String volumeName;
  private String storageClassName;
  private String volumeMode;
  private PersistentVolumeClaimStatus status;

  PersistentVolumeClaimBuilder() {}

  /** {@return a builder holding every field of {@code claim}, status included} */
  public static PersistentVolumeClaimBuilder from(PersistentVolumeClaim claim) {
    PersistentVolumeClaimBuilder b = new PersistentVolumeClaimBuilder().metadata(claim.metadata());
    b.load(claim.spec());
    b.status = claim.status();
    return b;
  }

  /**
   * {@code spec.accessModes}: ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod;
   * replaces them.
   */
  public PersistentVolumeClaimBuilder accessModes(String... accessModes) {
    this.accessModes.clear();
    this.accessModes.addAll(List.of(accessModes));
    return this;
  }

  /** {@code spec.selector.matchLabels}, as key-value pairs; replaces the selector. */
  public PersistentVolumeClaimBuilder selector(String... matchLabels) {
    this.selector = LabelSelector.of(Pairs.map(matchLabels));
    return this;
  }

  /** {@code spec.selector}: the volumes the claim may bind to; replaces it. */
  public PersistentVolumeClaimBuilder selector(LabelSelectorBuilder selector) {
    this.selector = selector.build();
    return this;
  }

  /** Merged into {@code spec.resources.requests}: {@code requests(storage("2Gi"))}. */
  public PersistentVolumeClaimBuilder requests(Resource... requests) {
    VolumeResourceRequirements r = resources();
    resources = new VolumeResourceRequirements(r.limits(), Resource.merge(r.requests(), requests));
    return this;
  }

  /** Merged into {@code spec.resources.limits}. */
  public PersistentVolumeClaimBuilder limits(Resource... limits) {
    VolumeResourceRequirements r = resources();
    resources = new VolumeResourceRequirements(Resource.merge(r.limits(), limits), r.requests());
    return this;
  }

  /** {@code spec.volumeName}: binds the claim to this volume. */
  public PersistentVolumeClaimBuilder volumeName(String volumeName) {
    this.volumeName = volumeName;
    return this;
  }

  /** {@code spec.storageClassName} (unset means the default class; "" means no class). */
  public PersistentVolumeClaimBuilder storageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
    return this;
  }

  /** {@code spec.volumeMode}: Filesystem (the default) or Block. */
  public PersistentVolumeClaimBuilder volumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
    return this;
  }

  /** {@code status}. */
  public PersistentVolumeClaimBuilder status(PersistentVolumeClaimStatus status) {
    this.status = status;
    return this;
  }

  /** Escape hatch: edits {@code spec} as a record (unset is passed with every field unset). */
  public PersistentVolumeClaimBuilder spec(UnaryOperator<PersistentVolumeClaimSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public PersistentVolumeClaim build() {
    return new PersistentVolumeClaim(
        meta(), present(spec(), PersistentVolumeClaimSpec.EMPTY), status);
  }

  private VolumeResourceRequirements resources() {
    return resources == null ? new VolumeResourceRequirements(Map.of(), Map.of()) : resources;
  }

  private PersistentVolumeClaimSpec spec() {
    return new PersistentVolumeClaimSpec(
        accessModes, selector, resources, volumeName, storageClassName, volumeMode);
  }

  private void load(PersistentVolumeClaimSpec s) {
    specGiven(s != null);
    if (s == null) s = PersistentVolumeClaimSpec.EMPTY;
    accessModes.clear();
    accessModes.addAll(s.accessModes());
    selector = s.selector();
    resources = s.resources();
    volumeName = s.volumeName();
    storageClassName = s.storageClassName();
    volumeMode = s.volumeMode();
  }
}
